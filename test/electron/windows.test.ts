import { describe, expect, it } from 'vitest';
import { kioskWindowOptions, pickWallDisplay, planWall, wallWindowOptions, type DisplayInfo } from '../../electron/windows.js';

const primary: DisplayInfo = { id: 1, label: 'Built-in', bounds: { x: 0, y: 0, width: 1920, height: 1080 }, internal: true };
const hdmi: DisplayInfo = { id: 2779098405, label: 'HDMI-1', bounds: { x: 1920, y: 0, width: 3840, height: 2160 } };
const left: DisplayInfo = { id: 7, label: 'DP-2', bounds: { x: -1280, y: 0, width: 1280, height: 1024 } };

describe('kioskWindowOptions', () => {
  it('fills the primary display in kiosk mode, hidden until ready, with the secure baseline', () => {
    const options = kioskWindowOptions({ display: primary, preload: '/app/preload.cjs', dev: false });
    expect(options).toMatchObject({ x: 0, y: 0, width: 1920, height: 1080, kiosk: true, fullscreen: true, frame: false, autoHideMenuBar: true, show: false });
    expect(options.backgroundColor).toMatch(/^#[0-9A-F]{6}$/i);
    expect(options.webPreferences).toMatchObject({ preload: '/app/preload.cjs', contextIsolation: true, sandbox: true, nodeIntegration: false, devTools: false });
  });

  it('is an ordinary framed window in dev', () => {
    const options = kioskWindowOptions({ display: hdmi, preload: '/p', dev: true });
    expect(options).toMatchObject({ kiosk: false, fullscreen: false, frame: true, width: 1280, height: 800 });
    expect(options.webPreferences?.devTools).toBe(true);
  });
});

describe('wallWindowOptions', () => {
  it('covers the wall display without taking focus from the kiosk', () => {
    const options = wallWindowOptions({ display: hdmi, preload: '/p', dev: false });
    expect(options).toMatchObject({ x: 1920, y: 0, width: 3840, height: 2160, fullscreen: true, frame: false, focusable: false, skipTaskbar: true, show: false });
    expect(options.kiosk).toBeUndefined();
    expect(options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true });
  });
});

describe('pickWallDisplay', () => {
  const displays = [primary, hdmi, left];
  it.each<[string | null, number | null]>([
    [null, null],
    ['', null],
    ['   ', null],
    ['secondary', 7],
    ['auto', 7],
    ['HDMI-1', 2779098405],
    ['hdmi-1', 2779098405],
    [' HDMI-1 ', 2779098405],
    ['2779098405', 2779098405],
    ['dp-2', 7],
    ['Built-in', null],
    ['1', null],
    ['VGA-9', null],
  ])('config %j → display %j', (configured, expected) => {
    expect(pickWallDisplay(displays, configured, primary.id)?.id ?? null).toBe(expected);
  });

  it('has no wall with a single display', () => {
    expect(pickWallDisplay([primary], 'secondary', primary.id)).toBeNull();
  });
});

describe('planWall', () => {
  it('opens when the configured display appears, and closes when it goes', () => {
    expect(planWall([primary], 'HDMI-1', 1, null)).toEqual({ action: 'none' });
    expect(planWall([primary, hdmi], 'HDMI-1', 1, null)).toEqual({ action: 'open', display: hdmi });
    expect(planWall([primary, hdmi], 'HDMI-1', 1, hdmi)).toEqual({ action: 'none' });
    expect(planWall([primary], 'HDMI-1', 1, hdmi)).toEqual({ action: 'close' });
  });

  it('moves when the display changes resolution or another one is picked', () => {
    const resized = { ...hdmi, bounds: { ...hdmi.bounds, width: 1920, height: 1080 } };
    expect(planWall([primary, resized], 'HDMI-1', 1, hdmi)).toEqual({ action: 'move', display: resized });
    expect(planWall([primary, left], 'secondary', 1, hdmi)).toEqual({ action: 'move', display: left });
  });

  it('closes the wall when the config no longer names one, or it became the primary display', () => {
    expect(planWall([primary, hdmi], null, 1, hdmi)).toEqual({ action: 'close' });
    expect(planWall([primary, hdmi], 'HDMI-1', hdmi.id, hdmi)).toEqual({ action: 'close' });
  });
});
