import type { GeoPosition, RegionFeatureCollection } from '../../../data/api/types';

/**
 * Region outlines as SVG paths. A plain equirectangular projection with the longitude
 * scaled by cos(latitude) is true enough at the size of one regency (8° south), and
 * costs no map library in the attract loop's bundle.
 */
export interface OutlinePath {
  code: string;
  name: string;
  d: string;
}

export interface Outline {
  width: number;
  height: number;
  paths: OutlinePath[];
}

function ringsOf(geometry: RegionFeatureCollection['features'][number]['geometry']): GeoPosition[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

// One projection per geometry answer: the client hands every screen the same cached object.
const projected = new WeakMap<RegionFeatureCollection, Outline>();

export function projectOutline(collection: RegionFeatureCollection, width = 1000): Outline {
  const known = width === 1000 ? projected.get(collection) : undefined;
  if (known) return known;
  const outline = computeOutline(collection, width);
  if (width === 1000) projected.set(collection, outline);
  return outline;
}

function computeOutline(collection: RegionFeatureCollection, width: number): Outline {
  const rings = collection.features.flatMap((feature) => ringsOf(feature.geometry));
  const points = rings.flat();
  if (points.length === 0) return { width, height: width, paths: [] };
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const squeeze = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxX - minX) * squeeze, 1e-9);
  const spanY = Math.max(maxY - minY, 1e-9);
  const scale = width / spanX;
  const height = Math.round(spanY * scale);
  // Latitude grows northwards, SVG y downwards.
  const point = ([x, y]: GeoPosition) => `${(((x - minX) * squeeze) * scale).toFixed(1)} ${((maxY - y) * scale).toFixed(1)}`;
  const paths = collection.features.map((feature) => ({
    code: feature.properties.code,
    name: feature.properties.name,
    d: ringsOf(feature.geometry)
      .map((ring) => `M${ring.map(point).join('L')}Z`)
      .join(''),
  }));
  return { width, height, paths };
}
