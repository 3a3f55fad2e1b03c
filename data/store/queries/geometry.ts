import type Database from 'better-sqlite3';
import type { GeoGeometry, MapLevel, RegionFeature, RegionFeatureCollection } from '../../api/types.js';
import { createLookups, levelDepth, mapLevelDepth, mapLevelSql, readRootCode } from './lookups.js';
import { WeightedLru } from './memo.js';
import type { RegionRow } from './rows.js';

/** About 15 MB of parsed outlines: every map of a regency (~270 features in all), or ~60 kabupaten-wide desa maps of a country. */
export const geometryCacheFeatures = 10_000;

type GeometryRow = RegionRow & { display_json: string; bbox_json: string };
type Bbox = [number, number, number, number];

const geometryColumns = `r.code, r.name, r.level, r.parent_code, p.name AS parent_name, g.display_json, g.bbox_json`;

function toFeature(row: GeometryRow): RegionFeature {
  const parsed = JSON.parse(row.display_json) as GeoGeometry | { type: 'Feature'; geometry: GeoGeometry };
  // The builder stores a bare geometry; a whole Feature is accepted too so either shape reads the same.
  const geometry = parsed.type === 'Feature' ? parsed.geometry : parsed;
  return {
    type: 'Feature',
    id: row.code,
    properties: { code: row.code, name: row.name, level: row.level, parentCode: row.parent_code, parentName: row.parent_name },
    geometry,
    bbox: JSON.parse(row.bbox_json) as Bbox,
  };
}

function unionBbox(features: readonly RegionFeature[]): Bbox | undefined {
  let result: Bbox | undefined;
  for (const { bbox } of features) {
    if (!bbox) continue;
    result = result
      ? [Math.min(result[0], bbox[0]), Math.min(result[1], bbox[1]), Math.max(result[2], bbox[2]), Math.max(result[3], bbox[3])]
      : [...bbox];
  }
  return result;
}

/**
 * A kept map is shared by every caller, so it is frozen down to each feature's geometry
 * object; the vertex arrays are not, as freezing them costs as much as parsing them.
 */
function freezeCollection(collection: RegionFeatureCollection): RegionFeatureCollection {
  for (const feature of collection.features) {
    Object.freeze(feature.properties);
    Object.freeze(feature.geometry);
    if (feature.bbox) Object.freeze(feature.bbox);
    Object.freeze(feature);
  }
  Object.freeze(collection.features);
  if (collection.bbox) Object.freeze(collection.bbox);
  return Object.freeze(collection);
}

export interface GeometryOptions {
  /** The region whose kecamatan or desa are drawn; defaults to the snapshot's root. */
  within?: string;
}

/** Display outlines of every kecamatan or desa/kelurahan within a region, as a GeoJSON FeatureCollection. */
export function createGeometryQuery(db: Database.Database) {
  const lookups = createLookups(db);
  const rootCode = readRootCode(db);
  const prepare = (level: MapLevel, generations: 1 | 2) =>
    db.prepare<[string], GeometryRow>(
      generations === 1
        ? `SELECT ${geometryColumns} FROM regions r INDEXED BY regions_parent
           CROSS JOIN regions p ON p.code = r.parent_code CROSS JOIN region_geometry g ON g.region_code = r.code
           WHERE r.parent_code = ? AND r.level IN ${mapLevelSql[level]} ORDER BY r.code`
        : `SELECT ${geometryColumns} FROM regions k INDEXED BY regions_parent
           CROSS JOIN regions r INDEXED BY regions_parent ON r.parent_code = k.code
           CROSS JOIN regions p ON p.code = r.parent_code CROSS JOIN region_geometry g ON g.region_code = r.code
           WHERE k.parent_code = ? AND r.level IN ${mapLevelSql[level]} ORDER BY r.code`,
    );
  const statements = {
    kecamatan: { 1: prepare('kecamatan', 1), 2: prepare('kecamatan', 2) },
    desa: { 1: prepare('desa', 1), 2: prepare('desa', 2) },
  } as const;

  // Parsing the outlines' JSON is most of this query's cost, and a snapshot never changes:
  // keep parsed maps per connection, up to a budget of features (a regency's all fit).
  const cache = new WeightedLru<RegionFeatureCollection>(geometryCacheFeatures);

  return (level: MapLevel, options: GeometryOptions = {}): RegionFeatureCollection | undefined => {
    const withinCode = options.within ?? rootCode;
    if (withinCode === null) return undefined;
    const key = `${level}|${withinCode}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const within = lookups.region(withinCode);
    if (!within) return undefined;
    const generations = mapLevelDepth[level] - levelDepth[within.level];
    if (generations !== 1 && generations !== 2) return undefined;
    const features = statements[level][generations].all(within.code).map(toFeature);
    const bbox = unionBbox(features);
    const collection = freezeCollection(bbox ? { type: 'FeatureCollection', bbox, features } : { type: 'FeatureCollection', features });
    cache.set(key, collection, Math.max(1, features.length));
    return collection;
  };
}
