import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixture, type OpenFixture } from './open-fixture.js';

let fixture: OpenFixture;
beforeAll(() => {
  fixture = openFixture();
});
afterAll(() => fixture.close());

describe('ranking', () => {
  it('ranks a kecamatan\'s desa at the latest period, best first, with the parent value', () => {
    const ranking = fixture.queries.ranking('35.10.08', 'akses_air');
    expect(ranking?.period).toBe('2024');
    expect(ranking?.periods).toEqual(['2022', '2023', '2024']);
    expect(ranking?.parentValue).toBe(85);
    expect(ranking?.rows.map((row) => [row.rank, row.region.name, row.value, row.isRollup])).toEqual([
      [1, 'Genteng Wetan', 95, false],
      [2, 'Genteng Kulon', 90, false],
      [3, 'Karangrejo', 70, false],
    ]);
    expect(ranking?.indicator.unit.id).toBe('persen rumah tangga');
  });

  it('puts the lowest first when lower is better', () => {
    const ranking = fixture.queries.ranking('35.10', 'stunting', '2023');
    expect(ranking?.rows.map((row) => [row.rank, row.region.name, row.value, row.isRollup])).toEqual([
      [1, 'Genteng', 15.2, true],
      [2, 'Gambiran', 16, true],
    ]);
    expect(ranking?.parentValue).toBe(15.6);
  });

  it('gives equal values the same rank', () => {
    const ranking = fixture.queries.ranking('35.10.08', 'umkm');
    expect(ranking?.rows.map((row) => [row.rank, row.region.name, row.value])).toEqual([
      [1, 'Genteng Kulon', 120],
      [1, 'Genteng Wetan', 120],
      [3, 'Karangrejo', 80],
    ]);
    expect(ranking?.indicator.isSample).toBe(true);
  });

  it('ranks only the children that have data, and no parent value for a rollup-none indicator', () => {
    expect(fixture.queries.ranking('35.10.07', 'umkm')?.rows.map((row) => row.region.code)).toEqual(['35.10.07.2001']);
    const idm = fixture.queries.ranking('35.10.08', 'idm');
    expect(idm?.parentValue).toBeNull();
    expect(idm?.rows.map((row) => row.value)).toEqual([0.9021, 0.8512, 0.7034]);
  });

  it('answers an empty ranking for a period without data', () => {
    const ranking = fixture.queries.ranking('35.10.08', 'penduduk', '2019');
    expect(ranking).toMatchObject({ period: '2019', parentValue: null, rows: [] });
    expect(ranking?.periods).toEqual(['2022', '2023', '2024']);
  });

  it("names the children whose own children have figures: the kecamatan whose villages can be ranked", () => {
    // Village-only (no kecamatan figure to rank): nothing at this level, but villages in both kecamatan have it.
    expect(fixture.queries.ranking('35.10', 'idm')).toMatchObject({ rows: [], rankableChildren: ['35.10.07', '35.10.08'] });
    expect(fixture.queries.ranking('35.10', 'penduduk')?.rankableChildren).toEqual(['35.10.07', '35.10.08']);
    // A regency-only figure: nothing below it at any depth.
    expect(fixture.queries.ranking('35.10', 'ipm')).toMatchObject({ rows: [], rankableChildren: [] });
    // Under a kecamatan the villages have no children.
    expect(fixture.queries.ranking('35.10.08', 'penduduk')?.rankableChildren).toEqual([]);
  });

  it('answers period null when no child has the indicator, undefined for unknown codes', () => {
    expect(fixture.queries.ranking('35.10', 'idm')).toMatchObject({ period: null, periods: [], rows: [] });
    expect(fixture.queries.ranking('35.10.99', 'penduduk')).toBeUndefined();
    expect(fixture.queries.ranking('35.10', 'nope')).toBeUndefined();
  });
});
