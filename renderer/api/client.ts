import type { EventName, EventPayloads, PushEvent, RequestArgs, RequestName, RequestResult } from '../../data/api/contract';
import type { ApiErrorCode } from '../../data/api/types';
import { ipcTransport, type AnjunganBridge, type Transport } from './bridge';
import { httpTransport, type ClientFailureCode, type HttpTransportOptions } from './http-transport';

/**
 * The renderer's one client of the contract. Screens never see a transport: they call
 * `client.request('overview.get')` and get the typed result or an ApiClientError.
 */

export type ApiClientErrorCode = ApiErrorCode | ClientFailureCode;

export class ApiClientError extends Error {
  override readonly name = 'ApiClientError';
  constructor(
    readonly code: ApiClientErrorCode,
    message: string,
    readonly request: RequestName,
  ) {
    super(message);
  }

  /** Whether trying again may help: the server or the link was down, not the question wrong. */
  get retryable(): boolean {
    return this.code === 'network' || this.code === 'timeout' || this.code === 'unavailable' || this.code === 'internal' || this.code === 'bad_response';
  }
}

/** Requests without arguments may leave them out: `request('overview.get')`. */
type ArgsParam<N extends RequestName> = Record<string, never> extends RequestArgs<N> ? [args?: RequestArgs<N>] : [args: RequestArgs<N>];

export interface ApiClient {
  readonly transport: Transport['kind'];
  request<N extends RequestName>(name: N, ...args: ArgsParam<N>): Promise<RequestResult<N>>;
  /** Listens to one push event; returns the unsubscribe function. */
  on<E extends EventName>(name: E, listener: (payload: EventPayloads[E]) => void): () => void;
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    transport: transport.kind,
    async request<N extends RequestName>(name: N, ...rest: ArgsParam<N>): Promise<RequestResult<N>> {
      const result = await transport.request(name, rest[0] ?? {}).catch((error: unknown) => ({
        ok: false as const,
        error: { code: 'network' as ApiClientErrorCode, message: error instanceof Error ? error.message : String(error) },
      }));
      if (!result.ok) throw new ApiClientError(result.error.code, result.error.message, name);
      return result.value as RequestResult<N>;
    },
    on<E extends EventName>(name: E, listener: (payload: EventPayloads[E]) => void): () => void {
      return transport.subscribe((event: PushEvent) => {
        if (event.name === name) listener(event.payload as EventPayloads[E]);
      });
    },
  };
}

export interface TransportChoice {
  bridge?: AnjunganBridge | undefined;
  http?: HttpTransportOptions;
}

/** IPC inside Electron (the preload defined `window.anjungan`), HTTP in a browser. */
export function pickTransport(choice: TransportChoice = { bridge: globalThis.window?.anjungan }): Transport {
  return choice.bridge ? ipcTransport(choice.bridge) : httpTransport(choice.http);
}

let shared: ApiClient | null = null;

/** The app's client, created on first use so tests can build their own instead. */
export function getApiClient(): ApiClient {
  shared ??= createApiClient(pickTransport());
  return shared;
}
