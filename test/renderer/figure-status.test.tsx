// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Comparison, ObservationStatus, RegionProfile, Series } from '../../data/api/types';
import { observationStatuses } from '../../data/snapshot/dataset-schema';
import { App } from '../../renderer/App';
import { CompareGrid } from '../../renderer/components/compare/CompareGrid';
import { lineChartData, periodLabels } from '../../renderer/charts/series';
import { seriesCitations } from '../../renderer/components/region/citations';
import { figureSentence } from '../../renderer/components/region/sentence';
import { createI18n } from '../../renderer/i18n';
import { qualifiersOf, qualifiersOfFigure, qualifierText, rankingQualifiers, statusOrder, valueQualifier } from '../../renderer/i18n/figureStatus';
import { fakeClient, genteng, kabupaten, meta, profileFigure } from './region-fixtures';

vi.mock('../../renderer/charts/LineChart', () => ({ LineChart: () => null }));

afterEach(cleanup);

const id = createI18n('id');
const en = createI18n('en');

describe("a figure's status in words", () => {
  it('names every status of the data vocabulary, in both languages', () => {
    expect([...statusOrder].sort()).toEqual([...observationStatuses].sort());
    for (const status of statusOrder) {
      for (const i18n of [id, en]) {
        const label = i18n.t(`figure.status.${status}`);
        expect(label).not.toContain('figure.status');
        expect(label.length).toBeGreaterThan(3);
      }
    }
    expect(id.t('figure.status.partial')).toBe('Sebagian tahun');
    expect(en.t('figure.status.preliminary')).toBe('Preliminary figure');
  });

  it('says "about" and "at least" before the number, and nothing for the other statuses', () => {
    expect(valueQualifier('approximate', id.t)).toBe('sekitar');
    expect(valueQualifier('lower_bound', en.t)).toBe('at least');
    expect(valueQualifier('partial', id.t)).toBeNull();
    expect(valueQualifier(null, id.t)).toBeNull();
    expect(qualifiersOfFigure('partial')).toEqual([{ status: 'partial', where: [] }]);
    expect(qualifiersOfFigure('approximate')).toEqual([]);
    expect(qualifiersOfFigure('est' as ObservationStatus)).toEqual([]);
    expect(qualifiersOf([{ status: 'est' as ObservationStatus }], (item) => item.status, () => 'x')).toEqual([]);
  });

  it('lists the statuses of a set in the vocabulary order, naming the figures only where it is not all of them', () => {
    const rows = (statuses: (ObservationStatus | null)[]) => statuses.map((status, index) => ({ status, name: `R${index}` }));
    const of = (statuses: (ObservationStatus | null)[]) => qualifiersOf(rows(statuses), (row) => row.status, (row) => row.name);
    expect(of([null, null])).toEqual([]);
    expect(of(['preliminary', 'preliminary'])).toEqual([{ status: 'preliminary', where: [] }]);
    expect(of(['derived', null, 'partial', 'partial'])).toEqual([
      { status: 'partial', where: ['R2', 'R3'] },
      { status: 'derived', where: ['R0'] },
    ]);
    expect(qualifierText({ status: 'partial', where: ['2024*'] }, id.t)).toBe('Sebagian tahun: 2024*');
    expect(qualifierText({ status: 'estimate', where: [] }, en.t)).toBe('Estimate');
    // A long list would push the source out of its note: three names, then a count.
    expect(qualifierText({ status: 'derived', where: ['A', 'B', 'C', 'D'] }, en.t)).toBe('Calculated figure: A, B, C, D');
    expect(qualifierText({ status: 'derived', where: ['A', 'B', 'C', 'D', 'E', 'F'] }, id.t)).toBe('Angka hasil hitungan: A, B, C, dan 3 lainnya');
    const ranked = { rows: [{ rank: 1, region: genteng, value: 1, isRollup: false, status: 'approximate' as const }] };
    expect(rankingQualifiers(ranked)).toEqual([{ status: 'approximate', where: [] }]);
  });

  it('puts the word into the sentence under the figure', () => {
    const services = meta('services', { rollup: 'none', decimals: 0, unit: { id: 'jenis layanan', en: 'service types' }, name: { id: 'Jenis layanan MPP', en: 'MPP service types' }, higherIsBetter: null });
    const figure = { ...profileFigure(services, 370, null), status: 'approximate' as const };
    expect(figureSentence(figure, kabupaten, null, id.t, 'id')).toContain('sekitar 370 jenis layanan');
    expect(figureSentence(figure, kabupaten, null, en.t, 'en')).toContain('about 370 service types');
  });

  it('marks a trend period whose figure is qualified, on the axis', () => {
    const disbursed = meta('disbursed', { rollup: 'sum' });
    const series: Series = {
      indicator: disbursed,
      periods: ['2023', '2024'],
      lines: [{ region: kabupaten, points: [{ period: '2023', value: 1, isRollup: false, status: null, source: null }, { period: '2024', value: 0.6, isRollup: false, status: 'partial', source: null }] }],
    };
    expect([...periodLabels(series, 'id', id.t).values()]).toEqual(['2023', '2024*']);
    const data = lineChartData(series, 'en', en.t, (code) => code);
    expect(data.labels).toEqual(['2023', '2024*']);
    expect(data.datasets[0]?.pointBackgroundColor).toEqual([data.datasets[0]?.borderColor, '#ffffff']);
  });
});

describe('a qualified figure on the profile', () => {
  it('shows the word before the number and the status in the note', async () => {
    const services = meta('services', { themeId: 'layanan', rollup: 'none', decimals: 0, unit: { id: 'jenis layanan', en: 'service types' }, name: { id: 'Jenis layanan MPP', en: 'MPP service types' }, higherIsBetter: null });
    const disbursed = meta('disbursed', { themeId: 'keuangan', name: { id: 'Realisasi Dana Desa', en: 'Dana Desa disbursed' } });
    const profile: RegionProfile = {
      region: kabupaten,
      breadcrumb: [],
      parent: null,
      root: kabupaten,
      figures: [
        { ...profileFigure(services, 370, null), regionCode: kabupaten.code, status: 'approximate' },
        { ...profileFigure(disbursed, 60, null), regionCode: kabupaten.code, status: 'partial', period: '2024' },
      ],
      children: [genteng],
    };
    const fake = fakeClient({
      'snapshot.info': { dataAsOf: '2026-08-20', datasetVersion: 1, root: kabupaten },
      'region.profile': profile,
      'indicator.catalogue': [],
      'region.points': [],
      'indicator.ranking': () => null,
      'indicator.series': () => null,
    });
    render(<App client={fake.client} i18n={createI18n()} initialRoute={{ screen: 'region', code: kabupaten.code }} />);
    const values = await screen.findAllByTestId('figure-value');
    expect(values.map((value) => value.textContent)).toContain('sekitar 370 jenis layanan');
    const statuses = screen.getAllByTestId('figure-status').map((status) => [status.dataset.status, status.textContent]);
    // "sekitar" already says the first is rounded; the note names only what the number cannot.
    expect(statuses).toEqual([['partial', 'Sebagian tahun']]);
  });
});

describe('a qualified figure compared', () => {
  it('says a status once for the row, naming the places only where some are qualified, and "sekitar" in the cell', () => {
    const area = meta('area', { name: { id: 'Luas wilayah', en: 'Area' } });
    const services = meta('services', { name: { id: 'Jenis layanan', en: 'Service types' }, decimals: 0 });
    const cell = (regionCode: string, value: number, status: ObservationStatus | null) => ({ regionCode, period: '2025', value, isRollup: false, status });
    const comparison: Comparison = {
      regions: [kabupaten, genteng],
      rows: [
        { indicator: area, cells: [cell(kabupaten.code, 3593, 'derived'), cell(genteng.code, 52, 'derived')] },
        { indicator: services, cells: [cell(kabupaten.code, 370, 'approximate'), cell(genteng.code, 12, 'partial')] },
      ],
    };
    render(
      <I18nextProvider i18n={createI18n('id')}>
        <CompareGrid comparison={comparison} onRemove={() => {}} />
      </I18nextProvider>,
    );
    const [areaRow, servicesRow] = screen.getAllByRole('row').slice(1);
    if (!areaRow || !servicesRow) throw new Error('rows missing');
    expect(within(areaRow).getAllByTestId('figure-status').map((status) => status.textContent)).toEqual(['Angka hasil hitungan · ']);
    expect(within(servicesRow).getAllByTestId('figure-status').map((status) => status.textContent)).toEqual(['Sebagian tahun: Genteng · ']);
    expect(within(servicesRow).getAllByTestId('compare-value').map((value) => value.textContent)).toEqual(['sekitar 370 persen', '12 persen']);
  });
});

describe("a series' own citations", () => {
  const point = (period: string, source: string | null) => ({ period, value: 1, isRollup: false, status: null, source });
  const series = (points: ReturnType<typeof point>[]): Series => ({
    indicator: meta('services'),
    periods: points.map((p) => p.period),
    lines: [{ region: kabupaten, points }, { region: genteng, points: [point('2019', 'Another line, not listed')] }],
  });

  it('lists each source once with the periods it gives, without the web address nobody can follow', () => {
    const cited = seriesCitations(
      series([point('2017-10', "merdeka.com 'Butet puji MPP' (9 Oct 2017) https://example.org/a"), point('2018', 'BPS / BPS (English)'), point('2019', "merdeka.com 'Butet puji MPP' (9 Oct 2017) https://example.org/a"), point('2020', null)]),
      (period) => `<${period}>`,
      'en',
    );
    expect(cited).toEqual([
      { source: "merdeka.com 'Butet puji MPP' (9 Oct 2017)", periods: ['<2017-10>', '<2019>'] },
      { source: 'BPS (English)', periods: ['<2018>'] },
    ]);
  });

  it('is empty when the indicator source covers every figure', () => {
    expect(seriesCitations(series([point('2020', null)]), String, 'id')).toEqual([]);
  });
});
