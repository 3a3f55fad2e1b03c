import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { migrate } from '../../data/store/migrate.js';

export interface RawInsertRun {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
}

export interface RawInsertResult extends RawInsertRun {
  /** How the fastest run inserted. */
  method: string;
  /** Every way measured, so the ceiling's choice is visible. */
  runs: Record<string, RawInsertRun>;
  /** The 100-row run plus building the secondary index afterwards, as a finished snapshot needs it. */
  withSecondaryIndex: RawInsertRun;
  settings: string[];
}

/** A throwaway file's best settings: no journal, no syncs, one connection, a big page cache. */
const settings = ['locking_mode = EXCLUSIVE', 'journal_mode = OFF', 'synchronous = OFF', 'foreign_keys = OFF', 'temp_store = MEMORY', 'cache_size = -131072'];

/**
 * The ceiling the refresh is compared with: observation rows (ids, codes and periods shaped
 * like a country's) inserted into the real observations table in primary-key order, one
 * transaction, with the settings above and its secondary index dropped (an index kept up
 * to date row by row makes inserts several times slower). The values are made before the
 * clock starts, so only better-sqlite3 and SQLite are timed. Measured one row per
 * statement and 100 rows per statement; the faster counts.
 */
export function measureRawInsertRate(file: string, rows: number): RawInsertResult {
  const indicators = Array.from({ length: 50 }, (_, index) => `indikator_sintetis_${String(index).padStart(2, '0')}`);
  const periods = ['2020', '2021', '2022', '2023', '2024'];
  const regionsPerBlock = 83_800;
  // Desa codes as Kemendagri writes them: 12 desa per kecamatan, 15 kecamatan per kabupaten, 15 kabupaten per provinsi.
  const two = (n: number) => String(n).padStart(2, '0');
  const regions = Array.from({ length: regionsPerBlock }, (_, desa) => {
    const kecamatan = Math.floor(desa / 12);
    const kabupaten = Math.floor(kecamatan / 15);
    return `${11 + Math.floor(kabupaten / 15)}.${two((kabupaten % 15) + 1)}.${two((kecamatan % 15) + 1)}.${2001 + (desa % 12)}`;
  }).sort();
  const indicatorOf = new Array<string>(rows);
  const periodOf = new Array<string>(rows);
  const regionOf = new Array<string>(rows);
  const values = new Float64Array(rows);
  for (let row = 0; row < rows; row += 1) {
    const block = Math.floor(row / regionsPerBlock);
    indicatorOf[row] = indicators[Math.floor(block / periods.length) % indicators.length] ?? '';
    periodOf[row] = periods[block % periods.length] ?? '';
    regionOf[row] = regions[row % regionsPerBlock] ?? '';
    values[row] = (row % 1000) * 1.5;
  }

  const run = (batchRows: number, buildIndex: boolean): { insert: RawInsertRun; withIndex: RawInsertRun } => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
    const db = new Database(file);
    try {
      for (const setting of settings) db.pragma(setting);
      migrate(db);
      const indexSql = db.prepare<[], string>(`SELECT sql FROM sqlite_master WHERE name = 'observations_region'`).pluck().get();
      db.exec('DROP INDEX observations_region');
      const one = '(?, ?, ?, ?, 0)';
      const single = db.prepare(`INSERT INTO observations (indicator_id, region_code, period, value, is_rollup) VALUES ${one}`);
      const batch = db.prepare(`INSERT INTO observations (indicator_id, region_code, period, value, is_rollup) VALUES ${Array<string>(batchRows).fill(one).join(', ')}`);
      const params = new Array<string | number>(batchRows * 4);
      const started = performance.now();
      db.transaction(() => {
        let row = 0;
        if (batchRows > 1) {
          for (; row + batchRows <= rows; row += batchRows) {
            for (let i = 0, at = 0; i < batchRows; i += 1) {
              params[at++] = indicatorOf[row + i] ?? '';
              params[at++] = regionOf[row + i] ?? '';
              params[at++] = periodOf[row + i] ?? '';
              params[at++] = values[row + i] ?? 0;
            }
            batch.run(params);
          }
        }
        for (; row < rows; row += 1) single.run(indicatorOf[row], regionOf[row], periodOf[row], values[row]);
      })();
      const inserted = (performance.now() - started) / 1000;
      if (buildIndex && indexSql) db.exec(indexSql);
      const total = (performance.now() - started) / 1000;
      return { insert: { rows, seconds: inserted, rowsPerSecond: rows / inserted }, withIndex: { rows, seconds: total, rowsPerSecond: rows / total } };
    } finally {
      db.close();
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
    }
  };

  const singleRow = run(1, false);
  const batched = run(100, true);
  const best = batched.insert.rowsPerSecond >= singleRow.insert.rowsPerSecond ? { method: '100 rows per statement', ...batched } : { method: 'one row per statement', ...singleRow };
  return {
    ...best.insert,
    method: best.method,
    runs: { 'one row per statement': singleRow.insert, '100 rows per statement': batched.insert },
    withSecondaryIndex: batched.withIndex,
    settings,
  };
}
