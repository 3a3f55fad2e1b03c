import { z } from 'zod';
import type { ObservationStatus } from '../api/types.js';

/**
 * The shape of every row of a dataset folder, as text arrives from CSV. Each schema is
 * strict: an unknown column is an error, not something silently dropped, because a
 * misspelt column name would otherwise lose a publisher's data without a word.
 */

export const numberPattern = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

const text = z.string().trim().min(1, 'is required');
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? null : value));
const number = z
  .string()
  .trim()
  .min(1, 'is required')
  .regex(numberPattern, 'must be a number (use . as the decimal separator, no thousands separator)')
  .transform(Number);
const optionalNumber = z
  .string()
  .trim()
  .refine((value) => value === '' || numberPattern.test(value), 'must be a number or empty')
  .transform((value) => (value === '' ? null : Number(value)));
const integer = z
  .string()
  .trim()
  .regex(/^-?\d+$/, 'must be a whole number')
  .transform(Number);
const flag = z.enum(['0', '1'], 'must be 0 or 1').transform((value) => value === '1');
const optionalFlag = z
  .enum(['', '0', '1'], 'must be 0, 1 or empty')
  .transform((value) => (value === '' ? null : value === '1'));
export const slugPattern = /^[a-z][a-z0-9_]*$/;
const slug = z
  .string()
  .trim()
  .regex(slugPattern, 'must be lower-case letters, digits and _ (starting with a letter)');

/** Kemendagri codes: 35, 35.10, 35.10.16, 35.10.16.1001. */
export const regionCodePattern = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;
const regionCode = z.string().trim().regex(regionCodePattern, 'must be a Kemendagri code such as 35.10.16.1001');
const optionalRegionCode = z
  .string()
  .trim()
  .refine((value) => value === '' || regionCodePattern.test(value), 'must be a Kemendagri code or empty')
  .transform((value) => (value === '' ? null : value));

/** Sortable period text: 2024, 2024-03 (month), 2024-Q1 (quarter) or 2024-S1 (semester). */
export const periodPattern = /^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|S[12]))?$/;
const period = z.string().trim().regex(periodPattern, 'must be YYYY, YYYY-MM, YYYY-Qn or YYYY-Sn');

export const regionLevels = ['provinsi', 'kabupaten', 'kota', 'kecamatan', 'desa', 'kelurahan'] as const;
export const rollupRules = ['sum', 'mean', 'weighted_mean', 'none'] as const;
/** How a source qualifies a figure (data/SOURCES.md); the kiosk names each one beside the figure, so no other word can pass. */
export const observationStatuses = ['preliminary', 'estimate', 'approximate', 'lower_bound', 'derived', 'partial'] as const satisfies readonly ObservationStatus[];

export const regionRow = z.strictObject({
  code: regionCode,
  name: text,
  level: z.enum(regionLevels, `must be one of ${regionLevels.join(', ')}`),
  parent_code: optionalRegionCode,
  area_km2_bps: optionalNumber,
  area_km2_boundary: optionalNumber,
  centroid_lat: optionalNumber,
  centroid_lng: optionalNumber,
  postal_code: optionalText,
});

export const themeRow = z.strictObject({
  id: slug,
  name_id: text,
  name_en: text,
  icon: text,
  sort_order: integer,
});

export const indicatorRow = z.strictObject({
  id: slug,
  theme_id: slug,
  name_id: text,
  name_en: text,
  description_id: text,
  description_en: text,
  unit_id: text,
  unit_en: text,
  decimals: integer.refine((value) => value >= 0 && value <= 6, 'must be between 0 and 6'),
  rollup: z.enum(rollupRules, `must be one of ${rollupRules.join(', ')}`),
  rollup_weight: optionalText,
  higher_is_better: optionalFlag,
  min_value: optionalNumber,
  max_value: optionalNumber,
  source: text,
  licence: text,
  is_sample: flag,
  is_key: flag,
  sort_order: integer,
});

export const observationRow = z.strictObject({
  indicator_id: slug,
  region_code: regionCode,
  period,
  value: number,
  status: z
    .string()
    .trim()
    .refine((value) => value === '' || (observationStatuses as readonly string[]).includes(value), `must be empty or one of ${observationStatuses.join(', ')}`)
    .transform((value) => (value === '' ? null : (value as ObservationStatus))),
  note: optionalText,
  source: optionalText,
});

export const pointRow = z.strictObject({
  id: text,
  kind: slug,
  name: text,
  region_code: regionCode,
  budget_idr: optionalNumber.refine((value) => value === null || value >= 0, 'must not be negative'),
  progress_pct: optionalNumber.refine((value) => value === null || (value >= 0 && value <= 100), 'must be between 0 and 100'),
  lat: number.refine((value) => value >= -90 && value <= 90, 'must be a latitude (-90 to 90)'),
  lng: number.refine((value) => value >= -180 && value <= 180, 'must be a longitude (-180 to 180)'),
  period,
  source: text,
  is_sample: flag,
});

export const datasetManifest = z.strictObject({
  dataset_version: z.number().int().positive(),
  data_as_of: z.iso.date('must be an ISO date (YYYY-MM-DD)'),
  publisher: z.string().trim().min(1),
  root_code: z.string().regex(regionCodePattern, 'must be a Kemendagri code'),
  description: z.string().optional(),
});

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).rest(z.number());
const ring = z.array(position).min(4, 'a ring needs at least 4 positions');
export const polygonGeometry = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);
export const geometryFeature = z.object({
  type: z.literal('Feature'),
  properties: z.looseObject({ code: regionCode }),
  geometry: polygonGeometry,
});
export const geometryCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()),
});

export type RegionRow = z.output<typeof regionRow>;
export type ThemeRow = z.output<typeof themeRow>;
export type IndicatorRow = z.output<typeof indicatorRow>;
export type ObservationRow = z.output<typeof observationRow>;
export type PointRow = z.output<typeof pointRow>;
export type DatasetManifest = z.output<typeof datasetManifest>;
export type PolygonGeometry = z.output<typeof polygonGeometry>;
