import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import { migrate } from '../store/migrate.js';
import { openSnapshotForBuild, type OpenOptions } from '../store/open.js';
import { writeSnapshotMeta } from '../store/queries/meta.js';
import { checkSnapshot, type SnapshotCounts } from './check-snapshot.js';
import { readDataset, type Dataset } from './read-dataset.js';
import { computeRollupTable } from './rollup.js';
import { validateDataset } from './validate-dataset.js';
import { writeSnapshot } from './write-snapshot.js';

export type BuildStage = 'read' | 'validate' | 'rollup' | 'write' | 'check' | 'finish';

export interface BuildProgress {
  stage: BuildStage;
  message: string;
  /** Observations written so far, during the write stage (every progressEveryRows and at its end). */
  rows?: number;
}

export interface BuildOptions {
  datasetDir: string;
  outFile: string;
  /** True only for the dataset bundled with the app; recorded in meta for the UI. */
  isBundledDefault: boolean;
  onProgress?: (progress: BuildProgress) => void;
  /** Clock for created_at; tests pin it. */
  now?: () => Date;
  open?: OpenOptions;
}

export interface BuildReport {
  outFile: string;
  datasetVersion: number;
  dataAsOf: string;
  counts: SnapshotCounts & { realIndicators: number; inputObservations: number };
  periods: { first: string; last: string; distinct: number };
  bytes: number;
  milliseconds: number;
}

/**
 * Builds a snapshot from a dataset folder. The dataset is read and validated before any
 * file is created; the database is built under a temporary name next to the target,
 * checked, flushed to disk and only then renamed into place, so the target path never
 * holds a partial or unchecked snapshot.
 */
export async function buildSnapshot(options: BuildOptions): Promise<BuildReport> {
  const started = performance.now();
  const progress = (stage: BuildStage, message: string, rows?: number): void =>
    options.onProgress?.(rows === undefined ? { stage, message } : { stage, message, rows });

  progress('read', `reading ${options.datasetDir}`);
  const dataset = readDataset(options.datasetDir);
  progress('validate', `validating ${dataset.regions.length} regions, ${dataset.indicators.length} indicators, ${dataset.observations.length} observations`);
  validateDataset(dataset);

  progress('rollup', 'computing roll-ups');
  const rollups = computeRollupTable(
    dataset.regions.map(({ row }) => row),
    dataset.manifest.root_code,
    dataset.indicators.map(({ row }) => row),
    dataset.observations,
  );

  mkdirSync(dirname(options.outFile), { recursive: true });
  const tmpFile = `${options.outFile}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  let db: Database.Database | null = null;
  try {
    db = openSnapshotForBuild(tmpFile, options.open);
    migrate(db);
    const total = dataset.observations.length + rollups.length;
    progress('write', `writing ${total} observations (${rollups.length} roll-ups)`, 0);
    writeSnapshot(db, dataset, rollups, (rows) => progress('write', `wrote ${rows} of ${total} observations`, rows));
    writeSnapshotMeta(db, {
      datasetVersion: dataset.manifest.dataset_version,
      dataAsOf: dataset.manifest.data_as_of,
      createdAt: (options.now?.() ?? new Date()).toISOString(),
      publisher: dataset.manifest.publisher,
      rootCode: dataset.manifest.root_code,
      isBundledDefault: options.isBundledDefault,
      sources: collectSources(dataset),
    });

    db.exec("INSERT INTO search_index (search_index) VALUES ('optimize')");
    // Sampled statistics: exact ones read every index in full (over a second at national
    // scale) and would only sharpen row estimates the screen queries do not depend on.
    db.pragma('analysis_limit = 1000');
    db.exec('ANALYZE');
    // Built without a journal (see openSnapshotForBuild); readers expect WAL, and the check verifies it.
    db.pragma('journal_mode = WAL');

    progress('check', 'checking integrity');
    const check = checkSnapshot(db, { integrity: 'quick' });
    if (!check.ok) throw new Error(`The built snapshot failed its checks:\n  - ${check.problems.join('\n  - ')}`);

    progress('finish', 'moving into place');
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    db = null;
    fsyncFile(tmpFile);
    // A stale -wal beside the target belongs to the file being replaced; leaving it would corrupt the new one.
    removeSidecars(options.outFile);
    renameSync(tmpFile, options.outFile);
    fsyncDirectory(dirname(options.outFile));

    const periods = [...dataset.observations.periods].sort();
    return {
      outFile: options.outFile,
      datasetVersion: dataset.manifest.dataset_version,
      dataAsOf: dataset.manifest.data_as_of,
      counts: {
        ...check.counts,
        realIndicators: check.counts.indicators - check.counts.sampleIndicators,
        inputObservations: dataset.observations.length,
      },
      periods: { first: periods[0] ?? '', last: periods.at(-1) ?? '', distinct: periods.length },
      bytes: statSync(options.outFile).size,
      milliseconds: Math.round(performance.now() - started),
    };
  } catch (error) {
    db?.close();
    rmSync(tmpFile, { force: true });
    removeSidecars(tmpFile);
    throw error;
  }
}

/** Every distinct citation in the dataset, for the snapshot's meta and the kiosk's "sources" page. */
export function collectSources(dataset: Dataset): string[] {
  const sources = new Set<string>();
  for (const { row } of dataset.indicators) sources.add(row.source);
  for (const extras of dataset.observations.extras.values()) if (extras.source !== null) sources.add(extras.source);
  for (const { row } of dataset.points) sources.add(row.source);
  return [...sources].sort((a, b) => a.localeCompare(b));
}

function removeSidecars(file: string): void {
  rmSync(`${file}-wal`, { force: true });
  rmSync(`${file}-shm`, { force: true });
}

function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes the rename durable; directories cannot be fsynced on Windows, where NTFS journals the rename itself. */
function fsyncDirectory(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
