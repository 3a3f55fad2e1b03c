/** What the screens' queries answer (data/store/queries): profiles, rankings, series, maps, comparisons, points, the catalogue, boundaries and search. */

import type { Figure, IndicatorMeta, Lang, Localized, ObservationStatus, RegionRef } from './common.js';

/** A figure of a region's profile, beside the same indicator and period for its parent and the regency root. */
export interface ProfileFigure extends Figure {
  parentValue: number | null;
  rootValue: number | null;
}

export interface RegionProfile {
  region: RegionRef;
  /** Ancestors from the top (provinsi) down to the parent; empty for a top-level region. */
  breadcrumb: RegionRef[];
  parent: RegionRef | null;
  /** The snapshot's root region (the regency), the reference every figure is set beside. */
  root: RegionRef | null;
  figures: ProfileFigure[];
  children: RegionRef[];
}

export interface RankingRow {
  rank: number;
  region: RegionRef;
  value: number;
  isRollup: boolean;
  status: ObservationStatus | null;
}

export interface Ranking {
  indicator: IndicatorMeta;
  parent: RegionRef;
  /** The period ranked; null when no child has data for the indicator. */
  period: string | null;
  /** Periods for which at least one child has data, oldest first. */
  periods: string[];
  parentValue: number | null;
  /** Best first: descending unless lower is better. Equal values share a rank. */
  rows: RankingRow[];
  /**
   * The children of `parent` whose own children have figures for the indicator (the
   * kecamatan whose villages can be ranked), in code order. Empty under a kecamatan, whose
   * villages have no children, and for a figure that exists only for the regency.
   */
  rankableChildren: string[];
}

export interface SeriesPoint {
  period: string;
  value: number;
  isRollup: boolean;
  status: ObservationStatus | null;
  /** This figure's own citation (one release of a series stitched from several); null: the indicator's source covers it. */
  source: string | null;
}

export interface SeriesLine {
  region: RegionRef;
  points: SeriesPoint[];
}

export interface Series {
  indicator: IndicatorMeta;
  /** Every period of any line, oldest first. */
  periods: string[];
  lines: SeriesLine[];
}

export type MapLevel = 'kecamatan' | 'desa';

export interface MapValue {
  code: string;
  name: string;
  level: RegionRef['level'];
  value: number;
  isRollup: boolean;
  status: ObservationStatus | null;
}

export interface MapValues {
  indicator: IndicatorMeta;
  level: MapLevel;
  within: RegionRef;
  period: string | null;
  periods: string[];
  values: MapValue[];
  /** Legend bounds; null when no region has a value. */
  min: number | null;
  max: number | null;
}

export interface ComparisonCell {
  regionCode: string;
  period: string;
  value: number;
  isRollup: boolean;
  status: ObservationStatus | null;
}

export interface ComparisonRow {
  indicator: IndicatorMeta;
  /** One cell per region, in the order of Comparison.regions; null where it has no data. */
  cells: (ComparisonCell | null)[];
}

export interface Comparison {
  regions: RegionRef[];
  rows: ComparisonRow[];
}

export interface PointRow {
  id: string;
  kind: string;
  name: string;
  regionCode: string;
  regionName: string;
  budgetIdr: number | null;
  progressPct: number | null;
  lat: number;
  lng: number;
  period: string;
  source: string;
  isSample: boolean;
}

export interface CatalogueIndicator {
  indicator: IndicatorMeta;
  isKey: boolean;
  /** Periods with any observation, oldest first. */
  periods: string[];
  /** The map levels at which the root region's parts have figures (kecamatan, desa); empty for a figure that exists only for the regency. */
  mapLevels: MapLevel[];
}

export interface CatalogueTheme {
  id: string;
  name: Localized;
  icon: string;
  indicators: CatalogueIndicator[];
}

export type GeoPosition = [number, number];
export type GeoGeometry =
  | { type: 'Polygon'; coordinates: GeoPosition[][] }
  | { type: 'MultiPolygon'; coordinates: GeoPosition[][][] };

export interface RegionFeature {
  type: 'Feature';
  id: string;
  properties: { code: string; name: string; level: RegionRef['level']; parentCode: string | null; parentName: string | null };
  geometry: GeoGeometry;
  bbox?: [number, number, number, number];
}

export interface RegionFeatureCollection {
  type: 'FeatureCollection';
  /** [minLng, minLat, maxLng, maxLat] of all features; absent when there are none. */
  bbox?: [number, number, number, number];
  features: RegionFeature[];
}

export type SearchHit =
  | {
      kind: 'region';
      code: string;
      label: string;
      level: RegionRef['level'];
      parentCode: string | null;
      parentName: string | null;
    }
  | {
      kind: 'indicator';
      id: string;
      label: string;
      lang: Lang;
      themeId: string;
    };
