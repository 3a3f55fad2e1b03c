import { numberPattern, periodPattern, regionCodePattern, regionLevels, slugPattern, type PointRow, type RegionRow } from './dataset-schema.js';

/** What a field reader returns for text it will not decide on: the row then goes through zod. */
export const undecided = Symbol('undecided');
type FieldReader = (raw: string) => unknown;

/**
 * Field readers that give exactly what the zod schema's field gives, for the text they
 * accept; anything else (surrounding spaces, odd number forms, errors) is left undecided
 * for zod, so messages and edge cases stay zod's. test/data/snapshot/fast-rows.test.ts
 * holds each reader to its zod field.
 */
export const fieldReaders = {
  regionCode: (raw: string) => (regionCodePattern.test(raw) ? raw : undecided),
  optionalRegionCode: (raw: string) => (raw === '' ? null : regionCodePattern.test(raw) ? raw : undecided),
  text: (raw: string) => {
    const trimmed = raw.trim();
    return trimmed === '' ? undecided : trimmed;
  },
  optionalText: (raw: string) => {
    const trimmed = raw.trim();
    return trimmed === '' ? null : trimmed;
  },
  optionalNumber: (raw: string) => (raw === '' ? null : numberPattern.test(raw) ? Number(raw) : undecided),
  number: (raw: string) => (numberPattern.test(raw) ? Number(raw) : undecided),
  slug: (raw: string) => (slugPattern.test(raw) ? raw : undecided),
  period: (raw: string) => (periodPattern.test(raw) ? raw : undecided),
  flag: (raw: string) => (raw === '1' ? true : raw === '0' ? false : undecided),
  oneOf: (values: readonly string[]) => (raw: string) => (values.includes(raw) ? raw : undecided),
  /** A number reader's value when within [min, max] (or null); anything else goes to zod for its message. */
  within: (read: FieldReader, min: number, max: number) => (raw: string) => {
    const value = read(raw);
    return value === null || (typeof value === 'number' && value >= min && value <= max) ? value : undecided;
  },
} satisfies Record<string, FieldReader | ((...args: never[]) => FieldReader)>;

export type FastRowReader<T> = (fields: readonly string[], header: readonly string[]) => T | null;

/**
 * A row reader for a schema whose fields are all plain (no refinements across fields):
 * the row when every field is decided, null to send the row to zod.
 */
export function compileRowReader<T>(readers: { [K in keyof T]: FieldReader }): FastRowReader<T> {
  const names = Object.keys(readers) as (keyof T & string)[];
  const fieldReaders = names.map((name) => readers[name]);
  let knownHeader: readonly string[] | null = null;
  let positions: number[] = [];
  return (fields, header) => {
    if (header !== knownHeader) {
      knownHeader = header;
      positions = names.map((name) => header.indexOf(name));
    }
    const row: Record<string, unknown> = {};
    for (let column = 0; column < names.length; column += 1) {
      const value = fieldReaders[column]!(fields[positions[column]!] ?? '');
      if (value === undecided) return null;
      row[names[column]!] = value;
    }
    return row as T;
  };
}

/** regions.csv: a country has about 92,000 rows, too many for zod's per-row cost. */
export const readRegionRow = compileRowReader<RegionRow>({
  code: fieldReaders.regionCode,
  name: fieldReaders.text,
  level: fieldReaders.oneOf(regionLevels),
  parent_code: fieldReaders.optionalRegionCode,
  area_km2_bps: fieldReaders.optionalNumber,
  area_km2_boundary: fieldReaders.optionalNumber,
  centroid_lat: fieldReaders.optionalNumber,
  centroid_lng: fieldReaders.optionalNumber,
  postal_code: fieldReaders.optionalText,
});

/** points.csv: a country's projects are thousands of rows, and zod costs more than all of them. */
export const readPointRow = compileRowReader<PointRow>({
  id: fieldReaders.text,
  kind: fieldReaders.slug,
  name: fieldReaders.text,
  region_code: fieldReaders.regionCode,
  budget_idr: fieldReaders.within(fieldReaders.optionalNumber, 0, Number.POSITIVE_INFINITY),
  progress_pct: fieldReaders.within(fieldReaders.optionalNumber, 0, 100),
  lat: fieldReaders.within(fieldReaders.number, -90, 90),
  lng: fieldReaders.within(fieldReaders.number, -180, 180),
  period: fieldReaders.period,
  source: fieldReaders.text,
  is_sample: fieldReaders.flag,
});
