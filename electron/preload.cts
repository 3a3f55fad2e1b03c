/* eslint-disable @typescript-eslint/no-require-imports -- a .cts file under verbatimModuleSyntax must import this way */
import electron = require('electron');
import bridge = require('./bridge.js');
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * Sandboxed preload, bundled to one CommonJS file (dist/electron/preload.cjs). It exposes
 * `window.anjungan` (see preload-api.ts) and nothing else: never ipcRenderer itself.
 */
electron.contextBridge.exposeInMainWorld('anjungan', bridge.createBridge(electron.ipcRenderer));

// The node project has no DOM typings; this is the one DOM call the preload makes.
interface EventTargetLike {
  addEventListener(type: string, listener: (event: { preventDefault(): void }) => void, options: { capture: boolean }): void;
}

// Long-press on a touchscreen opens the context menu; a kiosk has none to offer.
(globalThis as unknown as EventTargetLike).addEventListener('contextmenu', (event) => event.preventDefault(), { capture: true });
