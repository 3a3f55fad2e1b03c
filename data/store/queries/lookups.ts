import type Database from 'better-sqlite3';
import type { IndicatorMeta, MapLevel, RegionRef } from '../../api/types.js';
import { indicatorColumns, regionColumns, regionFrom, toIndicatorMeta, toRegionRef, type IndicatorRow, type RegionRow } from './rows.js';

/** Point lookups every screen query starts with: one region, one indicator. */
export function createLookups(db: Database.Database) {
  const region = db.prepare<[string], RegionRow>(`SELECT ${regionColumns} FROM ${regionFrom} WHERE r.code = ?`);
  const indicator = db.prepare<[string], IndicatorRow>(`SELECT ${indicatorColumns} FROM indicators i WHERE i.id = ?`);
  return {
    region: (code: string): RegionRef | undefined => {
      const row = region.get(code);
      return row ? toRegionRef(row) : undefined;
    },
    indicator: (id: string): IndicatorMeta | undefined => {
      const row = indicator.get(id);
      return row ? toIndicatorMeta(row) : undefined;
    },
  };
}

export type Lookups = ReturnType<typeof createLookups>;

/** Depth in the Kemendagri hierarchy; desa and kelurahan share a depth, as do kabupaten and kota. */
export const levelDepth: Record<RegionRef['level'], number> = {
  provinsi: 1,
  kabupaten: 2,
  kota: 2,
  kecamatan: 3,
  desa: 4,
  kelurahan: 4,
};

export const mapLevelDepth: Record<MapLevel, number> = { kecamatan: 3, desa: 4 };

/** SQL list of the region levels a map level shows (a desa map includes kelurahan). */
export const mapLevelSql: Record<MapLevel, string> = {
  kecamatan: `('kecamatan')`,
  desa: `('desa', 'kelurahan')`,
};

/** Reads the snapshot's root region code once; a snapshot never changes after it is built. */
export function readRootCode(db: Database.Database): string | null {
  const row = db.prepare<[], { value: string }>(`SELECT value FROM meta WHERE key = 'root_code'`).get();
  return row?.value ?? null;
}
