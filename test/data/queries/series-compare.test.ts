import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixture, type OpenFixture } from './open-fixture.js';

let fixture: OpenFixture;
beforeAll(() => {
  fixture = openFixture();
});
afterAll(() => fixture.close());

describe('series', () => {
  it('gives every period of one indicator for several regions', () => {
    const series = fixture.queries.series('stunting', ['35.10.08', '35.10', '35.10.07.2002']);
    expect(series?.periods).toEqual(['2023', '2024']);
    expect(series?.lines.map((line) => [line.region.code, line.points.map((point) => [point.period, point.value, point.isRollup])])).toEqual([
      ['35.10.08', [['2023', 15.2, true], ['2024', 12.5, true]]],
      ['35.10', [['2023', 15.6, true], ['2024', 13.25, true]]],
      ['35.10.07.2002', [['2023', 25, false], ['2024', 20, false]]],
    ]);
    expect(series?.indicator).toMatchObject({ id: 'stunting', higherIsBetter: false, decimals: 1 });
  });

  it('unions periods across lines and keeps a region without data as an empty line', () => {
    const series = fixture.queries.series('umkm', ['35.10.08.2001', '35.10.07.2002']);
    expect(series?.periods).toEqual(['2024']);
    expect(series?.lines.map((line) => line.points.length)).toEqual([1, 0]);
  });

  it('leaves out unknown and repeated regions and caps at eight', () => {
    const codes = ['35', '35.10', '35.10.07', '35.10.08', '35.10.07.2001', '35.10.07.2002', '35.10.08.2001', '35.10.08.2002', '35.10.08.2003'];
    expect(fixture.queries.series('penduduk', ['35.10.99', '35.10', '35.10'])?.lines.map((line) => line.region.code)).toEqual(['35.10']);
    expect(fixture.queries.series('penduduk', codes)?.lines).toHaveLength(8);
    expect(fixture.queries.series('nope', ['35.10'])).toBeUndefined();
  });
});

describe('compare', () => {
  it('sets up to four regions side by side at their latest periods', () => {
    const comparison = fixture.queries.compare(['35.10.08.2003', '35.10.07.2002'], ['umkm', 'stunting', 'ipm']);
    expect(comparison.regions.map((region) => [region.name, region.parentName])).toEqual([
      ['Karangrejo', 'Genteng'],
      ['Karangrejo', 'Gambiran'],
    ]);
    expect(comparison.rows.map((row) => [row.indicator.id, row.cells.map((cell) => cell && [cell.regionCode, cell.period, cell.value])])).toEqual([
      ['umkm', [['35.10.08.2003', '2024', 80], null]],
      ['stunting', [['35.10.08.2003', '2024', 16], ['35.10.07.2002', '2024', 20]]],
      ['ipm', [null, null]],
    ]);
  });

  it('takes at most four regions and twelve indicators, dropping unknown ones', () => {
    const all = ['35', '35.10', '35.10.07', '35.10.08', '35.10.08.2001'];
    const comparison = fixture.queries.compare(all, ['penduduk', 'nope']);
    expect(comparison.regions.map((region) => region.code)).toEqual(['35', '35.10', '35.10.07', '35.10.08']);
    expect(comparison.rows.map((row) => row.indicator.id)).toEqual(['penduduk']);
    expect(comparison.rows[0]?.cells.map((cell) => cell?.value ?? null)).toEqual([null, 53100, 22500, 30600]);
    expect(fixture.queries.compare(['35.10.99'], ['penduduk'])).toEqual({ regions: [], rows: [{ indicator: expect.objectContaining({ id: 'penduduk' }), cells: [] }] });
  });
});
