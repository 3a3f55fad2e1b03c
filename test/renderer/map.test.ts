import { describe, expect, it } from 'vitest';
import type { CatalogueIndicator, CatalogueTheme, MapLevel } from '../../data/api/types';
import { defaultMapIndicator, drawableAt } from '../../renderer/components/map/defaultIndicator';
import { fitProjection, geometryPath } from '../../renderer/components/map/projection';
import { meta } from './region-fixtures';

describe('map projection', () => {
  const bbox = [114, -8.5, 114.5, -8] as const;

  it('fits the bbox to the width, north up, longitude shortened by cos(latitude)', () => {
    const projection = fitProjection(bbox, 1000);
    const kx = Math.cos((-8.25 * Math.PI) / 180);
    expect(projection.height).toBe(Math.round(1000 / kx));
    expect(projection.project([114, -8])).toEqual([0, 0]);
    const [x, y] = projection.project([114.5, -8.5]);
    expect(x).toBeCloseTo(1000, 6);
    expect(y).toBeCloseTo(projection.height, 0);
  });

  it('keeps a padding on every side', () => {
    const projection = fitProjection(bbox, 1000, 10);
    expect(projection.project([114, -8])).toEqual([10, 10]);
    expect(projection.project([114.5, -8])[0]).toBeCloseTo(990, 6);
  });

  it('draws polygons with holes and multipolygons as closed SVG subpaths, skipping repeated points', () => {
    const projection = fitProjection(bbox, 1000);
    const ring: [number, number][] = [[114, -8], [114.5, -8], [114.5, -8], [114.5, -8.5], [114, -8]];
    const polygon = geometryPath({ type: 'Polygon', coordinates: [ring, ring] }, projection);
    expect(polygon.match(/M/g)).toHaveLength(2);
    expect(polygon.match(/Z/g)).toHaveLength(2);
    expect(polygon.startsWith('M0,0L1000,0L')).toBe(true);
    const multi = geometryPath({ type: 'MultiPolygon', coordinates: [[ring], [ring], [ring]] }, projection);
    expect(multi.match(/M/g)).toHaveLength(3);
  });
});

describe('what the map offers', () => {
  const entry = (id: string, mapLevels: MapLevel[], isKey = false): CatalogueIndicator => ({ indicator: meta(id), isKey, periods: ['2025'], mapLevels });
  const catalogue: CatalogueTheme[] = [
    { id: 'a', name: { id: 'A', en: 'A' }, icon: '', indicators: [entry('regency_only_key', [], true), entry('villages', ['desa']), entry('both', ['kecamatan', 'desa'])] },
    { id: 'b', name: { id: 'B', en: 'B' }, icon: '', indicators: [entry('kecamatan_key', ['kecamatan'], true)] },
  ];

  it('draws only what has figures at the level: a regency-only figure would be all hatched', () => {
    expect(drawableAt(catalogue.flatMap((theme) => theme.indicators), 'desa').map((found) => found.indicator.id)).toEqual(['villages', 'both']);
    expect(drawableAt(catalogue.flatMap((theme) => theme.indicators), 'kecamatan').map((found) => found.indicator.id)).toEqual(['both', 'kecamatan_key']);
  });

  it('starts on the first key figure it can draw at the level, else the first it can draw', () => {
    expect(defaultMapIndicator(catalogue, 'kecamatan')).toBe('kecamatan_key');
    expect(defaultMapIndicator(catalogue, 'desa')).toBe('villages');
    expect(defaultMapIndicator(null, 'desa')).toBeUndefined();
  });
});
