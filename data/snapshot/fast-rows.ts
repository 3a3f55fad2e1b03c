import { numberPattern, regionCodePattern, regionLevels, type RegionRow } from './dataset-schema.js';

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
  oneOf: (values: readonly string[]) => (raw: string) => (values.includes(raw) ? raw : undecided),
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
