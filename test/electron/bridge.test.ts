import { describe, expect, it, vi } from 'vitest';
import { ipcEventChannel, ipcRequestChannel, requestNames } from '../../data/api/names.js';
import { createBridge, type RendererIpc } from '../../electron/bridge.js';

function fakeIpc() {
  const listeners = new Map<string, (event: unknown, payload: unknown) => void>();
  const invoke = vi.fn(async (channel: string, args: unknown) => ({ ok: true, value: { channel, args } }));
  const ipc: RendererIpc = { invoke, on: (channel, listener) => listeners.set(channel, listener) };
  const push = (payload: unknown) => listeners.get(ipcEventChannel)?.({ sender: 'ipcRenderer internals' }, payload);
  return { ipc, invoke, push };
}

describe('createBridge', () => {
  it('has exactly one request function per request name, on its own channel', async () => {
    const { ipc, invoke } = fakeIpc();
    const bridge = createBridge(ipc);
    expect(Object.keys(bridge.requests).sort()).toEqual([...requestNames].sort());
    await expect(bridge.requests['overview.get']({})).resolves.toEqual({ ok: true, value: { channel: ipcRequestChannel('overview.get'), args: {} } });
    await bridge.requests['snapshot.info']();
    expect(invoke).toHaveBeenLastCalledWith(ipcRequestChannel('snapshot.info'), {});
  });

  it('offers the same requests by name, and answers unknown names without IPC', async () => {
    const { ipc, invoke } = fakeIpc();
    const bridge = createBridge(ipc);
    await bridge.request('snapshot.info');
    expect(invoke).toHaveBeenLastCalledWith(ipcRequestChannel('snapshot.info'), {});
    invoke.mockClear();
    for (const name of ['admin.shell', '__proto__', 'constructor', 42, null]) {
      await expect(bridge.request(name as never, {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown_request' } });
    }
    expect(invoke).not.toHaveBeenCalled();
  });

  it('exposes nothing but the transport tag, the requests and onEvent, all frozen', () => {
    const bridge = createBridge(fakeIpc().ipc);
    expect(Object.keys(bridge).sort()).toEqual(['onEvent', 'request', 'requests', 'transport']);
    expect(bridge.transport).toBe('ipc');
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.isFrozen(bridge.requests)).toBe(true);
  });

  it('delivers events as plain data, replays the latest of each name, and unsubscribes', () => {
    const { ipc, push } = fakeIpc();
    const bridge = createBridge(ipc);
    push({ name: 'snapshot.changed', payload: { datasetVersion: 1, dataAsOf: '2025-01-01' } });
    push({ name: 'snapshot.changed', payload: { datasetVersion: 2, dataAsOf: '2025-06-30' } });
    const seen: unknown[] = [];
    const stop = bridge.onEvent((event) => seen.push(event));
    expect(seen).toEqual([{ name: 'snapshot.changed', payload: { datasetVersion: 2, dataAsOf: '2025-06-30' } }]);
    push({ name: 'wall.view', payload: null });
    expect(seen).toHaveLength(2);
    stop();
    push({ name: 'wall.view', payload: null });
    expect(seen).toHaveLength(2);
  });

  it('drops pushes that are not contract events and survives a throwing listener', () => {
    const { ipc, push } = fakeIpc();
    const bridge = createBridge(ipc);
    const good = vi.fn();
    bridge.onEvent(() => {
      throw new Error('page bug');
    });
    bridge.onEvent(good);
    push({ name: 'admin.secret', payload: 1 });
    push('snapshot.changed');
    push(null);
    push({ name: 'wall.view' });
    expect(good).not.toHaveBeenCalled();
    push({ name: 'wall.view', payload: null });
    expect(good).toHaveBeenCalledTimes(1);
    expect(() => bridge.onEvent('nope' as never)).toThrow(TypeError);
  });
});
