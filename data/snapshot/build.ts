import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { migrate } from '../store/migrate.js';
import { openSnapshotForBuild, type OpenOptions } from '../store/open.js';
import { writeSnapshotMeta } from '../store/queries/meta.js';
import { checkSnapshot, checkSnapshotFile, type SnapshotCheck, type SnapshotCounts } from './check-snapshot.js';
import { ErrorCollector } from './errors.js';
import { ObservationTable } from './observation-table.js';
import { readObservationsFile } from './observations-file.js';
import { ObservationStream } from './observations-stream.js';
import { assembleDataset, datasetFiles, readDatasetFile, readDatasetHead, readDatasetTail, type Dataset } from './read-dataset.js';
import { computeRollupTable, type RollupTable } from './rollup.js';
import { validateDataset } from './validate-dataset.js';
import { SnapshotWriter } from './write-snapshot.js';

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
  /** Parse a big observations.csv in a thread started from this worker entry while writing (see buildSnapshot). */
  parallelParse?: { workerUrl: URL; minBytes?: number; batchRows?: number; standby?: Worker };
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
 * Builds a snapshot from a dataset folder. The database is built under a temporary name
 * next to the target, checked, flushed to disk and only then renamed into place, so the
 * target path never holds a partial or unchecked snapshot; any problem with the dataset
 * deletes the temporary file. Without `parallelParse` the dataset is read and validated
 * before the file is created. With it, a big observations.csv is parsed in a second
 * thread (observations-stream.ts) while this one writes the rows parsed so far; that
 * thread then reads the other files, validates the dataset and computes the roll-ups
 * (dataset-rest.ts) before this one has inserted the last rows, and finally runs the
 * integrity check beside this thread's other checks. Nothing is committed or renamed
 * before the dataset has been validated.
 */
export async function buildSnapshot(options: BuildOptions): Promise<BuildReport> {
  const started = performance.now();
  const progress = (stage: BuildStage, message: string, rows?: number): void =>
    options.onProgress?.(rows === undefined ? { stage, message } : { stage, message, rows });
  const onRows = (rows: number): void => progress('write', `wrote ${rows} observations`, rows);

  progress('read', `reading ${options.datasetDir}`);
  const stream = openObservationStream(options);
  // The temporary file and its connection, once made: removed and closed if anything fails.
  const temp: { file: string | null; db: Database.Database | null } = { file: null, db: null };
  const openTemporary = (): SnapshotWriter => {
    mkdirSync(dirname(options.outFile), { recursive: true });
    temp.file = `${options.outFile}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
    temp.db = openSnapshotForBuild(temp.file, options.open);
    migrate(temp.db);
    progress('write', 'writing', 0);
    return new SnapshotWriter(temp.db, onRows);
  };
  const discardTemporary = (): void => {
    temp.db?.close();
    temp.db = null;
    if (temp.file) {
      rmSync(temp.file, { force: true });
      removeSidecars(temp.file);
      temp.file = null;
    }
  };
  // Writing before validation is a bet that the dataset is sound. A constraint the
  // validator would have named (a repeated code, a missing weight) fails an insert first:
  // the bet is dropped, and the validator's message, or the same write after it, decides.
  const speculate = (write: () => SnapshotWriter): SnapshotWriter | null => {
    try {
      return write();
    } catch (error) {
      if (!String((error as { code?: unknown }).code).startsWith('SQLITE_CONSTRAINT')) throw error;
      discardTemporary();
      return null;
    }
  };
  try {
    let dataset: Dataset;
    let rollups: RollupTable;
    let writer: SnapshotWriter | null = null;
    if (stream) {
      // The rows go in as they are parsed, before anything else is known of the dataset;
      // the parser's thread meanwhile reads, validates and rolls up the rest.
      writer = openTemporary();
      while ((await stream.next()) !== null) {
        const streaming = writer;
        if (!streaming) continue;
        writer = speculate(() => {
          streaming.observations.streamFrom(stream.table);
          return streaming;
        });
      }
      // The other files arrive while the parser's thread validates: written on the same bet.
      const tables = await stream.tables();
      const manifest = tables.head?.manifest;
      if (tables.head && tables.tail && manifest) {
        const files = { ...tables.head, manifest, ...tables.tail };
        const streaming = writer;
        writer = streaming && speculate(() => {
          streaming.writeTables(files);
          return streaming;
        });
      } else {
        writer = null;
        discardTemporary();
      }
      progress('validate', `validating the dataset in ${options.datasetDir}`);
      const verdict = await stream.verdict();
      const errors = new ErrorCollector();
      errors.absorb(verdict.errors);
      errors.throwIfAny();
      if (!tables.head || !tables.tail || !verdict.rollups) throw new Error('unreachable: a dataset without problems has all its parts');
      dataset = assembleDataset(options.datasetDir, tables.head, stream.table, tables.tail);
      rollups = verdict.rollups;
      progress('rollup', `${rollups.length} roll-ups computed`);
      if (!writer) {
        writer = openTemporary();
        writer.writeTables(dataset);
      }
    } else {
      const errors = new ErrorCollector();
      const head = readDatasetHead(options.datasetDir, errors);
      const observations = readDatasetFile(options.datasetDir, datasetFiles.observations, errors, (path) => readObservationsFile(datasetFiles.observations, path, errors), () => new ObservationTable());
      const tail = readDatasetTail(options.datasetDir, errors);
      errors.throwIfAny();
      dataset = assembleDataset(options.datasetDir, head, observations, tail);
      progress('validate', `validating ${dataset.regions.length} regions, ${dataset.indicators.length} indicators, ${dataset.observations.length} observations`);
      validateDataset(dataset);
      progress('rollup', 'computing roll-ups');
      rollups = computeRollupTable(
        dataset.regions.map(({ row }) => row),
        dataset.manifest.root_code,
        dataset.indicators.map(({ row }) => row),
        dataset.observations,
      );
      writer = openTemporary();
      writer.writeTables(dataset);
    }
    progress('write', `writing ${dataset.observations.length + rollups.length} observations (${rollups.length} roll-ups)`);
    writer.finish(dataset, rollups);
    const { db: built, file } = temp;
    if (!built || !file) throw new Error('unreachable: a writer has its database');
    writeSnapshotMeta(built, {
      datasetVersion: dataset.manifest.dataset_version,
      dataAsOf: dataset.manifest.data_as_of,
      createdAt: (options.now?.() ?? new Date()).toISOString(),
      publisher: dataset.manifest.publisher,
      rootCode: dataset.manifest.root_code,
      isBundledDefault: options.isBundledDefault,
      sources: collectSources(dataset),
    });

    built.exec("INSERT INTO search_index (search_index) VALUES ('optimize')");
    // Sampled statistics: exact ones read every index in full (over a second at national
    // scale) and would only sharpen row estimates the screen queries do not depend on.
    built.pragma('analysis_limit = 1000');
    built.exec('ANALYZE');
    // Built without a journal (see openSnapshotForBuild); readers expect WAL, and the check verifies it.
    built.pragma('journal_mode = WAL');

    progress('check', 'checking integrity');
    let check: SnapshotCheck;
    if (stream) {
      // quick_check, most of the checking time, runs in the parser's thread on the closed
      // file while this thread runs the other checks through a connection of its own.
      closeBuilt(built);
      temp.db = null;
      const integrity = stream.integrity(file, options.open);
      check = checkSnapshotFile(file, { ...options.open, integrity: 'separately' });
      // Flushing while quick_check still runs: a file that fails is deleted all the same.
      fsyncFile(file);
      const problems = [...(await integrity), ...check.problems];
      // Both read-only connections are closed; the shared-memory files they leave are not the snapshot's.
      removeSidecars(file);
      check = { ...check, ok: problems.length === 0, problems };
    } else {
      check = checkSnapshot(built, { integrity: 'quick' });
    }
    if (!check.ok) throw new Error(`The built snapshot failed its checks:\n  - ${check.problems.join('\n  - ')}`);

    progress('finish', 'moving into place');
    if (temp.db) {
      closeBuilt(built);
      temp.db = null;
      fsyncFile(file);
    }
    // A stale -wal beside the target belongs to the file being replaced; leaving it would corrupt the new one.
    removeSidecars(options.outFile);
    renameSync(file, options.outFile);
    temp.file = null;
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
    discardTemporary();
    throw error;
  } finally {
    stream?.close();
  }
}

/** Big files only: starting a thread costs tens of milliseconds, which a small file does not win back. */
const parallelParseMinBytes = 4 << 20;

function openObservationStream(options: BuildOptions): ObservationStream | null {
  if (!options.parallelParse) return null;
  const path = join(options.datasetDir, datasetFiles.observations);
  const bytes = existsSync(path) ? statSync(path).size : 0;
  if (bytes === 0 || bytes < (options.parallelParse.minBytes ?? parallelParseMinBytes)) {
    void options.parallelParse.standby?.terminate();
    return null;
  }
  // A row of observations.csv is 40 to 50 bytes when its optional columns are empty.
  const request = { file: datasetFiles.observations, path, batchRows: options.parallelParse.batchRows ?? 1 << 16, datasetDir: options.datasetDir };
  return new ObservationStream(options.parallelParse.workerUrl, request, bytes / 40, options.parallelParse.standby);
}

/** Every distinct citation in the dataset, for the snapshot's meta and the kiosk's "sources" page. */
export function collectSources(dataset: Dataset): string[] {
  const sources = new Set<string>();
  for (const { row } of dataset.indicators) sources.add(row.source);
  for (const extras of dataset.observations.extras.values()) if (extras.source !== null) sources.add(extras.source);
  for (const { row } of dataset.points) sources.add(row.source);
  return [...sources].sort((a, b) => a.localeCompare(b));
}

/** Folds the write-ahead log into the file and closes it, so the file alone is the snapshot. */
function closeBuilt(db: Database.Database): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
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
