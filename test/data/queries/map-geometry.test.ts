import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixture, type OpenFixture } from './open-fixture.js';

let fixture: OpenFixture;
beforeAll(() => {
  fixture = openFixture();
});
afterAll(() => fixture.close());

describe('mapValues', () => {
  it('gives every kecamatan of the regency with legend bounds', () => {
    const map = fixture.queries.mapValues('penduduk', 'kecamatan');
    expect(map).toMatchObject({ level: 'kecamatan', period: '2024', periods: ['2022', '2023', '2024'], min: 22500, max: 30600 });
    expect(map?.within.code).toBe('35.10');
    expect(map?.values.map((value) => [value.code, value.name, value.value, value.isRollup])).toEqual([
      ['35.10.07', 'Gambiran', 22500, true],
      ['35.10.08', 'Genteng', 30600, true],
    ]);
  });

  it('gives every desa of the regency, or of one kecamatan, for a chosen period', () => {
    const all = fixture.queries.mapValues('akses_air', 'desa', { period: '2022' });
    expect(all?.values.map((value) => value.value)).toEqual([70, 50, 80, 90, 61]);
    expect([all?.min, all?.max]).toEqual([50, 90]);
    const genteng = fixture.queries.mapValues('idm', 'desa', { within: '35.10.08' });
    expect(genteng).toMatchObject({ period: '2024', min: 0.7034, max: 0.9021 });
    expect(genteng?.values.map((value) => value.code)).toEqual(['35.10.08.2001', '35.10.08.2002', '35.10.08.2003']);
  });

  it('answers no values and null bounds for a period without data', () => {
    expect(fixture.queries.mapValues('penduduk', 'desa', { period: '2019' })).toMatchObject({ period: '2019', values: [], min: null, max: null });
    expect(fixture.queries.mapValues('ipm', 'kecamatan')).toMatchObject({ period: null, periods: [], values: [] });
  });

  it('answers undefined for unknown codes and scopes that are not a map', () => {
    expect(fixture.queries.mapValues('nope', 'kecamatan')).toBeUndefined();
    expect(fixture.queries.mapValues('penduduk', 'desa', { within: '35.10.99' })).toBeUndefined();
    expect(fixture.queries.mapValues('penduduk', 'kecamatan', { within: '35.10.08' })).toBeUndefined();
  });
});

describe('geometry', () => {
  it('builds a FeatureCollection of the regency\'s kecamatan with names and parents', () => {
    const collection = fixture.queries.geometry('kecamatan');
    expect(collection?.type).toBe('FeatureCollection');
    expect(collection?.bbox).toEqual([114.1, -8.4, 114.3, -8.3]);
    expect(collection?.features.map((feature) => feature.properties)).toEqual([
      { code: '35.10.07', name: 'Gambiran', level: 'kecamatan', parentCode: '35.10', parentName: 'Banyuwangi' },
      { code: '35.10.08', name: 'Genteng', level: 'kecamatan', parentCode: '35.10', parentName: 'Banyuwangi' },
    ]);
    expect(collection?.features[1]?.geometry).toEqual({
      type: 'Polygon',
      coordinates: [[[114.1, -8.4], [114.2, -8.4], [114.2, -8.3], [114.1, -8.3], [114.1, -8.4]]],
    });
  });

  it('gives the desa of one kecamatan, and of the whole regency', () => {
    const gambiran = fixture.queries.geometry('desa', { within: '35.10.07' });
    expect(gambiran?.features.map((feature) => feature.id)).toEqual(['35.10.07.2001', '35.10.07.2002']);
    expect(gambiran?.bbox).toEqual([114.2, -8.4, 114.3, -8.3]);
    expect(fixture.queries.geometry('desa')?.features).toHaveLength(5);
  });

  it('answers undefined for an unknown region or a level that is not below it', () => {
    expect(fixture.queries.geometry('desa', { within: '35.10.99' })).toBeUndefined();
    expect(fixture.queries.geometry('desa', { within: '35.10.08.2001' })).toBeUndefined();
  });
});
