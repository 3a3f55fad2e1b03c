import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { secureWebPreferences } from './security.js';

/**
 * Window options and the wall-display decision as plain data, so the rules (which
 * display, kiosk or not, when to open, move or close the wall) are tested without Electron.
 */

/** What we read from Electron's `Display`; tests build these by hand. */
export interface DisplayInfo {
  id: number;
  label: string;
  bounds: Rectangle;
  internal?: boolean;
}

/** Painted before the first frame, so a restart never flashes white in a dim lounge. */
export const windowBackground = '#F4F6F5';

export interface WindowInputs {
  display: DisplayInfo;
  preload: string;
  dev: boolean;
  icon?: string;
}

export function kioskWindowOptions({ display, preload, dev, icon }: WindowInputs): BrowserWindowConstructorOptions {
  const { x, y, width, height } = display.bounds;
  return {
    title: 'Anjungan',
    x,
    y,
    width: dev ? Math.min(width, 1280) : width,
    height: dev ? Math.min(height, 800) : height,
    // Kiosk and fullscreen together: kiosk alone is not fullscreen on every Linux WM.
    kiosk: !dev,
    fullscreen: !dev,
    frame: dev,
    autoHideMenuBar: true,
    show: false,
    backgroundColor: windowBackground,
    ...(icon ? { icon } : {}),
    webPreferences: secureWebPreferences(preload, dev),
  };
}

export function wallWindowOptions({ display, preload, dev, icon }: WindowInputs): BrowserWindowConstructorOptions {
  const { x, y, width, height } = display.bounds;
  return {
    title: 'Anjungan: layar dinding',
    x,
    y,
    width,
    height,
    fullscreen: true,
    frame: false,
    autoHideMenuBar: true,
    // The wall only shows; taps and keys belong to the kiosk on the touchscreen.
    focusable: dev,
    skipTaskbar: true,
    show: false,
    backgroundColor: windowBackground,
    ...(icon ? { icon } : {}),
    webPreferences: secureWebPreferences(preload, dev),
  };
}

/**
 * The display named by `config.wallDisplay`: a display id ("2779098405"), a label
 * (case-insensitive, e.g. "HDMI-1" or the monitor's name), or "secondary" for the first
 * display that is not the primary one (left to right). Never the primary display: the
 * kiosk lives there, and a wall window on top of it would hide the touchscreen UI.
 */
export function pickWallDisplay(displays: readonly DisplayInfo[], configured: string | null, primaryId: number): DisplayInfo | null {
  if (configured === null) return null;
  const wanted = configured.trim().toLowerCase();
  if (wanted === '') return null;
  const others = displays.filter((display) => display.id !== primaryId).sort((a, b) => a.bounds.x - b.bounds.x || a.bounds.y - b.bounds.y);
  if (wanted === 'secondary' || wanted === 'auto') return others[0] ?? null;
  return others.find((display) => String(display.id) === wanted || display.label.trim().toLowerCase() === wanted) ?? null;
}

export type WallPlan =
  | { action: 'none' }
  | { action: 'open'; display: DisplayInfo }
  | { action: 'move'; display: DisplayInfo }
  | { action: 'close' };

/**
 * What to do with the wall window when displays change (and at start): `current` is the
 * display the wall window is on now, or null when there is none.
 */
export function planWall(displays: readonly DisplayInfo[], configured: string | null, primaryId: number, current: DisplayInfo | null): WallPlan {
  const target = pickWallDisplay(displays, configured, primaryId);
  if (target === null) return current === null ? { action: 'none' } : { action: 'close' };
  if (current === null) return { action: 'open', display: target };
  const same = current.id === target.id && sameBounds(current.bounds, target.bounds);
  return same ? { action: 'none' } : { action: 'move', display: target };
}

function sameBounds(a: Rectangle, b: Rectangle): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}
