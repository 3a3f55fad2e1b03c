import type { ApiResult } from '../../data/api/types';
import type { EventName, PushEvent } from '../../data/api/contract';
import type { Transport } from './bridge';

/**
 * The web transport's client side: POST /api/<name> with a JSON body, and one shared
 * EventSource on /api/events. The server answers every request with an ApiResult, also
 * with non-2xx statuses, so the body is read whatever the status. Failures that never
 * reached the server come back as ApiResults with client-side codes, so callers handle
 * one shape.
 */

/** Every push event of the contract. A value list the renderer may hold itself: it imports only types from data/. */
const eventNameList = ['snapshot.changed', 'refresh.status', 'wall.view', 'kiosk.settings'] as const satisfies readonly EventName[];
// Compile-time guard: a new event in the contract without an entry here is an error.
const allEventsListed: Exclude<EventName, (typeof eventNameList)[number]> extends never ? true : never = true;
void allEventsListed;

export type ClientFailureCode = 'network' | 'timeout' | 'bad_response';

export interface EventSourceLike {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  close(): void;
  onopen: ((event: Event) => void) | null;
  onerror: ((event: Event) => void) | null;
}

export interface HttpTransportOptions {
  /** Origin-relative prefix of the API; '/api' in web mode. */
  baseUrl?: string;
  fetch?: typeof fetch;
  createEventSource?: (url: string) => EventSourceLike;
  /** A request slower than this fails as 'timeout' rather than leaving a spinner forever. */
  timeoutMs?: number;
  /** Reconnection delays after the browser gave up on the stream; the last one repeats. */
  reconnectDelaysMs?: readonly number[];
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

const CLOSED = 2;

function failure(code: ClientFailureCode, message: string): ApiResult<unknown> {
  // The codes outside ApiErrorCode are the client's own; the client widens the type.
  return { ok: false, error: { code: code as never, message } };
}

function isApiResult(value: unknown): value is ApiResult<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const record = value as Record<string, unknown>;
  if (record.ok === true) return 'value' in record;
  const error = record.error as Record<string, unknown> | undefined;
  return record.ok === false && typeof error?.code === 'string' && typeof error.message === 'string';
}

export function httpTransport(options: HttpTransportOptions = {}): Transport {
  const baseUrl = options.baseUrl ?? '/api';
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const createEventSource = options.createEventSource ?? ((url: string) => new EventSource(url) as EventSourceLike);
  const timeoutMs = options.timeoutMs ?? 15_000;
  const delays = options.reconnectDelaysMs ?? [1_000, 2_000, 5_000, 10_000, 30_000];
  const setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));

  async function request(name: string, args: unknown): Promise<ApiResult<unknown>> {
    const controller = new AbortController();
    const timer = setTimer(() => controller.abort(), timeoutMs);
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(args ?? {}),
        signal: controller.signal,
        cache: 'no-store',
      });
    } catch (error) {
      if (controller.signal.aborted) return failure('timeout', `${name}: no answer within ${timeoutMs} ms.`);
      return failure('network', `${name}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      clearTimer(timer);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return failure('bad_response', `${name}: the answer (HTTP ${response.status}) is not JSON.`);
    }
    return isApiResult(body) ? body : failure('bad_response', `${name}: the answer (HTTP ${response.status}) is not an API result.`);
  }

  const listeners = new Set<(event: PushEvent) => void>();
  let source: EventSourceLike | null = null;
  let reconnectTimer: unknown = null;
  let attempt = 0;

  function connect(): void {
    const current = createEventSource(`${baseUrl}/events`);
    source = current;
    current.onopen = () => {
      attempt = 0;
    };
    // While readyState is CONNECTING the browser retries by itself (the server sends
    // `retry:`); once CLOSED (an HTTP error, a wrong content type) it never will, so we
    // open a new stream, backing off so a dead server is not hammered.
    current.onerror = () => {
      if (current.readyState !== CLOSED || source !== current) return;
      current.close();
      source = null;
      const delay = delays[Math.min(attempt, delays.length - 1)] ?? 30_000;
      attempt += 1;
      reconnectTimer = setTimer(() => {
        reconnectTimer = null;
        if (listeners.size > 0) connect();
      }, delay);
    };
    for (const name of eventNameList) {
      current.addEventListener(name, (message) => {
        let payload: unknown;
        try {
          payload = JSON.parse(message.data);
        } catch {
          return; // A torn or foreign message is dropped; the next one carries full state.
        }
        for (const listener of [...listeners]) listener({ name, payload } as PushEvent);
      });
    }
  }

  function disconnect(): void {
    if (reconnectTimer !== null) clearTimer(reconnectTimer);
    reconnectTimer = null;
    source?.close();
    source = null;
    attempt = 0;
  }

  return {
    kind: 'http',
    request,
    subscribe(listener) {
      listeners.add(listener);
      // One stream for the whole app, opened with the first listener, closed with the last.
      if (!source && reconnectTimer === null) connect();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) disconnect();
      };
    },
  };
}
