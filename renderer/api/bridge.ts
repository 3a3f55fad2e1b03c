import type { ApiResult } from '../../data/api/types';
import type { EventName, PushEvent, RequestName } from '../../data/api/contract';

/**
 * What Electron's preload puts on `window.anjungan`. A local, minimal copy until
 * electron/preload-api.ts exists; then this file becomes one `import type` re-export
 * and nothing else in the renderer changes.
 */
export interface AnjunganBridge {
  request(name: RequestName, args: unknown): Promise<ApiResult<unknown>>;
  onEvent(listener: (event: { name: EventName; payload: unknown }) => void): () => void;
}

declare global {
  interface Window {
    anjungan?: AnjunganBridge;
  }
}

/** Both transports deliver exactly this; the client adds the types per name. */
export interface Transport {
  readonly kind: 'ipc' | 'http';
  request(name: RequestName, args: unknown): Promise<ApiResult<unknown>>;
  subscribe(listener: (event: PushEvent) => void): () => void;
}

export function ipcTransport(bridge: AnjunganBridge): Transport {
  return {
    kind: 'ipc',
    request: (name, args) => bridge.request(name, args),
    subscribe: (listener) => bridge.onEvent((event) => listener(event as PushEvent)),
  };
}
