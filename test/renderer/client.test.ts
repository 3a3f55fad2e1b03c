// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Overview } from '../../data/api/types';
import { ApiClientError, createApiClient, pickTransport } from '../../renderer/api/client';
import type { AnjunganBridge } from '../../renderer/api/bridge';
import { httpTransport } from '../../renderer/api/http-transport';
import { FakeEventSource, jsonResponse } from './fakes';

const overview: Overview = {
  region: { code: '35.10', name: 'Kabupaten Banyuwangi', level: 'kabupaten', parentCode: '35', parentName: 'Jawa Timur' },
  keyFigures: [],
  themes: [],
  counts: { kecamatan: 25, desa: 189, kelurahan: 28 },
};

function httpClient(fetch: typeof globalThis.fetch, extra: Parameters<typeof httpTransport>[0] = {}) {
  return createApiClient(httpTransport({ fetch, createEventSource: (url) => new FakeEventSource(url), ...extra }));
}

beforeEach(() => FakeEventSource.reset());
afterEach(() => vi.useRealTimers());

describe('HTTP transport: requests', () => {
  it('POSTs the arguments as JSON to /api/<name> and returns the typed value', async () => {
    const fetch = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => jsonResponse(200, { ok: true, value: overview }));
    const client = httpClient(fetch);
    const result = await client.request<'overview.get'>('overview.get');
    expect(result.counts.desa).toBe(189);
    expect(client.transport).toBe('http');
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('/api/overview.get');
    expect(init?.method).toBe('POST');
    expect(new Headers(init?.headers).get('Content-Type')).toBe('application/json');
    expect(init?.body).toBe('{}');
  });

  it('throws an ApiClientError with the server code and message on {ok:false}, whatever the HTTP status', async () => {
    const client = httpClient(async () => jsonResponse(503, { ok: false, error: { code: 'unavailable', message: 'No snapshot yet.' } }));
    const failure = await client.request('snapshot.info').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiClientError);
    expect(failure).toMatchObject({ code: 'unavailable', message: 'No snapshot yet.', request: 'snapshot.info', retryable: true });
  });

  it('reports invalid arguments as not worth retrying', async () => {
    const client = httpClient(async () => jsonResponse(400, { ok: false, error: { code: 'invalid_arguments', message: 'bad' } }));
    await expect(client.request('overview.get')).rejects.toMatchObject({ code: 'invalid_arguments', retryable: false });
  });

  it('turns a network failure into code "network"', async () => {
    const client = httpClient(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(client.request('overview.get')).rejects.toMatchObject({ name: 'ApiClientError', code: 'network', message: expect.stringContaining('Failed to fetch') });
  });

  it('turns an answer that is not JSON, or not an API result, into code "bad_response"', async () => {
    const html = httpClient(async () => new Response('<h1>Bad gateway</h1>', { status: 502 }));
    await expect(html.request('overview.get')).rejects.toMatchObject({ code: 'bad_response' });
    const stray = httpClient(async () => jsonResponse(200, { hello: 'world' }));
    await expect(stray.request('overview.get')).rejects.toMatchObject({ code: 'bad_response' });
  });

  it('gives up after the timeout with code "timeout"', async () => {
    const fetch = (_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    const client = httpClient(fetch, { timeoutMs: 20 });
    await expect(client.request('overview.get')).rejects.toMatchObject({ code: 'timeout' });
  });
});

describe('HTTP transport: events', () => {
  it('opens one stream on the first listener and delivers parsed payloads by name', () => {
    const client = httpClient(vi.fn());
    expect(FakeEventSource.instances).toHaveLength(0);
    const changed = vi.fn();
    const status = vi.fn();
    const offChanged = client.on('snapshot.changed', changed);
    const offStatus = client.on('refresh.status', status);
    expect(FakeEventSource.instances).toHaveLength(1);
    const source = FakeEventSource.latest();
    expect(source.url).toBe('/api/events');

    source.emit('snapshot.changed', JSON.stringify({ datasetVersion: 2, dataAsOf: '2026-11-23' }));
    expect(changed).toHaveBeenCalledWith({ datasetVersion: 2, dataAsOf: '2026-11-23' });
    expect(status).not.toHaveBeenCalled();

    source.emit('snapshot.changed', '{torn');
    expect(changed).toHaveBeenCalledTimes(1);

    offChanged();
    expect(source.closed).toBe(false);
    offStatus();
    expect(source.closed).toBe(true);
  });

  it('reconnects with backoff once the browser has given up (CLOSED), not while it retries itself', () => {
    vi.useFakeTimers();
    const client = httpClient(vi.fn(), { reconnectDelaysMs: [1_000, 5_000] });
    const listener = vi.fn();
    client.on('snapshot.changed', listener);
    const first = FakeEventSource.latest();

    first.fail(0); // CONNECTING: EventSource retries on its own
    vi.advanceTimersByTime(10_000);
    expect(FakeEventSource.instances).toHaveLength(1);

    first.fail(2); // CLOSED: our turn
    expect(first.closed).toBe(true);
    vi.advanceTimersByTime(999);
    expect(FakeEventSource.instances).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(FakeEventSource.instances).toHaveLength(2);

    const second = FakeEventSource.latest();
    second.fail(2);
    vi.advanceTimersByTime(4_999);
    expect(FakeEventSource.instances).toHaveLength(2);
    vi.advanceTimersByTime(1);
    const third = FakeEventSource.latest();
    expect(FakeEventSource.instances).toHaveLength(3);

    third.open(); // success resets the backoff
    third.emit('snapshot.changed', JSON.stringify({ datasetVersion: 3, dataAsOf: '2026-11-24' }));
    expect(listener).toHaveBeenCalledWith({ datasetVersion: 3, dataAsOf: '2026-11-24' });
    third.fail(2);
    vi.advanceTimersByTime(1_000);
    expect(FakeEventSource.instances).toHaveLength(4);
  });

  it('does not reconnect after the last listener left', () => {
    vi.useFakeTimers();
    const client = httpClient(vi.fn(), { reconnectDelaysMs: [1_000] });
    const off = client.on('wall.view', vi.fn());
    FakeEventSource.latest().fail(2);
    off();
    vi.advanceTimersByTime(60_000);
    expect(FakeEventSource.instances).toHaveLength(1);
  });
});

describe('transport choice', () => {
  function fakeBridge() {
    let emit: (event: { name: 'snapshot.changed'; payload: unknown }) => void = () => {};
    const bridge: AnjunganBridge = {
      request: vi.fn(async () => ({ ok: true as const, value: overview })),
      onEvent: vi.fn((listener) => {
        emit = listener;
        return () => {};
      }),
    };
    return { bridge, emit: (payload: unknown) => emit({ name: 'snapshot.changed', payload }) };
  }

  it('uses IPC when the preload exposed window.anjungan', async () => {
    const { bridge, emit } = fakeBridge();
    window.anjungan = bridge;
    try {
      const client = createApiClient(pickTransport());
      expect(client.transport).toBe('ipc');
      await expect(client.request('overview.get')).resolves.toEqual(overview);
      expect(bridge.request).toHaveBeenCalledWith('overview.get', {});
      const listener = vi.fn();
      client.on('snapshot.changed', listener);
      emit({ datasetVersion: 4, dataAsOf: '2026-12-01' });
      expect(listener).toHaveBeenCalledWith({ datasetVersion: 4, dataAsOf: '2026-12-01' });
    } finally {
      delete window.anjungan;
    }
  });

  it('uses HTTP in a plain browser', () => {
    expect(createApiClient(pickTransport()).transport).toBe('http');
  });

  it('maps an IPC error result and a rejected IPC call to ApiClientError', async () => {
    const { bridge } = fakeBridge();
    bridge.request = vi.fn(async () => ({ ok: false as const, error: { code: 'not_found' as const, message: 'No such region.' } }));
    await expect(createApiClient(pickTransport({ bridge })).request('overview.get')).rejects.toMatchObject({ code: 'not_found' });
    bridge.request = vi.fn(async () => {
      throw new Error('channel closed');
    });
    await expect(createApiClient(pickTransport({ bridge })).request('overview.get')).rejects.toMatchObject({ code: 'network' });
  });
});
