import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import { migrate } from '../store/migrate.js';
import { openSnapshotForBuild, type OpenOptions } from '../store/open.js';
import { writeSnapshotMeta } from '../store/queries/meta.js';
import { checkSnapshot, type SnapshotCounts } from './check-snapshot.js';
import { ErrorCollector } from './errors.js';
import { ObservationTable } from './observation-table.js';
import { readObservationsFile } from './observations-file.js';
import { ObservationStream } from './observations-stream.js';
import { assembleDataset, datasetFiles, readDatasetFile, readDatasetHead, readDatasetTail, type Dataset } from './read-dataset.js';
import { computeRollupTable } from './rollup.js';
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
  parallelParse?: { workerUrl: URL; minBytes?: number; batchRows?: number };
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
 * before the file is created; with it, a big observations.csv is parsed in a second
 * thread (observations-stream.ts) while this one writes the other tables and the rows
 * parsed so far, and the dataset is validated once the file is read, before the rest of
 * the rows, the roll-ups and the indexes go in.
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
    const errors = new ErrorCollector();
    const head = readDatasetHead(options.datasetDir, errors);
    let writer: SnapshotWriter | null = null;
    let observations: ObservationTable;
    let tail: ReturnType<typeof readDatasetTail>;
    if (stream) {
      const tailErrors = new ErrorCollector();
      tail = readDatasetTail(options.datasetDir, tailErrors);
      // Rows are written under the parser only when the other files are sound; otherwise the parser's problems are all that is awaited.
      if (errors.count + tailErrors.count === 0 && head.manifest) {
        const { manifest } = head;
        writer = speculate(() => {
          const opened = openTemporary();
          opened.writeTables({ ...head, manifest, ...tail });
          return opened;
        });
      }
      while ((await stream.next()) !== null) {
        const streaming = writer;
        if (!streaming) continue;
        writer = speculate(() => {
          streaming.observations.streamFrom(stream.table);
          return streaming;
        });
      }
      errors.absorb(stream.errors());
      errors.absorb(tailErrors.toPlain());
      observations = stream.table;
    } else {
      observations = readDatasetFile(options.datasetDir, datasetFiles.observations, errors, (path) => readObservationsFile(datasetFiles.observations, path, errors), () => new ObservationTable());
      tail = readDatasetTail(options.datasetDir, errors);
    }
    errors.throwIfAny();
    const dataset = assembleDataset(options.datasetDir, head, observations, tail);

    progress('validate', `validating ${dataset.regions.length} regions, ${dataset.indicators.length} indicators, ${dataset.observations.length} observations`);
    validateDataset(dataset);
    progress('rollup', 'computing roll-ups');
    const rollups = computeRollupTable(
      dataset.regions.map(({ row }) => row),
      dataset.manifest.root_code,
      dataset.indicators.map(({ row }) => row),
      dataset.observations,
    );

    if (!writer) {
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
    const check = checkSnapshot(built, { integrity: 'quick' });
    if (!check.ok) throw new Error(`The built snapshot failed its checks:\n  - ${check.problems.join('\n  - ')}`);

    progress('finish', 'moving into place');
    built.pragma('wal_checkpoint(TRUNCATE)');
    built.close();
    temp.db = null;
    fsyncFile(file);
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
  if (bytes === 0 || bytes < (options.parallelParse.minBytes ?? parallelParseMinBytes)) return null;
  // A row of observations.csv is 40 to 50 bytes when its optional columns are empty.
  return new ObservationStream(options.parallelParse.workerUrl, { file: datasetFiles.observations, path, batchRows: options.parallelParse.batchRows ?? 1 << 16 }, bytes / 40);
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
