// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Ranking } from '../../data/api/types';
import { App } from '../../renderer/App';
import { stepMs } from '../../renderer/components/indicator/PeriodPlayer';
import { createI18n } from '../../renderer/i18n';
import { fakeClient, genteng, kabupaten, meta } from './region-fixtures';

vi.mock('../../renderer/charts/LineChart', () => ({ LineChart: () => null }));

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const indicator = meta('sample_poverty_rate', { isSample: true });
const giri = { ...genteng, code: '35.10.17', name: 'Giri' };

function ranking(args: { period?: string }): Ranking {
  const period = args.period ?? '2025';
  const bump = period === '2025' ? 0 : 1;
  return {
    indicator,
    parent: kabupaten,
    period,
    periods: ['2023', '2024', '2025'],
    parentValue: 6.13,
    rows: [
      { rank: 1, region: giri, value: 3.98 + bump, isRollup: true, status: null },
      { rank: 2, region: genteng, value: 4.46 + bump, isRollup: true, status: null },
    ],
    rankableChildren: [genteng.code, giri.code],
  };
}

function renderIndicator() {
  const fake = fakeClient({
    'snapshot.info': { dataAsOf: '2026-08-20', datasetVersion: 1, root: kabupaten },
    'indicator.catalogue': [{ id: 'kemiskinan', name: { id: 'Kemiskinan', en: 'Poverty' }, icon: 'x', indicators: [{ indicator, isKey: true, periods: ['2023', '2024', '2025'] }] }],
    'region.profile': { region: kabupaten, breadcrumb: [], parent: null, root: kabupaten, figures: [], children: [genteng, giri] },
    'indicator.ranking': ranking,
  });
  render(<App client={fake.client} i18n={createI18n()} initialRoute={{ screen: 'indicator', indicatorId: indicator.id }} />);
  return fake;
}

describe('Indicator screen', () => {
  it('ranks the kecamatan with values, the definition, source, licence and sample mark; a bar opens the profile', async () => {
    const fake = renderIndicator();
    const rows = await screen.findAllByTestId('rank-row');
    expect(rows.map((row) => row.textContent)).toEqual(['1Giri3,98', '2Genteng4,46']);
    expect(screen.getByTestId('screen-title').textContent).toBe('Persentase penduduk miskin');
    // The panel is headed by the indicator's name (the landscape bar has no room for it) and says what is ranked.
    expect(screen.getByRole('heading', { level: 2, name: 'Persentase penduduk miskin' })).toBeTruthy();
    expect(screen.getByTestId('ranking-what').textContent).toBe('Peringkat kecamatan di Kabupaten Banyuwangi');
    const facts = screen.getByTestId('indicator-facts');
    expect(facts.textContent).toContain('Definisi');
    expect(facts.textContent).toContain('CC BY 4.0');
    expect(facts.textContent).toContain('Data contoh');
    fireEvent.click(rows[1] as HTMLElement);
    await vi.waitFor(() => expect(fake.request).toHaveBeenCalledWith('region.profile', { code: genteng.code }));
  });

  it('plays through the periods, one step every 1.2 s, and stops at the last', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const fake = renderIndicator();
    await screen.findAllByTestId('rank-row');
    fireEvent.click(screen.getByTestId('period-play')); // at the last period: starts again from the first
    await act(async () => vi.advanceTimersByTimeAsync(50));
    expect(screen.getByRole('button', { name: '2023' }).getAttribute('aria-pressed')).toBe('true');
    await act(async () => vi.advanceTimersByTimeAsync(stepMs));
    expect(screen.getByRole('button', { name: '2024' }).getAttribute('aria-pressed')).toBe('true');
    await act(async () => vi.advanceTimersByTimeAsync(stepMs * 3));
    expect(screen.getByRole('button', { name: '2025' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('period-play').getAttribute('aria-pressed')).toBe('false');
    expect(fake.request).toHaveBeenCalledWith('indicator.ranking', { indicatorId: indicator.id, parentCode: '35.10', period: '2024' });
  });
});
