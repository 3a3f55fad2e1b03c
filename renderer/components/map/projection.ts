import type { GeoGeometry, GeoPosition } from '../../../data/api/types';

/**
 * An equirectangular projection with longitude scaled by cos(latitude) at the map's
 * middle: at a regency's size (under 1°) it is indistinguishable from a conformal one,
 * and it needs no library. SVG's y grows downward, so latitude is flipped; ring winding
 * does not matter for SVG's nonzero fill, so the RFC 7946 order is drawn as it comes.
 */
export type BBox = readonly [number, number, number, number];

export interface Projection {
  width: number;
  height: number;
  project(position: GeoPosition): [number, number];
}

export function fitProjection(bbox: BBox, width: number, padding = 0): Projection {
  const [minLng, minLat, maxLng, maxLat] = bbox;
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLng - minLng) * kx, 1e-9);
  const spanY = Math.max(maxLat - minLat, 1e-9);
  const scale = (width - 2 * padding) / spanX;
  const height = Math.round(spanY * scale + 2 * padding);
  return {
    width,
    height,
    project: ([lng, lat]) => [padding + (lng - minLng) * kx * scale, padding + (maxLat - lat) * scale],
  };
}

const round = (value: number) => Math.round(value * 10) / 10;

function ringPath(ring: readonly GeoPosition[], project: Projection['project']): string {
  let path = '';
  let last = '';
  for (const position of ring) {
    const [x, y] = project(position);
    const point = `${round(x)},${round(y)}`;
    // Points that land on the same tenth of a pixel add bytes, not detail.
    if (point === last) continue;
    path += (path === '' ? 'M' : 'L') + point;
    last = point;
  }
  return path === '' ? '' : `${path}Z`;
}

/** An SVG path for a Polygon or MultiPolygon (holes included, filled with fill-rule evenodd). */
export function geometryPath(geometry: GeoGeometry, projection: Projection): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((polygon) => polygon.map((ring) => ringPath(ring, projection.project))).join('');
}
