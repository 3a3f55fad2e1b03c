import type Database from 'better-sqlite3';
import { latestSchemaVersion } from '../store/migrations/index.js';
import { openSnapshotReadOnly, type OpenOptions } from '../store/open.js';
import { metaKeys } from '../store/queries/meta.js';

export interface SnapshotCounts {
  regions: number;
  geometries: number;
  themes: number;
  indicators: number;
  sampleIndicators: number;
  observations: number;
  rollups: number;
  points: number;
  searchRows: number;
}

export interface SnapshotCheck {
  ok: boolean;
  /** Plain sentences; empty when ok. */
  problems: string[];
  counts: SnapshotCounts;
}

export interface CheckOptions {
  /**
   * 'full' runs integrity_check; 'quick' runs quick_check, which verifies every page, the
   * b-tree structure and each record but not that each index entry matches its table row.
   * The builder uses 'quick' on the file it has just written: it created each index from
   * its table in that same connection, and comparing the two (O(n log n), most of a
   * national build's check) would only find a fault of SQLite itself. What a bad disk or
   * an interrupted write leaves behind, quick_check finds. 'separately': the caller runs
   * integrityProblems on the closed file itself, in another thread, beside these checks.
   */
  integrity?: 'full' | 'quick' | 'separately';
}

/**
 * Integrity and sanity checks of a built snapshot, run by the builder before it renames
 * a file into place (the refresh job builds through it). A snapshot that fails any of
 * them must never become the active one.
 */
export function checkSnapshot(db: Database.Database, options: CheckOptions = {}): SnapshotCheck {
  const problems: string[] = [];
  const count = (sql: string): number => (db.prepare(sql).pluck().get() as number | undefined) ?? 0;

  if (options.integrity !== 'separately') problems.push(...integrityCheck(db, options.integrity ?? 'full'));
  // Observations, the one big table, are checked below through their indexes instead of row by row.
  const tables = db.prepare<[], string>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'observations' ORDER BY name`).pluck().all();
  const foreignKeys = tables.flatMap((table) => db.pragma(`foreign_key_check("${table.replaceAll('"', '""')}")`) as { table: string; rowid: number | null; parent: string }[]);
  if (foreignKeys.length > 0) {
    const first = foreignKeys[0];
    problems.push(`foreign_key_check: ${foreignKeys.length} row(s) point at missing keys (first: ${first?.table} → ${first?.parent})`);
  }
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version !== latestSchemaVersion) problems.push(`schema version is ${version}, expected ${latestSchemaVersion}`);
  const journal = db.pragma('journal_mode', { simple: true }) as string;
  if (journal !== 'wal') problems.push(`journal_mode is ${journal}, expected wal`);

  const meta = new Map(db.prepare<[], { key: string; value: string }>('SELECT key, value FROM meta').all().map((row) => [row.key, row.value]));
  const missingMeta = metaKeys.filter((key) => !meta.has(key));
  if (missingMeta.length > 0) problems.push(`meta lacks ${missingMeta.join(', ')}`);
  const root = meta.get('root_code');
  if (root !== undefined && db.prepare('SELECT COUNT(*) FROM regions WHERE code = ?').pluck().get(root) !== 1) {
    problems.push(`the root region ${root} is not in regions`);
  }

  // One pass over the big table for both of its counts, rather than the index and then the table.
  const observationCounts = db.prepare<[], { rows: number; rollups: number | null }>('SELECT COUNT(*) AS rows, SUM(is_rollup) AS rollups FROM observations').get();
  const counts: SnapshotCounts = {
    regions: count('SELECT COUNT(*) FROM regions'),
    geometries: count('SELECT COUNT(*) FROM region_geometry'),
    themes: count('SELECT COUNT(*) FROM themes'),
    indicators: count('SELECT COUNT(*) FROM indicators'),
    sampleIndicators: count('SELECT COUNT(*) FROM indicators WHERE is_sample = 1'),
    observations: observationCounts?.rows ?? 0,
    rollups: observationCounts?.rollups ?? 0,
    points: count('SELECT COUNT(*) FROM points'),
    searchRows: count('SELECT COUNT(*) FROM search_index'),
  };
  for (const table of ['regions', 'themes', 'indicators', 'observations'] as const) {
    if (counts[table] === 0) problems.push(`${table} is empty`);
  }

  // foreign_key_check covers these when enforced; stated again so the checks hold whatever the pragmas were at build time.
  const orphanRegions = count('SELECT COUNT(*) FROM regions r WHERE r.parent_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM regions p WHERE p.code = r.parent_code)');
  if (orphanRegions > 0) problems.push(`${orphanRegions} region(s) have a parent that does not exist`);
  // Distinct values first (a seek per indicator through the primary key, one pass over the
  // region index): millions of rows name only tens of indicators and thousands of regions.
  const missingIndicators = count(`
    WITH RECURSIVE ids(id) AS (
      SELECT MIN(indicator_id) FROM observations
      UNION ALL SELECT (SELECT MIN(indicator_id) FROM observations WHERE indicator_id > ids.id) FROM ids WHERE ids.id IS NOT NULL
    )
    SELECT COUNT(*) FROM ids WHERE id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM indicators i WHERE i.id = ids.id)`);
  if (missingIndicators > 0) {
    const rows = count('SELECT COUNT(*) FROM observations o WHERE NOT EXISTS (SELECT 1 FROM indicators i WHERE i.id = o.indicator_id)');
    problems.push(`${rows} observation(s) name an indicator that does not exist`);
  }
  const missingRegions = count(`SELECT COUNT(*) FROM (SELECT DISTINCT region_code AS code FROM observations) d
    WHERE NOT EXISTS (SELECT 1 FROM regions r WHERE r.code = d.code)`);
  if (missingRegions > 0) {
    const rows = count('SELECT COUNT(*) FROM observations o WHERE NOT EXISTS (SELECT 1 FROM regions r WHERE r.code = o.region_code)');
    problems.push(`${rows} observation(s) name a region that does not exist`);
  }
  const orphanTheme = count('SELECT COUNT(*) FROM indicators i WHERE NOT EXISTS (SELECT 1 FROM themes t WHERE t.id = i.theme_id)');
  if (orphanTheme > 0) problems.push(`${orphanTheme} indicator(s) name a theme that does not exist`);
  const orphanPoint = count('SELECT COUNT(*) FROM points p WHERE NOT EXISTS (SELECT 1 FROM regions r WHERE r.code = p.region_code)');
  if (orphanPoint > 0) problems.push(`${orphanPoint} point(s) name a region that does not exist`);
  const searchable = count("SELECT COUNT(*) FROM search_index WHERE kind = 'indicator'");
  if (searchable !== counts.indicators * 2) problems.push(`search_index has ${searchable} indicator rows, expected ${counts.indicators * 2}`);

  return { ok: problems.length === 0, problems, counts };
}

/** SQLite's own check of every page and b-tree; the problems it names, none when the file is sound. */
export function integrityCheck(db: Database.Database, kind: 'full' | 'quick'): string[] {
  const pragma = kind === 'quick' ? 'quick_check' : 'integrity_check';
  let integrity: string[];
  try {
    integrity = (db.pragma(pragma) as Record<string, string>[]).map((row) => Object.values(row)[0] ?? '');
  } catch (error) {
    // A page damaged badly enough stops the check itself (SQLITE_CORRUPT): that is its finding.
    return [`${pragma}: ${(error as Error).message}`];
  }
  return integrity.length === 1 && integrity[0] === 'ok' ? [] : [`${pragma}: ${integrity.slice(0, 5).join('; ')}`];
}

/** quick_check of a closed snapshot file, through a read-only connection of its own (see CheckOptions). */
export function integrityProblems(file: string, options: OpenOptions = {}): string[] {
  let db: Database.Database;
  try {
    db = openSnapshotReadOnly(file, options);
  } catch (error) {
    return [`cannot open ${file}: ${(error as Error).message}`];
  }
  try {
    return integrityCheck(db, 'quick');
  } finally {
    db.close();
  }
}

/** Opens a snapshot file read-only and checks it; a file that cannot be opened is a failed check, not an exception. */
export function checkSnapshotFile(file: string, options: OpenOptions & CheckOptions = {}): SnapshotCheck {
  let db: Database.Database;
  try {
    db = openSnapshotReadOnly(file, options);
  } catch (error) {
    return { ok: false, problems: [`cannot open ${file}: ${(error as Error).message}`], counts: emptyCounts() };
  }
  try {
    return checkSnapshot(db, options);
  } finally {
    db.close();
  }
}

function emptyCounts(): SnapshotCounts {
  return { regions: 0, geometries: 0, themes: 0, indicators: 0, sampleIndicators: 0, observations: 0, rollups: 0, points: 0, searchRows: 0 };
}
