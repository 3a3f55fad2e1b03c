import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IpcMain } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ipcRequestChannel, isRequestName } from '../../data/api/names.js';
import { createAppContext, type AppContext } from '../../data/app/context.js';
import { parseConfig } from '../../data/config/config.js';
import { bindIpc } from '../../electron/ipc.js';
import { badRequestCases } from '../data/api/bad-arguments.js';
import { createFixtureSnapshot } from '../fixtures/snapshot-fixture.js';

/**
 * The IPC transport with the real app behind it: the same table of bad arguments the
 * HTTP transport is tested with gets the same clear errors, and the app keeps answering.
 */
type Listener = (event: unknown, args: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;

let dir: string;
let app: AppContext;
const handlers = new Map<string, Listener>();
const trusted = { sender: { id: 1 }, senderFrame: { url: 'app://anjungan/index.html', parent: null } };

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'anjungan-ipc-'));
  app = createAppContext({
    dataDir: path.join(dir, 'data'),
    bundledSnapshot: createFixtureSnapshot(path.join(dir, 'fixture')),
    config: parseConfig({}, 'test'),
    log: () => {},
    refresh: { autoStart: false },
  });
  const ipcMain = { handle: (channel: string, listener: Listener) => handlers.set(channel, listener), removeHandler: () => {} };
  const window = { isDestroyed: () => false, webContents: { id: 1, isDestroyed: () => false, send: () => {} } };
  bindIpc(ipcMain as unknown as IpcMain, app, () => [window], () => {});
});

afterAll(() => {
  app.close();
  rmSync(dir, { recursive: true, force: true });
});

const invoke = (name: string, args: unknown) => handlers.get(ipcRequestChannel(name as never))!(trusted, args);

describe('IPC transport with bad arguments', () => {
  // Unknown names never reach main over IPC: there is no channel for them (the preload refuses them itself).
  it.each(badRequestCases.filter((c) => isRequestName(c.name)))('refuses $label with a clear error', async ({ name, args, code, says }) => {
    const result = await invoke(name as string, args);
    expect(result.ok).toBe(false);
    expect(result.error?.code).toBe(code);
    expect(result.error?.message).toContain(says);
  });

  it('still answers a good request after all of them', async () => {
    const result = await invoke('region.get', { code: '35.10' });
    expect(result).toMatchObject({ ok: true, value: { code: '35.10' } });
  });
});
