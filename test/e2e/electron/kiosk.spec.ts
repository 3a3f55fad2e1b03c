import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onlyVisible } from '../helpers/test.js';

/**
 * The real kiosk: dist/electron/main.mjs in Electron, real SQLite, the built renderer.
 * Needs `npm run build` first (test:e2e does it) and an Electron binary.
 */

/** Same lookup as build/start.mjs, without requiring 'electron' (which would try to download it). */
function electronBinary(): string | null {
  const electronDir = path.resolve('node_modules/electron');
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const file = override ? path.join(override, relative || 'electron') : relative && path.join(electronDir, 'dist', relative);
  return file && existsSync(file) ? file : null;
}

const binary = electronBinary();
test.skip(binary === null, 'Electron binary not installed on this machine: the Electron end-to-end test runs where one exists');

/** The node project has no DOM typings; these are the page globals the checks touch. */
type PageGlobals = {
  anjungan?: { transport: string; requests: Record<string, unknown>; onEvent: unknown };
  require?: unknown;
  process?: unknown;
  location: { href: string };
  open(url: string): unknown;
};

let app: ElectronApplication;
let page: Page;
let dataDir: string;

test.beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'anjungan-electron-e2e-'));
  const env = Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined));
  app = await electron.launch({
    executablePath: binary!,
    args: [path.resolve('dist/electron/main.mjs')],
    env: { ...env, ANJUNGAN_DATA_DIR: dataDir },
  });
  // Only what is shown, as in the web tests: the screens Back can return to stay in the document.
  page = onlyVisible(await app.firstWindow());
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('the kiosk window is kiosk and fullscreen on our origin, in a sandboxed renderer', async () => {
  const state = await app.evaluate(({ app: electronApp, BrowserWindow }) => {
    const window = BrowserWindow.getAllWindows()[0]!;
    const pid = window.webContents.getOSProcessId();
    const metric = electronApp.getAppMetrics().find((entry) => entry.pid === pid);
    return { kiosk: window.isKiosk(), fullScreen: window.isFullScreen(), url: window.webContents.getURL(), sandboxed: metric?.sandboxed };
  });
  expect(state).toMatchObject({ kiosk: true, fullScreen: true });
  expect(state.url.startsWith('app://anjungan/')).toBe(true);
  // Electron reports `sandboxed` on macOS and Windows only; on Linux the unit test of
  // kioskWindowOptions is what pins `sandbox: true`.
  if (state.sandboxed !== undefined) expect(state.sandboxed).toBe(true);
});

test('the page sees window.anjungan and nothing of Node', async () => {
  // contextBridge refuses to expose anything without contextIsolation, so a present
  // window.anjungan is itself the proof that the page runs isolated from the preload.
  const globals = await page.evaluate(() => {
    const g = globalThis as unknown as PageGlobals;
    return {
      bridge: g.anjungan ? Object.keys(g.anjungan).sort() : null,
      transport: g.anjungan?.transport,
      requests: g.anjungan ? Object.keys(g.anjungan.requests).length : 0,
      require: typeof g.require,
      process: typeof g.process,
    };
  });
  expect(globals.bridge).toEqual(['onEvent', 'request', 'requests', 'transport']);
  expect(globals.transport).toBe('ipc');
  expect(globals.requests).toBeGreaterThan(0);
  expect(globals.require).toBe('undefined');
  expect(globals.process).toBe('undefined');
});

test('the home screen shows the regency', async () => {
  await expect(page.getByTestId('region-title')).toHaveText('Kabupaten Banyuwangi', { timeout: 15_000 });
});

test('navigation to another origin and window.open are refused', async () => {
  const before = page.url();
  const opened = await page.evaluate(() => (globalThis as unknown as PageGlobals).open('https://example.com/') ?? null);
  expect(opened).toBeNull();
  await page.evaluate(() => {
    (globalThis as unknown as PageGlobals).location.href = 'https://example.com/';
  });
  await page.waitForTimeout(1000);
  expect(page.url()).toBe(before);
  expect(app.windows()).toHaveLength(1);
  const url = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.getURL());
  expect(url.startsWith('app://anjungan/')).toBe(true);
});
