import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { chromiumSwitches, inputDecision, installContentsGuards, installSessionGuards, isNavigationAllowed, isRequestAllowed, secureWebPreferences } from '../../electron/security.js';

const key = (keyName: string, mods: Partial<{ control: boolean; meta: boolean; alt: boolean; shift: boolean }> = {}, code = '') => ({
  type: 'keyDown',
  key: keyName,
  code,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...mods,
});

describe('secureWebPreferences', () => {
  it('isolates the page from Node and the preload', () => {
    expect(secureWebPreferences('/app/preload.cjs', false)).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    });
  });

  it('allows devtools only in dev', () => {
    expect(secureWebPreferences('/p', true).devTools).toBe(true);
    expect(secureWebPreferences('/p', true).sandbox).toBe(true);
  });
});

describe('navigation and requests', () => {
  it.each([
    ['app://anjungan/index.html', true],
    ['app://anjungan/wall', true],
    ['https://example.com/', false],
    ['http://127.0.0.1:5178/', false],
    ['file:///etc/passwd', false],
    ['app://evil/index.html', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<h1>x</h1>', false],
    ['about:blank', false],
  ])('navigation to %s allowed: %s', (url, allowed) => {
    expect(isNavigationAllowed(url)).toBe(allowed);
  });

  it.each([
    ['app://anjungan/assets/app.js', false, true],
    ['data:image/png;base64,AAAA', false, true],
    ['blob:app://anjungan/1234', false, true],
    ['blob:https://evil/1234', false, false],
    ['https://tiles.example.com/1/2/3.png', false, false],
    ['ws://127.0.0.1:9222/', false, false],
    ['file:///etc/passwd', false, false],
    ['devtools://devtools/bundled/inspector.html', false, false],
    ['devtools://devtools/bundled/inspector.html', true, true],
  ])('request %s (dev %s) allowed: %s', (url, dev, allowed) => {
    expect(isRequestAllowed(url, dev)).toBe(allowed);
  });

  it('asks Chromium for no pinch and no history swipe', () => {
    expect(chromiumSwitches.map(([name]) => name)).toEqual(['disable-pinch', 'overscroll-history-navigation']);
  });
});

describe('inputDecision', () => {
  const kiosk = { dev: false, kiosk: true };
  it.each([
    ['F5', key('F5')],
    ['Ctrl+R', key('r', { control: true })],
    ['Ctrl+Shift+R', key('R', { control: true, shift: true })],
    ['Cmd+R', key('r', { meta: true })],
    ['F12', key('F12')],
    ['Ctrl+Shift+I', key('I', { control: true, shift: true })],
    ['Ctrl+Shift+J', key('J', { control: true, shift: true })],
    ['Ctrl+=', key('=', { control: true })],
    ['Ctrl++', key('+', { control: true, shift: true })],
    ['Ctrl+-', key('-', { control: true })],
    ['Ctrl+0', key('0', { control: true })],
    ['Ctrl+Numpad+', key('+', { control: true }, 'NumpadAdd')],
    ['Alt+F4', key('F4', { alt: true })],
    ['Ctrl+W', key('w', { control: true })],
    ['Ctrl+Q', key('q', { control: true })],
    ['Ctrl+P', key('p', { control: true })],
    ['F11', key('F11')],
  ])('blocks %s in the kiosk', (_label, input) => {
    expect(inputDecision(input, kiosk)).toBe('block');
  });

  it.each([
    ['a', key('a')],
    ['Shift+A', key('A', { shift: true })],
    ['Backspace', key('Backspace')],
    ['Enter', key('Enter')],
    ['Escape', key('Escape')],
    ['ArrowLeft', key('ArrowLeft')],
    ['digit 0', key('0')],
    ['Ctrl+A', key('a', { control: true })],
    ['Ctrl+C', key('c', { control: true })],
    ['Ctrl+V', key('v', { control: true })],
  ])('lets %s through', (_label, input) => {
    expect(inputDecision(input, kiosk)).toBe('allow');
  });

  it('allows everything in dev, and ignores key-up events', () => {
    expect(inputDecision(key('F5'), { dev: true, kiosk: false })).toBe('allow');
    expect(inputDecision(key('F12'), { dev: true, kiosk: false })).toBe('allow');
    expect(inputDecision({ ...key('F5'), type: 'keyUp' }, kiosk)).toBe('allow');
  });

  it('keeps Alt+F4 on a non-kiosk window outside dev (the wall has no keyboard focus anyway)', () => {
    expect(inputDecision(key('F4', { alt: true }), { dev: false, kiosk: false })).toBe('allow');
    expect(inputDecision(key('F5'), { dev: false, kiosk: false })).toBe('block');
  });
});

/** Just enough of WebContents for the guards: events, the open handler and zoom. */
class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  zoomLevel = 3;
  visualLimits: [number, number] | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
  setZoomLevel(level: number) {
    this.zoomLevel = level;
  }
  setVisualZoomLevelLimits(min: number, max: number) {
    this.visualLimits = [min, max];
    return Promise.resolve();
  }
}

function preventable(extra: object = {}) {
  return { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; }, ...extra };
}

describe('installContentsGuards', () => {
  const setup = () => {
    const contents = new FakeContents();
    const log = vi.fn();
    installContentsGuards(contents as unknown as WebContents, { dev: false, kiosk: true }, log);
    return { contents, log };
  };

  it('refuses navigations and redirects off our origin, and allows ours', () => {
    const { contents, log } = setup();
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const away = preventable({ url: 'https://example.com/' });
      contents.emit(event, away);
      expect(away.defaultPrevented, event).toBe(true);
      const home = preventable({ url: 'app://anjungan/index.html' });
      contents.emit(event, home);
      expect(home.defaultPrevented, event).toBe(false);
    }
    expect(log).toHaveBeenCalledWith(expect.stringContaining('refused: https://example.com/'));
  });

  it('denies every new window, even on our origin', () => {
    const { contents } = setup();
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'app://anjungan/index.html' })).toEqual({ action: 'deny' });
  });

  it('prevents webviews, blocked keys and the context menu', () => {
    const { contents } = setup();
    const webview = preventable();
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.defaultPrevented).toBe(true);
    const reload = preventable();
    contents.emit('before-input-event', reload, key('F5'));
    expect(reload.defaultPrevented).toBe(true);
    const typing = preventable();
    contents.emit('before-input-event', typing, key('a'));
    expect(typing.defaultPrevented).toBe(false);
    const menu = preventable();
    contents.emit('context-menu', menu, {});
    expect(menu.defaultPrevented).toBe(true);
  });

  it('locks zoom after each load and whenever it changes', () => {
    const { contents } = setup();
    contents.emit('did-finish-load');
    expect(contents.visualLimits).toEqual([1, 1]);
    expect(contents.zoomLevel).toBe(0);
    contents.zoomLevel = 2;
    contents.emit('zoom-changed', {}, 'in');
    expect(contents.zoomLevel).toBe(0);
  });
});

describe('installSessionGuards', () => {
  it('denies permission requests and checks and blocks foreign requests', () => {
    let requestHandler: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | null = null;
    let checkHandler: (() => boolean) | null = null;
    let deviceHandler: (() => boolean) | null = null;
    let beforeRequest: ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null = null;
    const events = new EventEmitter();
    const session = {
      setPermissionRequestHandler: (h: typeof requestHandler) => (requestHandler = h),
      setPermissionCheckHandler: (h: typeof checkHandler) => (checkHandler = h),
      setDevicePermissionHandler: (h: typeof deviceHandler) => (deviceHandler = h),
      webRequest: { onBeforeRequest: (h: typeof beforeRequest) => (beforeRequest = h) },
      on: events.on.bind(events),
    };
    installSessionGuards(session as unknown as Session, false, () => {});

    for (const permission of ['media', 'geolocation', 'notifications', 'fullscreen', 'clipboard-read']) {
      const callback = vi.fn();
      requestHandler!(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(checkHandler!()).toBe(false);
    expect(deviceHandler!()).toBe(false);

    const decide = (url: string) => {
      let cancel: boolean | undefined;
      beforeRequest!({ url }, (result) => (cancel = result.cancel));
      return cancel;
    };
    expect(decide('app://anjungan/assets/app.js')).toBe(false);
    expect(decide('https://example.com/track.gif')).toBe(true);

    const download = preventable();
    events.emit('will-download', download);
    expect(download.defaultPrevented).toBe(true);
  });
});
