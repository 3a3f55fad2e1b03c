import type Database from 'better-sqlite3';
import type { RegionRef } from '../../api/types.js';
import { regionColumns, regionFrom, toRegionRef, type RegionRow } from './rows.js';

/** One region with its parent's name, by Kemendagri code. */
export function createRegionRefQuery(db: Database.Database) {
  const statement = db.prepare<[string], RegionRow>(`SELECT ${regionColumns} FROM ${regionFrom} WHERE r.code = ?`);
  return (code: string): RegionRef | undefined => {
    const row = statement.get(code);
    return row ? toRegionRef(row) : undefined;
  };
}
