// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RequestName } from '../../data/api/contract';
import type { ApiResult } from '../../data/api/types';
import { ApiProvider } from '../../renderer/api/ApiContext';
import type { Transport } from '../../renderer/api/bridge';
import { createApiClient, type ApiClient } from '../../renderer/api/client';
import { NavigationProvider, useNavigation } from '../../renderer/navigation/NavigationContext';
import { createOpeningHold, openingAttribute } from '../../renderer/navigation/openWhenRead';
import { routeReads } from '../../renderer/navigation/routeReads';

const info = { root: { code: '35.10' } };
const catalogue = [{ id: 'kemiskinan', indicators: [{ indicator: { id: 'poverty_rate' }, isKey: false, mapLevels: ['kecamatan', 'desa'] }, { indicator: { id: 'population' }, isKey: true, mapLevels: ['kecamatan', 'desa'] }] }];

/** A transport answering every read at once, or holding the answers until released; `fail` names reads that fail. */
function fakeTransport({ fail = new Set<RequestName>() }: { fail?: Set<RequestName> } = {}) {
  let holding = false;
  const pending: (() => void)[] = [];
  const request = vi.fn(async (name: RequestName, args: unknown): Promise<ApiResult<unknown>> => {
    if (holding) await new Promise<void>((resolve) => pending.push(resolve));
    if (fail.has(name)) return { ok: false, error: { code: 'unavailable', message: 'no answer' } };
    if (name === 'snapshot.info') return { ok: true, value: info };
    if (name === 'indicator.catalogue') return { ok: true, value: catalogue };
    return { ok: true, value: { name, args } };
  });
  const transport: Transport = { kind: 'http', request, subscribe: () => () => undefined };
  return {
    transport,
    request,
    hold: () => (holding = true),
    release: async () => {
      holding = false;
      for (const resolve of pending.splice(0)) resolve();
      // The answers travel through a few promise steps before the hold hears of them.
      for (let step = 0; step < 10; step += 1) await Promise.resolve();
    },
  };
}

async function warmClient(fake: ReturnType<typeof fakeTransport>): Promise<ApiClient> {
  const client = createApiClient(fake.transport);
  await client.request('snapshot.info');
  await client.request('indicator.catalogue');
  fake.request.mockClear();
  return client;
}

const names = (reads: readonly (readonly [string, unknown])[]) => reads.map(([name, args]) => `${name} ${JSON.stringify(args)}`);

describe('routeReads', () => {
  it('names what each screen shows first, with arguments worked out from the cache', async () => {
    const client = await warmClient(fakeTransport());
    const peek = client.peek!.bind(client);
    expect(names(routeReads({ screen: 'region', code: '35.10.09' }, peek))).toEqual(['region.profile {"code":"35.10.09"}']);
    expect(names(routeReads({ screen: 'indicator', indicatorId: 'poverty_rate' }, peek))).toContain('indicator.ranking {"indicatorId":"poverty_rate","parentCode":"35.10"}');
    expect(names(routeReads({ screen: 'indicator', indicatorId: 'poverty_rate', parentCode: '35.10.09', period: '2024' }, peek))).toContain(
      'indicator.ranking {"indicatorId":"poverty_rate","parentCode":"35.10.09","period":"2024"}',
    );
    expect(names(routeReads({ screen: 'theme', themeId: 'kemiskinan' }, peek))).toContain('region.profile {"code":"35.10"}');
    // The map opens on the first key indicator when none is chosen.
    expect(names(routeReads({ screen: 'map' }, peek))).toEqual(
      expect.arrayContaining(['map.geometry {"level":"kecamatan"}', 'map.values {"indicatorId":"population","level":"kecamatan"}']),
    );
    expect(names(routeReads({ screen: 'map', indicatorId: 'poverty_rate', level: 'desa', within: '35.10.09' }, peek))).toEqual(
      expect.arrayContaining(['map.geometry {"level":"desa","within":"35.10.09"}', 'map.values {"indicatorId":"poverty_rate","level":"desa","within":"35.10.09"}']),
    );
    for (const screenName of ['search', 'attract'] as const) expect(routeReads({ screen: screenName }, peek)).toEqual([]);
    expect(routeReads({ screen: 'compare', regionCodes: ['35.10.09'] }, peek)).toEqual([]);
  });

  it('leaves out a read whose arguments are not known yet (the screen asks for it itself)', () => {
    const client = createApiClient(fakeTransport().transport);
    const reads = names(routeReads({ screen: 'indicator', indicatorId: 'poverty_rate' }, client.peek!.bind(client)));
    expect(reads.some((read) => read.startsWith('indicator.ranking'))).toBe(false);
    expect(names(routeReads({ screen: 'map' }, client.peek!.bind(client))).some((read) => read.startsWith('map.values'))).toBe(false);
  });
});

describe('the opening hold', () => {
  afterEach(() => vi.useRealTimers());

  it('opens at once, unmarked, when the answers are in the cache', async () => {
    const client = await warmClient(fakeTransport());
    await client.request('region.profile', { code: '35.10.09' });
    const mark = vi.fn();
    const open = vi.fn();
    createOpeningHold(client, { mark }).open({ screen: 'region', code: '35.10.09' }, open);
    expect(open).toHaveBeenCalledTimes(1);
    expect(mark).not.toHaveBeenCalled();
  });

  it('waits for a missing answer, joining the request already on its way, then opens once', async () => {
    const fake = fakeTransport();
    const client = await warmClient(fake);
    fake.hold();
    // As a region button's pointerdown does (api/prefetch useProfileOnPress).
    void client.request('region.profile', { code: '35.10.09' });
    const mark = vi.fn();
    const open = vi.fn();
    createOpeningHold(client, { mark }).open({ screen: 'region', code: '35.10.09' }, open);
    expect(open).not.toHaveBeenCalled();
    expect(mark).toHaveBeenLastCalledWith(true);
    await fake.release();
    expect(open).toHaveBeenCalledTimes(1);
    expect(mark).toHaveBeenLastCalledWith(false);
    expect(fake.request).toHaveBeenCalledTimes(1);
    expect(client.peek?.('region.profile', { code: '35.10.09' })).toBeDefined();
  });

  it('opens when an answer fails, so the screen can show the error', async () => {
    const fake = fakeTransport({ fail: new Set(['region.profile']) });
    const client = await warmClient(fake);
    const open = vi.fn();
    createOpeningHold(client, { mark: () => undefined }).open({ screen: 'region', code: '35.10.09' }, open);
    expect(open).not.toHaveBeenCalled();
    await fake.release();
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('opens after the hold when the answer is slow, and not again when it comes', async () => {
    vi.useFakeTimers();
    const fake = fakeTransport();
    const client = await warmClient(fake);
    fake.hold();
    const open = vi.fn();
    createOpeningHold(client, { maxHoldMs: 300, mark: () => undefined }).open({ screen: 'region', code: '35.10.09' }, open);
    vi.advanceTimersByTime(299);
    expect(open).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(open).toHaveBeenCalledTimes(1);
    await fake.release();
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('lets a later tap win over a waiting one, and cancel drop it', async () => {
    const fake = fakeTransport();
    const client = await warmClient(fake);
    fake.hold();
    const mark = vi.fn();
    const hold = createOpeningHold(client, { mark });
    const first = vi.fn();
    const second = vi.fn();
    hold.open({ screen: 'region', code: '35.10.09' }, first);
    hold.open({ screen: 'region', code: '35.10.10' }, second);
    await fake.release();
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);

    fake.hold();
    const third = vi.fn();
    hold.open({ screen: 'region', code: '35.10.11' }, third);
    hold.cancel();
    expect(mark).toHaveBeenLastCalledWith(false);
    await fake.release();
    expect(third).not.toHaveBeenCalled();
  });

  it('opens at once with a client that keeps no cache (a bare test fake)', () => {
    const open = vi.fn();
    const bare = { transport: 'http', request: vi.fn(), on: () => () => undefined } as unknown as ApiClient;
    createOpeningHold(bare).open({ screen: 'region', code: '35.10.09' }, open);
    expect(open).toHaveBeenCalledTimes(1);
    expect(bare.request).not.toHaveBeenCalled();
  });
});

function Where() {
  const navigation = useNavigation();
  const label = navigation.route.screen === 'region' ? `region ${navigation.route.code}` : navigation.route.screen;
  return (
    <>
      <p data-testid="where">{label}</p>
      <button type="button" onClick={() => navigation.go({ screen: 'region', code: '35.10.09' })}>
        go
      </button>
      <button type="button" onClick={() => navigation.back()}>
        back
      </button>
    </>
  );
}

describe('navigation with the opening hold', () => {
  afterEach(cleanup);

  it('keeps the current screen until the new one has its answer, marking the page meanwhile', async () => {
    const fake = fakeTransport();
    const client = await warmClient(fake);
    fake.hold();
    render(
      <ApiProvider client={client}>
        <NavigationProvider initial={{ screen: 'home' }}>
          <Where />
        </NavigationProvider>
      </ApiProvider>,
    );
    act(() => screen.getByText('go').click());
    expect(screen.getByTestId('where').textContent).toBe('home');
    expect(document.documentElement.hasAttribute(openingAttribute)).toBe(true);
    await act(fake.release);
    expect(screen.getByTestId('where').textContent).toBe('region 35.10.09');
    expect(document.documentElement.hasAttribute(openingAttribute)).toBe(false);
  });

  it('lets Back win over a tap still waiting', async () => {
    const fake = fakeTransport();
    const client = await warmClient(fake);
    render(
      <ApiProvider client={client}>
        <NavigationProvider initial={{ screen: 'theme', themeId: 'kemiskinan' }}>
          <Where />
        </NavigationProvider>
      </ApiProvider>,
    );
    fake.hold();
    act(() => screen.getByText('go').click());
    act(() => screen.getByText('back').click());
    expect(screen.getByTestId('where').textContent).toBe('home');
    expect(document.documentElement.hasAttribute(openingAttribute)).toBe(false);
    await act(fake.release);
    expect(screen.getByTestId('where').textContent).toBe('home');
  });
});
