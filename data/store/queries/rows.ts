import type { IndicatorMeta, RegionRef } from '../../api/types.js';

/** Raw rows as SQLite returns them, and their mapping to the contract's types. */
export interface RegionRow {
  code: string;
  name: string;
  level: RegionRef['level'];
  parent_code: string | null;
  parent_name: string | null;
}

export const regionColumns = `r.code, r.name, r.level, r.parent_code, p.name AS parent_name`;
export const regionFrom = `regions r LEFT JOIN regions p ON p.code = r.parent_code`;

export function toRegionRef(row: RegionRow): RegionRef {
  return { code: row.code, name: row.name, level: row.level, parentCode: row.parent_code, parentName: row.parent_name };
}

export interface IndicatorRow {
  id: string;
  theme_id: string;
  name_id: string;
  name_en: string;
  description_id: string;
  description_en: string;
  unit_id: string;
  unit_en: string;
  decimals: number;
  rollup: IndicatorMeta['rollup'];
  higher_is_better: number | null;
  source: string;
  licence: string;
  is_sample: number;
}

export const indicatorColumns = `i.id, i.theme_id, i.name_id, i.name_en, i.description_id, i.description_en,
  i.unit_id, i.unit_en, i.decimals, i.rollup, i.higher_is_better, i.source, i.licence, i.is_sample`;

export function toIndicatorMeta(row: IndicatorRow): IndicatorMeta {
  return {
    id: row.id,
    themeId: row.theme_id,
    name: { id: row.name_id, en: row.name_en },
    description: { id: row.description_id, en: row.description_en },
    unit: { id: row.unit_id, en: row.unit_en },
    decimals: row.decimals,
    rollup: row.rollup,
    higherIsBetter: row.higher_is_better === null ? null : row.higher_is_better === 1,
    source: row.source,
    licence: row.licence,
    isSample: row.is_sample === 1,
  };
}
