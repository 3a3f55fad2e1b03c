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

/** The answer to a request with these arguments, if the client has it. */
export type PeekFn = <N extends RequestName>(name: N, ...args: ArgsParam<N>) => RequestResult<N> | undefined;

export interface ApiClient {
  readonly transport: Transport['kind'];
  request<N extends RequestName>(name: N, ...args: ArgsParam<N>): Promise<RequestResult<N>>;
  /** Listens to one push event; returns the unsubscribe function. */
  on<E extends EventName>(name: E, listener: (payload: EventPayloads[E]) => void): () => void;
  /*
   * The answer cache. Optional, so a test may hand screens a bare { request, on } fake;
   * every caller copes with its absence.
   */
  /** A cached answer, synchronously: a screen the visitor returns to paints at once. */
  peek?: PeekFn;
  /** Asks the transport, neither reading nor storing the cache (adopting a new snapshot). */
  refetch?<N extends RequestName>(name: N, ...args: ArgsParam<N>): Promise<RequestResult<N>>;
  /**
   * A newer snapshot was announced but is not adopted yet: cached answers keep being
   * served (they match what is on screen) and no new answer is stored, since it may
   * already come from the new snapshot.
   */
  holdCache?(): void;
  /** The new snapshot is adopted: forget every answer, keep these (fetched with refetch) and cache again. */
  resetCache?(seeds?: readonly CacheSeed[]): void;
}

export interface CacheSeed {
  name: RequestName;
  args: unknown;
  value: unknown;
}

/**
 * The reads a screen makes. A snapshot never changes once written, so their answers
 * stay right until another snapshot is adopted. Anything else (refresh, admin, wall,
 * kiosk settings) goes to the transport every time.
 */
export const cachedRequests: ReadonlySet<RequestName> = new Set<RequestName>([
  'snapshot.info',
  'overview.get',
  'region.get',
  'region.profile',
  'region.points',
  'region.compare',
  'indicator.catalogue',
  'indicator.ranking',
  'indicator.series',
  'map.values',
  'map.geometry',
  'search',
]);

/** Enough for a long day of visitors going round every screen; the least recently used answer goes first. */
export const maxCachedAnswers = 300;

/** JSON with object keys sorted, so {a, b} and {b, a} are one cache entry. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

export function cacheKey(name: RequestName, args: unknown): string {
  return `${name} ${stableJson(args ?? {})}`;
}

/** A bounded map that forgets the least recently used entry first (a Map keeps insertion order). */
export class AnswerCache {
  private readonly entries = new Map<string, unknown>();
  constructor(private readonly limit = maxCachedAnswers) {}

  get size(): number {
    return this.entries.size;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  get(key: string): unknown {
    if (!this.entries.has(key)) return undefined;
    const value = this.entries.get(key);
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: unknown): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}

export function createApiClient(transport: Transport, { cacheSize = maxCachedAnswers }: { cacheSize?: number } = {}): ApiClient {
  const cache = new AnswerCache(cacheSize);
  /** Identical reads in flight share one transport call. */
  const inFlight = new Map<string, Promise<unknown>>();
  /** Bumped whenever answers on their way may no longer be stored (hold, reset). */
  let epoch = 0;
  let holding = false;

  async function ask<N extends RequestName>(name: N, args: unknown): Promise<RequestResult<N>> {
    const result = await transport.request(name, args).catch((error: unknown) => ({
      ok: false as const,
      error: { code: 'network' as ApiClientErrorCode, message: error instanceof Error ? error.message : String(error) },
    }));
    if (!result.ok) throw new ApiClientError(result.error.code, result.error.message, name);
    return result.value as RequestResult<N>;
  }

  return {
    transport: transport.kind,
    request<N extends RequestName>(name: N, ...rest: ArgsParam<N>): Promise<RequestResult<N>> {
      const args = rest[0] ?? {};
      if (!cachedRequests.has(name)) return ask(name, args);
      const key = cacheKey(name, args);
      if (cache.has(key)) return Promise.resolve(cache.get(key) as RequestResult<N>);
      const pending = inFlight.get(key);
      if (pending) return pending as Promise<RequestResult<N>>;
      const startedIn = epoch;
      const call = ask(name, args).then(
        (value) => {
          if (inFlight.get(key) === call) inFlight.delete(key);
          if (startedIn === epoch && !holding) cache.set(key, value);
          return value;
        },
        (error: unknown) => {
          // Failures are never cached: the next ask tries again.
          if (inFlight.get(key) === call) inFlight.delete(key);
          throw error;
        },
      );
      inFlight.set(key, call);
      return call;
    },
    peek<N extends RequestName>(name: N, ...rest: ArgsParam<N>): RequestResult<N> | undefined {
      if (!cachedRequests.has(name)) return undefined;
      return cache.get(cacheKey(name, rest[0] ?? {})) as RequestResult<N> | undefined;
    },
    refetch<N extends RequestName>(name: N, ...rest: ArgsParam<N>): Promise<RequestResult<N>> {
      return ask(name, rest[0] ?? {});
    },
    holdCache(): void {
      if (holding) return;
      holding = true;
      epoch += 1;
    },
    resetCache(seeds: readonly CacheSeed[] = []): void {
      epoch += 1;
      holding = false;
      cache.clear();
      inFlight.clear();
      for (const seed of seeds) if (cachedRequests.has(seed.name)) cache.set(cacheKey(seed.name, seed.args), seed.value);
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
