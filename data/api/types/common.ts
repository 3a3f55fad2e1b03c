/** The contract's shared vocabulary: languages, regions, indicators and figures, the snapshot, and how every answer succeeds or fails. */

export type Lang = 'id' | 'en';

export interface Localized {
  id: string;
  en: string;
}

export interface RegionRef {
  code: string;
  name: string;
  level: 'provinsi' | 'kabupaten' | 'kota' | 'kecamatan' | 'desa' | 'kelurahan';
  parentCode: string | null;
  /** Name of the parent, so repeated village names can be told apart. */
  parentName: string | null;
}

/** What the UI needs to show any number honestly: it cannot get a value without these. */
export interface IndicatorMeta {
  id: string;
  themeId: string;
  name: Localized;
  description: Localized;
  unit: Localized;
  decimals: number;
  rollup: 'sum' | 'mean' | 'weighted_mean' | 'none';
  higherIsBetter: boolean | null;
  source: string;
  licence: string;
  isSample: boolean;
}

/**
 * How the source qualifies a figure (data/SOURCES.md): a census's quick count, an
 * estimate, a rounded "about", a "more than", a count or area worked out from other
 * data, a total for part of the year. Null: as published.
 */
export type ObservationStatus = 'preliminary' | 'estimate' | 'approximate' | 'lower_bound' | 'derived' | 'partial';

export interface Figure {
  indicator: IndicatorMeta;
  regionCode: string;
  period: string;
  value: number;
  /** True where the value was rolled up from child regions at build time. */
  isRollup: boolean;
  status: ObservationStatus | null;
}

export interface Theme {
  id: string;
  name: Localized;
  icon: string;
  indicatorCount: number;
}

export interface SnapshotInfo {
  datasetVersion: number;
  /** ISO date the figures are current to, shown on every screen. */
  dataAsOf: string;
  createdAt: string;
  publisher: string;
  schemaVersion: number;
  root: RegionRef;
  /** Whether this is the default dataset bundled with the app, not a published one. */
  isBundledDefault: boolean;
}

export interface Overview {
  region: RegionRef;
  keyFigures: Figure[];
  themes: Theme[];
  counts: { kecamatan: number; desa: number; kelurahan: number };
}

export type ApiErrorCode =
  | 'unknown_request'
  | 'invalid_arguments'
  | 'not_found'
  | 'unavailable'
  | 'internal'
  /** No valid admin session (missing, expired or logged out), or a wrong PIN. */
  | 'unauthorized'
  /** Too many wrong PINs: refused until the lockout ends (the message says when). */
  | 'locked'
  /** The request contradicts the current state (a PIN is already set; a playlist name is taken). */
  | 'conflict';

export interface ApiError {
  code: ApiErrorCode;
  message: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };
