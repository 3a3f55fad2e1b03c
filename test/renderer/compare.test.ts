import { describe, expect, it } from 'vitest';
import type { CatalogueTheme, ComparisonCell, IndicatorMeta } from '../../data/api/types';
import { bestCells } from '../../renderer/components/compare/best';
import { addRegion, comparableIndicators, defaultIndicatorIds, toggleIndicator } from '../../renderer/components/compare/defaults';

function indicator(id: string, higherIsBetter: boolean | null): IndicatorMeta {
  return { id, themeId: 't', name: { id, en: id }, description: { id: '', en: '' }, unit: { id: '', en: '' }, decimals: 0, rollup: 'none', higherIsBetter, source: '', licence: '', isSample: false };
}
const cell = (value: number, period = '2025'): ComparisonCell => ({ regionCode: 'x', period, value, isRollup: false, status: null });

describe('best value per row', () => {
  it('follows the indicator\'s direction', () => {
    expect([...bestCells({ indicator: indicator('hdi', true), cells: [cell(70), cell(74), cell(72)] })]).toEqual([1]);
    expect([...bestCells({ indicator: indicator('poverty', false), cells: [cell(6.1), cell(4.4), cell(5)] })]).toEqual([1]);
  });

  it('has no best without a direction, with fewer than two values, or when all are equal', () => {
    expect(bestCells({ indicator: indicator('population', null), cells: [cell(1), cell(2)] }).size).toBe(0);
    expect(bestCells({ indicator: indicator('hdi', true), cells: [cell(70), null, null] }).size).toBe(0);
    expect(bestCells({ indicator: indicator('hdi', true), cells: [cell(70), cell(70)] }).size).toBe(0);
  });

  it('shares the best between ties and skips empty cells', () => {
    expect([...bestCells({ indicator: indicator('hdi', true), cells: [cell(74), null, cell(74), cell(70)] })]).toEqual([0, 2]);
  });

  it('compares only cells of the latest period', () => {
    const row = { indicator: indicator('hdi', true), cells: [cell(80, '2020'), cell(70, '2024'), cell(72, '2024')] };
    expect([...bestCells(row)]).toEqual([2]);
    expect(bestCells({ indicator: indicator('hdi', true), cells: [cell(80, '2020'), cell(70, '2024')] }).size).toBe(0);
  });
});

describe('compare choices', () => {
  const catalogue: CatalogueTheme[] = [
    { id: 'a', name: { id: 'A', en: 'A' }, icon: '', indicators: [{ indicator: indicator('sample_population', null), isKey: false, periods: [], mapLevels: [] }, { indicator: indicator('k', null), isKey: true, periods: [], mapLevels: [] }] },
  ];

  it('defaults to the preferred indicators the snapshot has, else its key figures', () => {
    expect(defaultIndicatorIds(catalogue)).toEqual(['sample_population']);
    expect(defaultIndicatorIds([{ ...catalogue[0]!, indicators: catalogue[0]!.indicators.slice(1) }])).toEqual(['k']);
  });

  it('keeps at least one indicator and at most twelve', () => {
    expect(toggleIndicator(['a'], 'a')).toEqual(['a']);
    expect(toggleIndicator(['a', 'b'], 'a')).toEqual(['b']);
    const twelve = Array.from({ length: 12 }, (_, index) => `i${index}`);
    expect(toggleIndicator(twelve, 'new')).toEqual(twelve);
  });

  it('offers what at least one compared place can have, and what is already chosen', () => {
    const entry = (id: string, mapLevels: ('kecamatan' | 'desa')[]) => ({ indicator: indicator(id, null), isKey: false, periods: ['2025'], mapLevels });
    const themes: CatalogueTheme[] = [
      { id: 'a', name: { id: 'A', en: 'A' }, icon: '', indicators: [entry('regency_only', []), entry('villages', ['desa']), entry('everywhere', ['kecamatan', 'desa'])] },
      { id: 'b', name: { id: 'B', en: 'B' }, icon: '', indicators: [entry('regency_only_2', [])] },
    ];
    const offered = (levels: Parameters<typeof comparableIndicators>[1], chosen: string[] = []) =>
      comparableIndicators(themes, levels, chosen).map((theme) => [theme.id, theme.indicators.map((found) => found.indicator.id)]);
    expect(offered(['kecamatan'])).toEqual([['a', ['everywhere']]]);
    expect(offered(['kecamatan', 'kelurahan'])).toEqual([['a', ['villages', 'everywhere']]]);
    expect(offered(['kecamatan'], ['regency_only_2'])).toEqual([['a', ['everywhere']], ['b', ['regency_only_2']]]);
    // The regency has every figure; before any place, everything.
    expect(offered(['kabupaten', 'kecamatan'])).toEqual([['a', ['regency_only', 'villages', 'everywhere']], ['b', ['regency_only_2']]]);
    expect(offered([])).toEqual(offered(['kabupaten']));
  });

  it('adds a region once, four at most', () => {
    expect(addRegion(['a'], 'a')).toEqual(['a']);
    expect(addRegion(['a', 'b', 'c', 'd'], 'e')).toEqual(['a', 'b', 'c', 'd']);
    expect(addRegion([], 'a')).toEqual(['a']);
  });
});
