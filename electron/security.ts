import type { Input, Session, WebContents, WebPreferences } from 'electron';
import { isAppUrl } from './app-protocol.js';

/**
 * The window baseline. A kiosk stands in a public lounge for months: anything a visitor
 * can reach with a finger or a keyboard must keep them inside the app, and the page must
 * have no path to Node, other origins, devices or new windows.
 */
export interface SecurityOptions {
  /** `--dev` on an unpackaged build: devtools and reload allowed, no kiosk lock-down. */
  dev: boolean;
  /** The window is the locked-down kiosk (Alt+F4 and friends are blocked). */
  kiosk: boolean;
}

export function secureWebPreferences(preload: string, dev: boolean): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    devTools: dev,
  };
}

/** Navigations and redirects stay on our origin; everything else is refused. */
export function isNavigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

/**
 * Requests the session lets through at all: our origin, inline data and blobs the page
 * makes itself, and devtools' own pages in dev. The renderer talks to the app over IPC,
 * so it never needs the network; the refresh worker downloads from Node, not the page.
 */
export function isRequestAllowed(url: string, dev: boolean): boolean {
  if (isAppUrl(url) || url.startsWith('data:') || url.startsWith('blob:app://anjungan/')) return true;
  return dev && (url.startsWith('devtools:') || url.startsWith('chrome-extension:'));
}

/**
 * Chromium switches for a touch kiosk: no pinch zoom at the compositor, and no swipe
 * gesture that walks the history back past the page a visitor was reading.
 */
export const chromiumSwitches: ReadonlyArray<readonly [string, string?]> = [
  ['disable-pinch'],
  ['overscroll-history-navigation', '0'],
];

export type InputDecision = 'allow' | 'block';

type KeyInput = Pick<Input, 'type' | 'key' | 'code' | 'control' | 'meta' | 'alt' | 'shift'>;

/**
 * Keyboard guard for a kiosk that may have a keyboard plugged in (or a touch keyboard
 * that sends shortcuts): no reload, no devtools, no zoom, no closing the window.
 * Everything else (typing in search, arrows, Escape) passes through.
 */
export function inputDecision(input: KeyInput, options: SecurityOptions): InputDecision {
  if (options.dev || input.type !== 'keyDown') return 'allow';
  const key = input.key.toLowerCase();
  const mod = input.control || input.meta;
  if (key === 'f5' || (mod && key === 'r')) return 'block';
  if (key === 'f12' || (mod && input.shift && (key === 'i' || key === 'j' || key === 'c'))) return 'block';
  if (mod && ['=', '+', '-', '_', '0'].includes(key)) return 'block';
  if (mod && (input.code === 'NumpadAdd' || input.code === 'NumpadSubtract' || input.code === 'Numpad0')) return 'block';
  if (options.kiosk && input.alt && key === 'f4') return 'block';
  if (options.kiosk && mod && (key === 'w' || key === 'q' || key === 'p' || key === 's' || key === 'o')) return 'block';
  if (options.kiosk && key === 'f11') return 'block';
  return 'allow';
}

/** Session-wide: no permission is ever granted, and nothing outside the app is fetched. */
export function installSessionGuards(session: Session, dev: boolean, log: (message: string) => void): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`permission request denied: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isRequestAllowed(details.url, dev);
    if (!allowed) log(`request blocked: ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });
  session.on('will-download', (event) => event.preventDefault());
}

/** Per web contents: navigation, new windows, webviews, keys, zoom and the context menu. */
export function installContentsGuards(contents: WebContents, options: SecurityOptions, log: (message: string) => void): void {
  const refuseNavigation = (event: { preventDefault(): void }, url: string, kind: string) => {
    if (isNavigationAllowed(url)) return;
    event.preventDefault();
    log(`${kind} refused: ${url.slice(0, 200)}`);
  };
  contents.on('will-navigate', (event) => refuseNavigation(event, event.url, 'navigation'));
  contents.on('will-frame-navigate', (event) => refuseNavigation(event, event.url, 'frame navigation'));
  contents.on('will-redirect', (event) => refuseNavigation(event, event.url, 'redirect'));
  contents.setWindowOpenHandler(({ url }) => {
    log(`window.open refused: ${url.slice(0, 200)}`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('before-input-event', (event, input) => {
    if (inputDecision(input, options) === 'block') event.preventDefault();
  });
  // No menu is built for 'context-menu'; a long press on the touchscreen shows nothing.
  contents.on('context-menu', (event) => event.preventDefault());
  // Pinch and Ctrl+wheel zoom would leave the layout stranded for the next visitor.
  const lockZoom = () => {
    contents.setZoomLevel(0);
    void contents.setVisualZoomLevelLimits(1, 1).catch(() => {});
  };
  contents.on('did-finish-load', lockZoom);
  contents.on('zoom-changed', lockZoom);
}
