import type { PushEvent, RequestArgs, RequestName, RequestResult } from '../data/api/contract.js';
import type { ApiResult } from '../data/api/types.js';

/**
 * What the preload puts on `window.anjungan` inside Electron. Types only: the renderer's
 * client imports this to call the app over IPC exactly as it calls `/api/<name>` in web
 * mode, with the same `{ok, value} | {ok, error}` answers.
 *
 *   const result = await window.anjungan.requests['overview.get']();   // typed per name
 *   const same = await window.anjungan.request('overview.get', {});     // generic, for a transport
 *   const stop = window.anjungan.onEvent((event) => { ... });
 *
 * The renderer declares `window.anjungan?: AnjunganBridge` itself (one global augmentation).
 */

/** Requests without required arguments may be called with none. */
type ArgsOf<N extends RequestName> = Record<never, never> extends RequestArgs<N> ? [args?: RequestArgs<N>] : [args: RequestArgs<N>];

export type RequestFunctions = {
  readonly [N in RequestName]: (...args: ArgsOf<N>) => Promise<ApiResult<RequestResult<N>>>;
};

export type PushEventListener = (event: PushEvent) => void;

export interface AnjunganBridge {
  /** Which transport this is, for diagnostics; web mode has no `window.anjungan`. */
  readonly transport: 'ipc';
  /** One typed function per request of the contract (data/api/names.ts). */
  readonly requests: RequestFunctions;
  /**
   * The same requests by name, for a generic transport. An unknown name answers
   * `unknown_request` without reaching the main process; arguments are validated there.
   */
  request(name: RequestName, args?: unknown): Promise<ApiResult<unknown>>;
  /**
   * Push events (`snapshot.changed`, `refresh.status`, `wall.view`). A new listener first
   * receives the latest event of each name, like a fresh server-sent-events stream.
   * Returns the function that unsubscribes.
   */
  onEvent(listener: PushEventListener): () => void;
}

