// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PushEvent, RequestName } from '../../data/api/contract';
import type { ApiResult } from '../../data/api/types';
import { ApiProvider } from '../../renderer/api/ApiContext';
import type { Transport } from '../../renderer/api/bridge';
import { AnswerCache, cacheKey, cachedRequests, createApiClient, type ApiClient } from '../../renderer/api/client';
import { adoptAfterIdleMs, SnapshotAdoptionProvider, useSnapshotAdoption } from '../../renderer/api/SnapshotAdoption';
import { installActivityTracker } from '../../renderer/hooks/activity';
import { useRequest } from '../../renderer/hooks/useRequest';

/** A transport whose answers count calls and carry the current dataset version; the test sends its events. */
function fakeTransport() {
  let version = 1;
  let fail = false;
  const listeners = new Set<(event: PushEvent) => void>();
  const pending: (() => void)[] = [];
  let hold = false;
  const request = vi.fn(async (name: RequestName, args: unknown): Promise<ApiResult<unknown>> => {
    if (hold) await new Promise<void>((resolve) => pending.push(resolve));
    if (fail) return { ok: false, error: { code: 'unavailable', message: 'switching' } };
    if (name === 'snapshot.info') return { ok: true, value: { datasetVersion: version, dataAsOf: `2026-11-2${version}` } };
    return { ok: true, value: { name, args, version } };
  });
  const transport: Transport = {
    kind: 'http',
    request,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    transport,
    request,
    setVersion: (next: number) => (version = next),
    setFail: (next: boolean) => (fail = next),
    holdAnswers: () => (hold = true),
    release: () => {
      hold = false;
      for (const resolve of pending.splice(0)) resolve();
    },
    emit: (datasetVersion: number) => {
      for (const listener of [...listeners]) listener({ name: 'snapshot.changed', payload: { datasetVersion, dataAsOf: '' } });
    },
  };
}

describe('the client cache', () => {
  it('answers a repeated read from the cache, whatever the key order of its arguments', async () => {
    const fake = fakeTransport();
    const client = createApiClient(fake.transport);
    const first = await client.request('indicator.ranking', { indicatorId: 'a', parentCode: '35.10' });
    expect(client.peek?.('indicator.ranking', { parentCode: '35.10', indicatorId: 'a' })).toBe(first);
    await expect(client.request('indicator.ranking', { parentCode: '35.10', indicatorId: 'a' })).resolves.toBe(first);
    expect(fake.request).toHaveBeenCalledTimes(1);
  });

  it('shares one transport call between identical reads in flight', async () => {
    const fake = fakeTransport();
    const client = createApiClient(fake.transport);
    const [a, b] = await Promise.all([client.request('region.profile', { code: '35.10.09' }), client.request('region.profile', { code: '35.10.09' })]);
    expect(a).toBe(b);
    expect(fake.request).toHaveBeenCalledTimes(1);
  });

  it('never caches refresh, admin, wall or kiosk requests, nor failures', async () => {
    const fake = fakeTransport();
    const client = createApiClient(fake.transport);
    for (const name of ['refresh.status', 'kiosk.settings', 'wall.state', 'admin.status'] as const) expect(cachedRequests.has(name)).toBe(false);
    await client.request('refresh.status');
    await client.request('refresh.status');
    expect(fake.request).toHaveBeenCalledTimes(2);
    expect(client.peek?.('refresh.status')).toBeUndefined();
    fake.setFail(true);
    await expect(client.request('overview.get')).rejects.toMatchObject({ code: 'unavailable' });
    fake.setFail(false);
    await client.request('overview.get');
    expect(fake.request).toHaveBeenCalledTimes(4);
  });

  it('forgets the least recently used answer beyond its size', () => {
    const cache = new AnswerCache(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1); // a is now the most recent
    cache.set('c', 3);
    expect(cache.has('b')).toBe(false);
    expect([cache.get('a'), cache.get('c'), cache.size]).toEqual([1, 3, 2]);
    expect(cacheKey('search', { text: 'x', lang: 'id' })).toBe(cacheKey('search', { lang: 'id', text: 'x' }));
  });

  it('while a new snapshot waits, serves what it has but stores nothing new; a reset starts over with the seeds', async () => {
    const fake = fakeTransport();
    const client = createApiClient(fake.transport);
    const old = await client.request('region.profile', { code: '35.10.09' });
    // An answer on its way when the hold begins is not stored either.
    fake.holdAnswers();
    const late = client.request('region.profile', { code: '35.10.25' });
    client.holdCache?.();
    fake.release();
    await late;
    expect(client.peek?.('region.profile', { code: '35.10.25' })).toBeUndefined();
    await client.request('map.geometry', { level: 'kecamatan' });
    expect(client.peek?.('map.geometry', { level: 'kecamatan' })).toBeUndefined();
    expect(client.peek?.('region.profile', { code: '35.10.09' })).toBe(old);

    client.resetCache?.([{ name: 'overview.get', args: {}, value: { seeded: true } }]);
    expect(client.peek?.('region.profile', { code: '35.10.09' })).toBeUndefined();
    expect(client.peek?.('overview.get')).toEqual({ seeded: true });
    await client.request('map.geometry', { level: 'kecamatan' });
    expect(client.peek?.('map.geometry', { level: 'kecamatan' })).toBeDefined();
  });
});

/** A screen that shows one cached read, and how many times it was mounted. */
let mounts = 0;
function Probe() {
  const profile = useRequest('region.profile', { code: '35.10.09' });
  const { generation } = useSnapshotAdoption();
  return (
    <p data-testid="probe" data-generation={generation}>
      {profile.data ? String((profile.data as unknown as { version: number }).version) : 'loading'}
    </p>
  );
}
function Screen() {
  const { generation } = useSnapshotAdoption();
  return <Counted key={generation} />;
}
function Counted() {
  // Counted on mount only.
  useState(() => (mounts += 1));
  return <Probe />;
}
function renderWith(client: ApiClient) {
  return render(
    <ApiProvider client={client}>
      <SnapshotAdoptionProvider>
        <Screen />
      </SnapshotAdoptionProvider>
    </ApiProvider>,
  );
}

let uninstall: () => void = () => {};
beforeEach(() => {
  mounts = 0;
  uninstall = installActivityTracker(window);
});
afterEach(() => {
  cleanup();
  uninstall();
  vi.useRealTimers();
});

describe('adopting a new snapshot', () => {
  it('paints a cached answer on the first render, with no loading state', async () => {
    const fake = fakeTransport();
    const client = createApiClient(fake.transport);
    await client.request('region.profile', { code: '35.10.09' });
    renderWith(client);
    expect(screen.getByTestId('probe').textContent).toBe('1');
  });

  it('waits for 5 s without a touch, then clears the cache and remounts the screen once with the new data', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const fake = fakeTransport();
    const client = createApiClient(fake.transport);
    renderWith(client);
    await act(async () => vi.advanceTimersByTimeAsync(10));
    expect(screen.getByTestId('probe').textContent).toBe('1');
    expect(mounts).toBe(1);

    // The same version again (the server repeats it on connect): nothing happens.
    act(() => fake.emit(1));
    await act(async () => vi.advanceTimersByTimeAsync(adoptAfterIdleMs * 2));
    expect(mounts).toBe(1);

    fake.setVersion(2);
    act(() => window.dispatchEvent(new Event('pointerdown')));
    act(() => fake.emit(2));
    await act(async () => vi.advanceTimersByTimeAsync(adoptAfterIdleMs - 1_000));
    act(() => window.dispatchEvent(new Event('pointerdown'))); // still in use
    await act(async () => vi.advanceTimersByTimeAsync(adoptAfterIdleMs - 1_000));
    expect(mounts).toBe(1);
    expect(screen.getByTestId('probe').textContent).toBe('1');
    // Meanwhile the cache still serves the old snapshot's answer.
    expect((client.peek?.('region.profile', { code: '35.10.09' }) as unknown as { version: number }).version).toBe(1);

    await act(async () => vi.advanceTimersByTimeAsync(1_500));
    expect(mounts).toBe(2);
    expect(screen.getByTestId('probe').textContent).toBe('2');
    expect(screen.getByTestId('probe').dataset.generation).toBe('1');
  });

  it('keeps what is on screen when the new snapshot cannot be loaded, and tries again later', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const fake = fakeTransport();
    const client = createApiClient(fake.transport);
    renderWith(client);
    await act(async () => vi.advanceTimersByTimeAsync(adoptAfterIdleMs + 10));
    fake.setFail(true);
    act(() => fake.emit(2));
    await act(async () => vi.advanceTimersByTimeAsync(100));
    expect(mounts).toBe(1);
    expect(screen.getByTestId('probe').textContent).toBe('1');

    fake.setFail(false);
    fake.setVersion(2);
    await act(async () => vi.advanceTimersByTimeAsync(29_000));
    expect(mounts).toBe(1);
    await act(async () => vi.advanceTimersByTimeAsync(2_000)); // the retry is due
    await act(async () => vi.advanceTimersByTimeAsync(100)); // and runs at once, the screen being idle
    expect(mounts).toBe(2);
    expect(screen.getByTestId('probe').textContent).toBe('2');
  });
});
