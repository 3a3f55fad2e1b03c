import type { Worker } from 'node:worker_threads';
import { buildSnapshot, type BuildProgress } from '../snapshot/index.js';
import { openSnapshotReadOnly } from '../store/open.js';
import { readSnapshotMeta } from '../store/queries/meta.js';
import { locateRefreshWorker } from './run-build.js';

/** What the refresh job asks the worker to build, and what it gets back. Plain data: it crosses a thread boundary. */
export interface BuildRequest {
  datasetDir: string;
  outFile: string;
  expectedVersion: number;
  expectedRootCode: string;
  nativeBinding?: string;
}

export interface BuildResult {
  outFile: string;
  datasetVersion: number;
  dataAsOf: string;
  observations: number;
  /** Observation rows written (inputs and roll-ups): what the building progress counts up to. */
  rows: number;
  milliseconds: number;
}

export interface WorkerFailure {
  name: string;
  message: string;
  code: string | null;
}

export type WorkerMessage =
  | { type: 'progress'; progress: BuildProgress }
  | { type: 'done'; result: BuildResult }
  | { type: 'failed'; error: WorkerFailure };

/** The worker entry also parses observations beside a build; without it (an incomplete bundle) one thread does both. */
function parallelParse(standby?: Worker): { parallelParse?: { workerUrl: URL; standby?: Worker } } {
  try {
    return { parallelParse: { workerUrl: locateRefreshWorker(), ...(standby ? { standby } : {}) } };
  } catch {
    return {};
  }
}

/**
 * Builds and checks one snapshot on the calling thread. The builder validates, checks
 * integrity and flushes before it renames; opening the result read-only, as the kiosk
 * will, and comparing its meta with the manifest proves the file is the one we asked for.
 * `parser`: a parser thread started ahead (see worker.ts).
 */
export async function buildInThisThread(request: BuildRequest, onProgress: (progress: BuildProgress) => void, parser?: Worker): Promise<BuildResult> {
  const open = request.nativeBinding ? { nativeBinding: request.nativeBinding } : {};
  const report = await buildSnapshot({ datasetDir: request.datasetDir, outFile: request.outFile, isBundledDefault: false, onProgress, open, ...parallelParse(parser) });
  const db = openSnapshotReadOnly(request.outFile, open);
  try {
    const meta = readSnapshotMeta(db);
    if (meta.datasetVersion !== request.expectedVersion || meta.rootCode !== request.expectedRootCode) {
      throw new Error(`The built snapshot is version ${meta.datasetVersion} of ${meta.rootCode}, not version ${request.expectedVersion} of ${request.expectedRootCode}.`);
    }
  } finally {
    db.close();
  }
  return {
    outFile: request.outFile,
    datasetVersion: report.datasetVersion,
    dataAsOf: report.dataAsOf,
    observations: report.counts.inputObservations,
    rows: report.counts.observations,
    milliseconds: report.milliseconds,
  };
}
