import { build } from 'esbuild';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../data/api/content-security-policy.js';
import { ipcEventChannel, ipcRequestChannel, requestNames } from '../../data/api/names.js';
import { ensureSetupCode } from '../../data/admin/setup-code.js';
import { freePort } from '../fixtures/free-port.js';
import { createFixtureSnapshot } from '../fixtures/snapshot-fixture.js';
import { createFakeElectron, type FakeElectron } from './fake-electron.js';

/**
 * electron/main.ts, bundled as build/bundle.mjs bundles it, run under plain Node against
 * a recording fake of Electron's API: the real data layer (SQLite fixture), the real
 * protocol handler over a small renderer folder, the real IPC binding and guards. It
 * checks the wiring and order of the lifecycle; only a real binary can check Chromium.
 */

const hdmi = { id: 2, label: 'HDMI-1', bounds: { x: 1920, y: 0, width: 1920, height: 1080 } };
const primary = { id: 1, label: 'eDP-1', bounds: { x: 0, y: 0, width: 1920, height: 1080 }, internal: true };

let root: string;
let fake: FakeElectron;
let lanPort: number;
const lanToken = 'lounge-wall-token-0123456789';

const previousDataDir = process.env.ANJUNGAN_DATA_DIR;

beforeAll(async () => {
  // Inside the repository, so the bundle's external imports (zod, better-sqlite3) resolve.
  mkdirSync(path.resolve('.cache'), { recursive: true });
  root = mkdtempSync(path.resolve('.cache', 'electron-sim-'));
  const dist = path.join(root, 'dist');
  mkdirSync(path.join(dist, 'renderer', 'assets'), { recursive: true });
  writeFileSync(path.join(dist, 'renderer', 'index.html'), '<!doctype html><title>Anjungan</title><script type="module" src="./assets/app.js"></script>');
  writeFileSync(path.join(dist, 'renderer', 'assets', 'app.js'), 'export {};');
  mkdirSync(path.join(dist, 'snapshot'), { recursive: true });
  copyFileSync(createFixtureSnapshot(path.join(root, 'fixture')), path.join(dist, 'snapshot', 'default.sqlite'));
  const dataDir = path.join(root, 'data');
  mkdirSync(dataDir, { recursive: true });
  lanPort = await freePort();
  // LAN mode on the loopback address only: the test proves the token, not the network.
  writeFileSync(path.join(dataDir, 'config.json'), JSON.stringify({ wallDisplay: 'HDMI-1', web: { lan: true, token: lanToken, port: lanPort, lanAddress: '127.0.0.1' } }));
  process.env.ANJUNGAN_DATA_DIR = dataDir;

  await build({
    entryPoints: ['electron/main.ts'],
    outfile: path.join(dist, 'electron', 'main.mjs'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
    plugins: [
      {
        name: 'fake-electron',
        setup(builder) {
          builder.onResolve({ filter: /^electron$/ }, () => ({ path: 'electron', namespace: 'fake-electron' }));
          builder.onLoad({ filter: /.*/, namespace: 'fake-electron' }, () => ({ contents: 'module.exports = globalThis.__anjunganFakeElectron;', loader: 'js' }));
        },
      },
    ],
  });

  fake = createFakeElectron({ appData: path.join(root, 'appData'), displays: [primary, hdmi] });
  (globalThis as Record<string, unknown>).__anjunganFakeElectron = fake.electron;
  await import(pathToFileURL(path.join(dist, 'electron', 'main.mjs')).href);
});

afterAll(() => {
  fake?.app.emit('will-quit');
  if (previousDataDir === undefined) delete process.env.ANJUNGAN_DATA_DIR;
  else process.env.ANJUNGAN_DATA_DIR = previousDataDir;
  delete (globalThis as Record<string, unknown>).__anjunganFakeElectron;
  rmSync(root, { recursive: true, force: true });
});

const readyAndSettled = async () => {
  fake.app.readyResolve();
  await fake.app.whenReady();
  await new Promise((resolve) => setTimeout(resolve, 0));
};

describe('electron/main.ts lifecycle (simulated)', () => {
  it('does the before-ready work in order: data folder, privileged scheme, then the instance lock', () => {
    expect(fake.calls.slice(0, 4)).toEqual(['app.setPath(userData)', 'protocol.registerSchemesAsPrivileged', 'app.requestSingleInstanceLock', 'app.whenReady']);
    expect(fake.app.getPath('userData')).toBe(process.env.ANJUNGAN_DATA_DIR);
    expect(fake.electron.protocol.schemes).toEqual([expect.objectContaining({ scheme: 'app' })]);
    expect(fake.windows).toHaveLength(0);
  });

  it('opens the kiosk on the primary display, locked down, on the app origin', async () => {
    await readyAndSettled();
    const kiosk = fake.windows[0]!;
    expect(kiosk.options).toMatchObject({ kiosk: true, fullscreen: true, show: false, x: 0, y: 0, width: 1920, height: 1080 });
    expect(kiosk.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      devTools: false,
      preload: path.join(root, 'dist', 'electron', 'preload.cjs'),
    });
    expect(kiosk.webContents.loads).toEqual(['app://anjungan/']);
    expect(fake.calls).toContain('Menu.setApplicationMenu');
    kiosk.emit('ready-to-show');
    expect(kiosk.visible && kiosk.focused).toBe(true);
  });

  it('serves the renderer over app:// with the shared CSP and refuses traversal', async () => {
    const handler = fake.protocolHandlers.get('app')!;
    const index = await handler({ url: 'app://anjungan/' });
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await index.text()).toContain('<title>Anjungan</title>');
    expect((await handler({ url: 'app://anjungan/assets/app.js' })).headers.get('content-type')).toMatch(/javascript/);
    expect((await handler({ url: 'app://anjungan/%2e%2e/data/config.json' })).status).toBe(400);
  });

  it('answers IPC from the kiosk page with real data, and refuses other senders', async () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(requestNames.map((name) => ipcRequestChannel(name)).sort());
    const kiosk = fake.windows[0]!;
    const handler = fake.ipcHandlers.get(ipcRequestChannel('snapshot.info'))!;
    const trusted = { sender: { id: kiosk.webContents.id }, senderFrame: { url: 'app://anjungan/', parent: null } };
    const answer = (await handler(trusted, {})) as { ok: boolean; value: { datasetVersion: number } };
    expect(answer.ok).toBe(true);
    expect(answer.value.datasetVersion).toBeGreaterThan(0);
    await expect(handler(trusted, { extra: 1 })).resolves.toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    const stranger = { sender: { id: 9999 }, senderFrame: { url: 'app://anjungan/', parent: null } };
    await expect(handler(stranger, {})).resolves.toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('replays the current events to a page that finished loading', () => {
    const kiosk = fake.windows[0]!;
    kiosk.webContents.sent.length = 0;
    kiosk.webContents.emit('dom-ready');
    expect(kiosk.webContents.sent).toContainEqual({ channel: ipcEventChannel, payload: expect.objectContaining({ name: 'snapshot.changed' }) });
  });

  it('guards every web contents: no new windows, no foreign navigation, no foreign requests', () => {
    const contents = fake.windows[0]!.webContents;
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    let prevented = false;
    contents.emit('will-navigate', { url: 'https://example.com/', preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    let cancel: boolean | undefined;
    fake.session.beforeRequest!({ url: 'https://example.com/x.js' }, (result) => (cancel = result.cancel));
    expect(cancel).toBe(true);
  });

  it('opens the wall window on the configured display and follows it being unplugged and replugged', () => {
    const wall = fake.windows[1]!;
    expect(wall.options).toMatchObject({ x: 1920, fullscreen: true, focusable: false });
    expect(wall.webContents.loads).toEqual(['app://anjungan/wall']);
    fake.screen.displays = [primary];
    fake.screen.emit('display-removed');
    expect(wall.destroyed).toBe(true);
    fake.screen.displays = [primary, hdmi];
    fake.screen.emit('display-added');
    expect(fake.windows).toHaveLength(3);
    expect(fake.windows[2]!.webContents.loads).toEqual(['app://anjungan/wall']);
  });

  it('applies a wall display choice saved in the admin panel at once', async () => {
    const kiosk = fake.windows[0]!;
    const trusted = { sender: { id: kiosk.webContents.id }, senderFrame: { url: 'app://anjungan/', parent: null } };
    const call = async <T,>(name: (typeof requestNames)[number], args: object): Promise<T> => {
      const answer = (await fake.ipcHandlers.get(ipcRequestChannel(name))!(trusted, args)) as { ok: boolean; value?: T; error?: unknown };
      expect(answer.ok, JSON.stringify(answer.error)).toBe(true);
      return answer.value as T;
    };
    const session = await call<{ token: string }>('admin.setup', { setupCode: ensureSetupCode(process.env.ANJUNGAN_DATA_DIR!), pin: '482915' });
    const wall = fake.windows.at(-1)!;
    expect(wall.destroyed).toBe(false);
    await call('admin.config.save', { token: session.token, config: { wallDisplay: null } });
    expect(wall.destroyed).toBe(true);
    await call('admin.config.save', { token: session.token, config: { wallDisplay: 'HDMI-1' } });
    expect(fake.windows.at(-1)!.webContents.loads).toEqual(['app://anjungan/wall']);
    expect(fake.windows.at(-1)!.destroyed).toBe(false);
  });

  it('with web.lan on, serves the wall to other screens over HTTP, only with the token', async () => {
    const base = `http://127.0.0.1:${lanPort}`;
    await expect.poll(async () => (await fetch(`${base}/api/snapshot.info`, { method: 'POST', body: '{}' }).catch(() => null))?.status).toBe(401);
    // The first load trades the token in the address for a cookie, as a wall browser does.
    const first = await fetch(`${base}/wall?token=${lanToken}`, { redirect: 'manual' });
    expect(first.headers.get('location')).toBe('/wall');
    const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect((await fetch(`${base}/wall`)).status).toBe(401);
    const page = await fetch(`${base}/wall`, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Anjungan</title>');
    const info = await fetch(`${base}/api/snapshot.info`, { method: 'POST', body: '{}', headers: { authorization: `Bearer ${lanToken}`, 'content-type': 'application/json' } });
    expect(info.status).toBe(200);
    expect(await info.json()).toMatchObject({ ok: true, value: { datasetVersion: expect.any(Number) } });
  });

  it('reloads a crashed kiosk page', () => {
    const kiosk = fake.windows[0]!;
    kiosk.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(kiosk.webContents.loads.at(-1)).toBe('app://anjungan/');
  });

  it('focuses the kiosk when a second instance starts, and unbinds IPC on quit', () => {
    const kiosk = fake.windows[0]!;
    kiosk.focused = false;
    fake.app.emit('second-instance');
    expect(kiosk.focused).toBe(true);
    fake.app.emit('will-quit');
    expect(fake.ipcHandlers.size).toBe(0);
  });
});
