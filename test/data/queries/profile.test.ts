import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixture, type OpenFixture } from './open-fixture.js';

let fixture: OpenFixture;
beforeAll(() => {
  fixture = openFixture();
});
afterAll(() => fixture.close());

describe('regionProfile', () => {
  it('gives a desa its breadcrumb, latest figures beside its kecamatan and the regency, and no children', () => {
    const profile = fixture.queries.regionProfile('35.10.08.2002');
    expect(profile?.region).toEqual({ code: '35.10.08.2002', name: 'Genteng Wetan', level: 'desa', parentCode: '35.10.08', parentName: 'Genteng' });
    expect(profile?.breadcrumb.map((region) => region.code)).toEqual(['35', '35.10', '35.10.08']);
    expect(profile?.parent?.code).toBe('35.10.08');
    expect(profile?.root?.code).toBe('35.10');
    expect(profile?.children).toEqual([]);
    const figures = profile?.figures.map((figure) => [figure.indicator.id, figure.period, figure.value, figure.isRollup, figure.parentValue, figure.rootValue]);
    expect(figures).toEqual([
      ['penduduk', '2024', 12300, false, 30600, 53100],
      ['balita', '2024', 1000, false, 2000, 4000],
      ['stunting', '2024', 12, false, 12.5, 13.25],
      ['akses_air', '2024', 95, false, 85, 79],
      ['idm', '2024', 0.9021, false, null, null],
      ['umkm', '2024', 120, false, 320, 520],
    ]);
  });

  it('carries unit, source and the sample flag with every figure', () => {
    const umkm = fixture.queries.regionProfile('35.10.08.2002')?.figures.find((figure) => figure.indicator.id === 'umkm');
    expect(umkm?.indicator).toMatchObject({ unit: { id: 'unit usaha', en: 'businesses' }, source: 'Contoh data (sample)', isSample: true, decimals: 0 });
  });

  it('gives a kecamatan its rolled-up figures and its desa with their level', () => {
    const profile = fixture.queries.regionProfile('35.10.08');
    expect(profile?.figures.map((figure) => [figure.indicator.id, figure.value, figure.isRollup])).toEqual([
      ['penduduk', 30600, true],
      ['balita', 2000, true],
      ['stunting', 12.5, true],
      ['akses_air', 85, true],
      ['umkm', 320, true],
    ]);
    expect(profile?.children.map((child) => [child.code, child.name, child.level])).toEqual([
      ['35.10.08.2001', 'Genteng Kulon', 'desa'],
      ['35.10.08.2002', 'Genteng Wetan', 'desa'],
      ['35.10.08.2003', 'Karangrejo', 'desa'],
    ]);
  });

  it('sets the regency beside its province and itself', () => {
    const profile = fixture.queries.regionProfile('35.10');
    const ipm = profile?.figures.find((figure) => figure.indicator.id === 'ipm');
    expect(ipm).toMatchObject({ period: '2024', value: 73.21, isRollup: false, parentValue: 74.04, rootValue: 73.21 });
    expect(profile?.figures.find((figure) => figure.indicator.id === 'penduduk')).toMatchObject({ value: 53100, parentValue: null, rootValue: 53100 });
    expect(profile?.children.map((child) => child.name)).toEqual(['Gambiran', 'Genteng']);
  });

  it('leaves out indicators a region has no figure for', () => {
    // Karangrejo (Gambiran) has no umkm figure at all; its other figures are 2024.
    const profile = fixture.queries.regionProfile('35.10.07.2002');
    expect(profile?.figures.some((figure) => figure.indicator.id === 'umkm')).toBe(false);
    expect(profile?.figures.find((figure) => figure.indicator.id === 'stunting')).toMatchObject({ value: 20, parentValue: 14 });
  });

  it('gives a top-level region an empty breadcrumb', () => {
    const profile = fixture.queries.regionProfile('35');
    expect(profile?.breadcrumb).toEqual([]);
    expect(profile?.parent).toBeNull();
    expect(profile?.figures.map((figure) => [figure.indicator.id, figure.value, figure.rootValue])).toEqual([['ipm', 74.04, 73.21]]);
  });

  it('answers undefined for an unknown code', () => {
    expect(fixture.queries.regionProfile('35.10.99')).toBeUndefined();
  });
});
