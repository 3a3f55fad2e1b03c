import { eventNames, ipcEventChannel, ipcRequestChannel, isRequestName, requestNames, type EventName } from '../data/api/names.js';
import type { PushEvent } from '../data/api/contract.js';
import type { ApiResult } from '../data/api/types.js';
import type { AnjunganBridge, PushEventListener, RequestFunctions } from './preload-api.js';

/**
 * The bridge the preload exposes, built from a minimal ipcRenderer surface so it can be
 * tested under plain Node. The page never sees ipcRenderer or an IpcRendererEvent: only
 * these functions, fixed channels and plain data.
 */
export interface RendererIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

function isPushEvent(value: unknown): value is PushEvent {
  if (typeof value !== 'object' || value === null) return false;
  const name = (value as { name?: unknown }).name;
  return typeof name === 'string' && (eventNames as readonly string[]).includes(name) && 'payload' in value;
}

export function createBridge(ipc: RendererIpc): AnjunganBridge {
  const requests = Object.fromEntries(
    requestNames.map((name) => [name, (args?: unknown) => ipc.invoke(ipcRequestChannel(name), args ?? {})]),
  ) as unknown as RequestFunctions;

  const listeners = new Set<PushEventListener>();
  // Events can arrive before the page subscribes (main replays them on dom-ready), so the
  // latest of each name is kept and handed to every new listener.
  const latest = new Map<EventName, PushEvent>();
  ipc.on(ipcEventChannel, (_event, payload) => {
    if (!isPushEvent(payload)) return;
    latest.set(payload.name, payload);
    for (const listener of listeners) {
      try {
        listener(payload);
      } catch {
        // A throwing listener in the page must not starve the others.
      }
    }
  });

  return Object.freeze({
    transport: 'ipc' as const,
    requests: Object.freeze(requests),
    request(name: unknown, args?: unknown) {
      // Only contract names become channels: the page cannot reach any other IPC handler.
      if (!isRequestName(name)) {
        const shown = typeof name === 'string' ? JSON.stringify(name.slice(0, 60)) : typeof name;
        return Promise.resolve({ ok: false as const, error: { code: 'unknown_request' as const, message: `Unknown request ${shown}.` } });
      }
      return ipc.invoke(ipcRequestChannel(name), args ?? {}) as Promise<ApiResult<unknown>>;
    },
    onEvent(listener: PushEventListener): () => void {
      if (typeof listener !== 'function') throw new TypeError('onEvent expects a function');
      listeners.add(listener);
      for (const event of latest.values()) listener(event);
      return () => {
        listeners.delete(listener);
      };
    },
  });
}
