import { describe, expect, it } from 'vitest';
import { fitProjection, geometryPath } from '../../renderer/components/map/projection';

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
