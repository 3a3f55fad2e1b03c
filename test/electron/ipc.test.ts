import { describe, expect, it, vi } from 'vitest';
import type { IpcMain } from 'electron';
import { ipcEventChannel, ipcRequestChannel, requestNames } from '../../data/api/names.js';
import { EventBus } from '../../data/app/events.js';
import { bindIpc, checkSender, isTrustedSender, refusedSender, type IpcWindow } from '../../electron/ipc.js';

describe('isTrustedSender', () => {
  it('trusts the main frame of our page', () => {
    expect(isTrustedSender('app://anjungan/index.html', true)).toBe(true);
    expect(isTrustedSender('app://anjungan/wall', true)).toBe(true);
  });

  it.each<[string | null | undefined, boolean]>([
    ['app://anjungan/index.html', false],
    ['https://evil.example/', true],
    ['http://127.0.0.1:5178/', true],
    ['file:///home/kiosk/dist/renderer/index.html', true],
    ['app://evil/index.html', true],
    ['app://anjungan.evil/index.html', true],
    ['app://user@anjungan/index.html', true],
    ['data:text/html,<script>1</script>', true],
    ['about:blank', true],
    ['devtools://devtools/bundled/inspector.html', true],
    ['', true],
    [null, true],
    [undefined, true],
  ])('refuses %j (main frame %s)', (url, isMainFrame) => {
    expect(isTrustedSender(url, isMainFrame)).toBe(false);
  });
});

describe('checkSender', () => {
  const ours = new Set([11, 12]);
  const frame = (url: string, parent: unknown = null) => ({ url, parent });
  it('needs a live frame, one of our windows and a trusted URL', () => {
    expect(checkSender({ sender: { id: 11 }, senderFrame: frame('app://anjungan/index.html') }, ours)).toBe(true);
    expect(checkSender({ sender: { id: 99 }, senderFrame: frame('app://anjungan/index.html') }, ours)).toBe(false);
    expect(checkSender({ sender: { id: 11 }, senderFrame: null }, ours)).toBe(false);
    expect(checkSender({ sender: { id: 11 }, senderFrame: frame('app://anjungan/index.html', {}) }, ours)).toBe(false);
    expect(checkSender({ sender: { id: 12 }, senderFrame: frame('https://evil.example/') }, ours)).toBe(false);
  });
});

type Listener = (event: unknown, args: unknown) => Promise<unknown>;

function setup() {
  const handlers = new Map<string, Listener>();
  const ipcMain = {
    handle: (channel: string, listener: Listener) => handlers.set(channel, listener),
    removeHandler: (channel: string) => handlers.delete(channel),
  };
  const events = new EventBus();
  const request = vi.fn(async (name: unknown, args: unknown) => ({ ok: true as const, value: { name, args } }));
  const sent: Array<{ id: number; channel: string; payload: unknown }> = [];
  const makeWindow = (id: number, destroyed = false): IpcWindow => ({
    isDestroyed: () => destroyed,
    webContents: { id, isDestroyed: () => destroyed, send: (channel: string, payload: unknown) => sent.push({ id, channel, payload }) },
  });
  const windows = [makeWindow(1), makeWindow(2), makeWindow(3, true)];
  const log = vi.fn();
  const binding = bindIpc(ipcMain as unknown as IpcMain, { request, events }, () => windows, log);
  const invoke = (name: string, event: object, args: unknown) => handlers.get(ipcRequestChannel(name as never))!(event, args);
  return { handlers, events, request, sent, windows, binding, invoke, log };
}

const trusted = { sender: { id: 1 }, senderFrame: { url: 'app://anjungan/index.html', parent: null } };

describe('bindIpc', () => {
  it('registers one handler per request name of the contract', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual(requestNames.map((name) => ipcRequestChannel(name)).sort());
  });

  it('passes trusted requests to app.request unchanged and returns its answer', async () => {
    const { invoke, request } = setup();
    await expect(invoke('overview.get', trusted, { x: 1 })).resolves.toEqual({ ok: true, value: { name: 'overview.get', args: { x: 1 } } });
    expect(request).toHaveBeenCalledWith('overview.get', { x: 1 });
  });

  it.each([
    ['an iframe', { sender: { id: 1 }, senderFrame: { url: 'app://anjungan/index.html', parent: {} } }],
    ['another origin', { sender: { id: 1 }, senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['the fallback data: page', { sender: { id: 2 }, senderFrame: { url: 'data:text/html,x', parent: null } }],
    ['a destroyed frame', { sender: { id: 1 }, senderFrame: null }],
    ['a window that is not ours', { sender: { id: 42 }, senderFrame: { url: 'app://anjungan/index.html', parent: null } }],
    ['our window after it was destroyed', { sender: { id: 3 }, senderFrame: { url: 'app://anjungan/index.html', parent: null } }],
  ])('refuses %s without calling the app', async (_label, event) => {
    const { invoke, request, log } = setup();
    await expect(invoke('snapshot.info', event, {})).resolves.toEqual(refusedSender);
    expect(request).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('refused'));
  });

  it('turns a throwing app.request into an internal error instead of a rejected invoke', async () => {
    const { invoke, request } = setup();
    request.mockRejectedValueOnce(new Error('boom'));
    await expect(invoke('snapshot.info', trusted, {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('pushes every event to each live window and replays the latest to a fresh page', () => {
    const { events, sent, windows, binding } = setup();
    events.emit('snapshot.changed', { datasetVersion: 2, dataAsOf: '2025-06-30' });
    expect(sent).toEqual([
      { id: 1, channel: ipcEventChannel, payload: { name: 'snapshot.changed', payload: { datasetVersion: 2, dataAsOf: '2025-06-30' } } },
      { id: 2, channel: ipcEventChannel, payload: { name: 'snapshot.changed', payload: { datasetVersion: 2, dataAsOf: '2025-06-30' } } },
    ]);
    sent.length = 0;
    events.emit('wall.view', null);
    binding.replayTo(windows[1]!);
    expect(sent.filter((entry) => entry.id === 2).map((entry) => (entry.payload as { name: string }).name)).toEqual(['wall.view', 'snapshot.changed', 'wall.view']);
  });

  it('removes its handlers and stops pushing on dispose', () => {
    const { handlers, events, sent, binding } = setup();
    binding.dispose();
    expect(handlers.size).toBe(0);
    events.emit('wall.view', null);
    expect(sent).toEqual([]);
  });
});
