// @vitest-environment jsdom
import { cleanup, render, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CatalogueIndicator, CatalogueTheme, RegionRef } from '../../data/api/types';
import { ApiProvider } from '../../renderer/api/ApiContext';
import type { ApiClient } from '../../renderer/api/client';
import { useWarmUp, warmUpRoutes } from '../../renderer/navigation/warmUp';

afterEach(cleanup);

const entry = (id: string, periods: number, isKey = false) => ({ indicator: { id }, isKey, periods: Array.from({ length: periods }, (_, index) => String(2020 + index)) }) as unknown as CatalogueIndicator;
const theme = (id: string, indicators: CatalogueIndicator[]) => ({ id, name: { id, en: id }, icon: 'map', indicators }) as CatalogueTheme;
const catalogue = [theme('wilayah', [entry('area', 1)]), theme('kemiskinan', [entry('poor', 3), entry('rate', 6)]), theme('ekonomi', [entry('jobs', 6), entry('gdp', 2)])];
const kecamatan = (code: string, name: string): RegionRef => ({ code, name, level: 'kecamatan', parentCode: '35.10', parentName: 'Banyuwangi' });
const root = { children: [kecamatan('35.10.01', 'Pesanggaran'), kecamatan('35.10.02', 'Siliragung')] };

describe('warmUpRoutes (one screen of each kind, the fullest)', () => {
  it('takes the theme with the most indicators, the indicator with the most periods and the first kecamatan, then the map and search', () => {
    expect(warmUpRoutes(catalogue, root)).toEqual([
      { screen: 'theme', themeId: 'kemiskinan' },
      // Ties go to the first: "rate" and "jobs" both have six periods.
      { screen: 'indicator', indicatorId: 'rate' },
      { screen: 'region', code: '35.10.01' },
      { screen: 'map' },
      { screen: 'search' },
    ]);
  });

  it('leaves out what a snapshot has none of', () => {
    expect(warmUpRoutes([], { children: [] })).toEqual([{ screen: 'map' }, { screen: 'search' }]);
    expect(warmUpRoutes([theme('empty', [])], { children: [] })).toEqual([{ screen: 'map' }, { screen: 'search' }]);
  });
});

describe('useWarmUp', () => {
  function fakeClient(fail = false) {
    const request = vi.fn(async (name: string) => {
      if (fail) throw new Error('unavailable');
      if (name === 'snapshot.info') return { root: { code: '35.10' } };
      if (name === 'indicator.catalogue') return catalogue;
      if (name === 'region.profile') return root;
      throw new Error(`unexpected ${name}`);
    });
    return { client: { transport: 'http', request } as unknown as ApiClient, request };
  }

  /** Logs each screen the hook gives, as "screen" while warming and "screen (left)" after; the screen shows its data at once. */
  function Harness({ active, visit, log }: { active: boolean; visit: number; log: string[] }) {
    const { screen, warming, hostRef } = useWarmUp(active, visit, { generation: 1, language: 'id' });
    const shown = screen ? `${screen.route.screen}${warming ? '' : ' (left)'}` : 'none';
    useEffect(() => {
      if (log.at(-1) !== shown) log.push(shown);
    }, [log, shown]);
    return <div ref={hostRef}>{screen && <div data-ready="true" />}</div>;
  }

  const renderWith = (client: ApiClient, props: { active: boolean; visit: number; log: string[] }) =>
    render(
      <ApiProvider client={client}>
        <Harness {...props} />
      </ApiProvider>,
    );

  it('draws each screen in turn, moving on once it shows its data, and ends with none', async () => {
    const { client } = fakeClient();
    const log: string[] = [];
    renderWith(client, { active: true, visit: 1, log });
    await waitFor(() => expect(log).toEqual(['none', 'theme', 'indicator', 'region', 'map', 'search', 'none']), { timeout: 4_000 });
  });

  it('does nothing and asks nothing while not active', async () => {
    const { client, request } = fakeClient();
    const log: string[] = [];
    renderWith(client, { active: false, visit: 1, log });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(log).toEqual(['none']);
    expect(request).not.toHaveBeenCalled();
  });

  it('stops when the loop is left: the screen drawn is marked left, then goes at the next idle moment', async () => {
    const { client } = fakeClient();
    const log: string[] = [];
    const view = renderWith(client, { active: true, visit: 1, log });
    await waitFor(() => expect(log).toContain('theme'));
    view.rerender(
      <ApiProvider client={client}>
        <Harness active={false} visit={2} log={log} />
      </ApiProvider>,
    );
    await waitFor(() => expect(log.at(-1)).toBe('none'));
    expect(log.slice(-2)).toEqual([expect.stringMatching(/ \(left\)$/), 'none']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(log.at(-1)).toBe('none');
  });

  it('draws nothing when the answers it needs fail, and says nothing to the visitor', async () => {
    const { client, request } = fakeClient(true);
    const log: string[] = [];
    renderWith(client, { active: true, visit: 1, log });
    await waitFor(() => expect(request).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(log).toEqual(['none']);
  });
});
