import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixture, type OpenFixture } from './open-fixture.js';

let fixture: OpenFixture;
beforeAll(() => {
  fixture = openFixture();
});
afterAll(() => fixture.close());

describe('points', () => {
  it('gives a kecamatan its own points and its desa\'s', () => {
    const points = fixture.queries.points('35.10.08');
    expect(points.map((point) => [point.id, point.kind, point.regionCode, point.regionName])).toEqual([
      ['p-001', 'proyek', '35.10.08.2002', 'Genteng Wetan'],
      ['p-002', 'puskesmas', '35.10.08', 'Genteng'],
    ]);
    expect(points[0]).toMatchObject({ budgetIdr: 250_000_000, progressPct: 60, lat: -8.35, lng: 114.155, period: '2024', isSample: true });
    expect(points[1]).toMatchObject({ budgetIdr: null, progressPct: null, isSample: false, source: 'Dinas Kesehatan' });
  });

  it('gives the regency every point and a desa only its own', () => {
    expect(fixture.queries.points('35.10').map((point) => point.id)).toEqual(['p-004', 'p-001', 'p-002', 'p-003']);
    expect(fixture.queries.points('35.10.07.2001').map((point) => point.id)).toEqual(['p-003']);
    expect(fixture.queries.points('35.10.08.2001')).toEqual([]);
    expect(fixture.queries.points('35.10.99')).toEqual([]);
  });
});

describe('catalogue', () => {
  it('lists the themes in order with their indicators and available periods', () => {
    const catalogue = fixture.queries.catalogue();
    expect(catalogue.map((theme) => [theme.id, theme.name.en, theme.indicators.map((entry) => [entry.indicator.id, entry.isKey, entry.periods])])).toEqual([
      ['kependudukan', 'Population', [['penduduk', true, ['2022', '2023', '2024']]]],
      ['kesehatan', 'Health', [
        ['balita', false, ['2022', '2023', '2024']],
        ['stunting', true, ['2023', '2024']],
        ['akses_air', false, ['2022', '2023', '2024']],
      ]],
      ['ekonomi', 'Economy', [
        ['idm', false, ['2023', '2024']],
        ['umkm', false, ['2024']],
        ['ipm', true, ['2022', '2023', '2024']],
      ]],
    ]);
    const stunting = catalogue[1]?.indicators[1]?.indicator;
    expect(stunting).toMatchObject({ rollup: 'weighted_mean', higherIsBetter: false, unit: { id: 'persen', en: 'percent' } });
  });

  it('says at which map levels each indicator has figures under the root: none for a regency-only one', () => {
    const levels = Object.fromEntries(fixture.queries.catalogue().flatMap((theme) => theme.indicators.map((entry) => [entry.indicator.id, entry.mapLevels])));
    expect(levels).toEqual({
      penduduk: ['kecamatan', 'desa'],
      balita: ['kecamatan', 'desa'],
      stunting: ['kecamatan', 'desa'],
      akses_air: ['kecamatan', 'desa'],
      idm: ['desa'],
      umkm: ['kecamatan', 'desa'],
      ipm: [],
    });
  });
});

describe('createQueries', () => {
  it('includes the overview and the snapshot meta', () => {
    expect(fixture.queries.meta()).toMatchObject({ rootCode: '35.10', dataAsOf: '2024-12-31', datasetVersion: 1 });
    const overview = fixture.queries.overview('35.10');
    expect(overview?.keyFigures.map((figure) => [figure.indicator.id, figure.value])).toEqual([
      ['penduduk', 53100],
      ['stunting', 13.25],
      ['ipm', 73.21],
    ]);
    expect(overview?.counts).toEqual({ kecamatan: 2, desa: 5, kelurahan: 0 });
  });
});
