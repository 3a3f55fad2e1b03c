// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventName, EventPayloads, RequestName } from '../../data/api/contract';
import type { Figure, Overview, SnapshotInfo } from '../../data/api/types';
import { App } from '../../renderer/App';
import { ApiClientError, type ApiClient } from '../../renderer/api/client';
import { installActivityTracker } from '../../renderer/hooks/activity';
import { adoptAfterIdleMs } from '../../renderer/api/SnapshotAdoption';
import { createI18n } from '../../renderer/i18n';

const region = { code: '35.10', name: 'Kabupaten Banyuwangi', level: 'kabupaten' as const, parentCode: '35', parentName: 'Jawa Timur' };

function figure(id: string, value: number, isSample = false): Figure {
  return {
    indicator: {
      id,
      themeId: 'kependudukan',
      name: { id: `Nama ${id}`, en: `Name ${id}` },
      description: { id: '', en: '' },
      unit: { id: 'jiwa', en: 'persons' },
      decimals: 0,
      rollup: 'sum',
      higherIsBetter: null,
      source: 'BPS Kabupaten Banyuwangi / BPS Banyuwangi',
      licence: 'CC BY 4.0',
      isSample,
    },
    regionCode: '35.10',
    period: '2025',
    value,
    isRollup: false,
    status: null,
  };
}

function data(version: number, population: number) {
  const info: SnapshotInfo = { datasetVersion: version, dataAsOf: '2026-11-23', createdAt: '', publisher: '', schemaVersion: 4, root: region, isBundledDefault: true };
  const overview: Overview = {
    region,
    keyFigures: [figure('penduduk', population), figure('umkm', 296_512, true)],
    themes: [{ id: 'kesehatan', name: { id: 'Kesehatan', en: 'Health' }, icon: 'heart-pulse', indicatorCount: 9 }],
    counts: { kecamatan: 25, desa: 189, kelurahan: 28 },
  };
  return { info, overview };
}

/** A client whose answers the test sets, and whose events the test sends. */
function fakeClient() {
  let current: ReturnType<typeof data> | Error = data(1, 1_791_789);
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const request = vi.fn(async (name: RequestName) => {
    if (current instanceof Error) throw current;
    return name === 'snapshot.info' ? current.info : current.overview;
  });
  const client = {
    transport: 'http',
    request,
    on: (name: EventName, listener: (payload: never) => void) => {
      const set = listeners.get(name) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(name, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
  } as unknown as ApiClient;
  return {
    client,
    request,
    answer: (next: ReturnType<typeof data> | Error) => (current = next),
    emit: <E extends EventName>(name: E, payload: EventPayloads[E]) => listeners.get(name)?.forEach((listener) => listener(payload)),
  };
}

let uninstall: () => void = () => {};
beforeEach(() => {
  uninstall = installActivityTracker(window);
});
afterEach(() => {
  cleanup();
  uninstall();
  vi.useRealTimers();
});

const renderApp = (client: ApiClient) => render(<App client={client} i18n={createI18n()} />);

describe('Home', () => {
  it('shows loading, then the regency with its figures, counts, sample mark and data date', async () => {
    const fake = fakeClient();
    renderApp(fake.client);
    expect(screen.getByTestId('loading')).toBeTruthy();
    expect(await screen.findByText('1.791.789')).toBeTruthy();
    expect(screen.getByTestId('region-title').textContent).toBe('Kabupaten Banyuwangi');
    expect(screen.getByTestId('count-desa').textContent).toBe('189 desa');
    expect(screen.getByTestId('data-as-of').textContent).toContain('23 November 2026');
    expect(screen.getAllByTestId('sample-badge').map((badge) => badge.textContent)).toEqual(['Data contoh']);
    expect(screen.getByText('Kesehatan')).toBeTruthy();
  });

  it('switches language with the toggle', async () => {
    const fake = fakeClient();
    renderApp(fake.client);
    await screen.findByText('1.791.789');
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByText('1,791,789')).toBeTruthy();
    expect(screen.getByTestId('count-desa').textContent).toBe('189 villages');
    expect(screen.getByText('Sample data')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('explains a failure in plain words and recovers on retry', async () => {
    const fake = fakeClient();
    fake.answer(new ApiClientError('network', 'Failed to fetch', 'overview.get'));
    renderApp(fake.client);
    const error = await screen.findByTestId('error');
    expect(error.textContent).toContain('Data belum dapat ditampilkan');
    expect(error.textContent).toContain('network');
    fake.answer(data(1, 1_791_789));
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByText('1.791.789')).toBeTruthy();
    expect(screen.queryByTestId('error')).toBeNull();
  });

  it('adopts a new snapshot only after the screen was left alone for a while', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const fake = fakeClient();
    renderApp(fake.client);
    await screen.findByText('1.791.789');
    const calls = fake.request.mock.calls.length;

    // The server repeats the current version on connect: nothing to do.
    act(() => fake.emit('snapshot.changed', { datasetVersion: 1, dataAsOf: '2026-11-23' }));
    await act(async () => vi.advanceTimersByTimeAsync(adoptAfterIdleMs * 2));
    expect(fake.request.mock.calls.length).toBe(calls);

    fake.answer(data(2, 1_800_000));
    fireEvent.pointerDown(window);
    act(() => fake.emit('snapshot.changed', { datasetVersion: 2, dataAsOf: '2026-11-24' }));
    await act(async () => vi.advanceTimersByTimeAsync(adoptAfterIdleMs - 1_000));
    fireEvent.pointerDown(window); // a visitor is still tapping
    await act(async () => vi.advanceTimersByTimeAsync(adoptAfterIdleMs - 1_000));
    expect(fake.request.mock.calls.length).toBe(calls);
    expect(screen.getByText('1.791.789')).toBeTruthy();

    await act(async () => vi.advanceTimersByTimeAsync(1_500));
    expect(await screen.findByText('1.800.000')).toBeTruthy();
  });

  it('keeps the previous figures on screen when a refresh fails', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const fake = fakeClient();
    renderApp(fake.client);
    await screen.findByText('1.791.789');
    fake.answer(new ApiClientError('unavailable', 'switching', 'overview.get'));
    // Untouched for longer than the idle time already: the new version is fetched at once.
    await act(async () => vi.advanceTimersByTimeAsync(adoptAfterIdleMs));
    act(() => fake.emit('snapshot.changed', { datasetVersion: 2, dataAsOf: '2026-11-24' }));
    await act(async () => vi.advanceTimersByTimeAsync(100));
    expect(screen.getByText('1.791.789')).toBeTruthy();
    expect(screen.getByText(/Data terbaru belum dapat dimuat/)).toBeTruthy();
  });
});
