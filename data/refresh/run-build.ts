import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BuildProgress } from '../snapshot/index.js';
import { RefreshFault, isDiskFull } from '../service/faults.js';
import type { BuildRequest, BuildResult, WorkerFailure, WorkerMessage } from './build-job.js';

export type RunBuild = (request: BuildRequest, onProgress: (progress: BuildProgress) => void) => Promise<BuildResult>;

/**
 * Where the worker's code is. Bundled (dist/web.mjs, dist/cli.mjs, dist/bench.mjs or
 * dist/electron/main.mjs) it is dist/refresh-worker.mjs beside or above this bundle;
 * run from TypeScript source (Vitest, tsx) it is worker-dev.mjs, which loads worker.ts
 * through tsx inside the thread.
 */
export function locateRefreshWorker(): URL {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return new URL('./worker-dev.mjs', here);
  for (const candidate of ['./refresh-worker.mjs', '../refresh-worker.mjs']) {
    const url = new URL(candidate, here);
    if (existsSync(fileURLToPath(url))) return url;
  }
  throw new Error(`The refresh worker (refresh-worker.mjs) is missing beside ${fileURLToPath(here)}; run "npm run build:node".`);
}

/** The fault a build failure stands for: bad rows are the publisher's, a full disk is ours. */
export function buildFault(error: WorkerFailure): RefreshFault {
  if (isDiskFull(error) || /SQLITE_FULL|database or disk is full|ENOSPC/i.test(error.message)) {
    return new RefreshFault('disk_full', 'The disk is full: the new snapshot could not be built. The kiosk keeps its current data; free some space.');
  }
  if (error.name === 'DatasetRejectedError') {
    return new RefreshFault('invalid_data', `The published data has errors and was refused; the kiosk keeps its current data. ${error.message.slice(0, 1500)}`);
  }
  if (/failed its checks|is version .* not version/.test(error.message)) {
    return new RefreshFault('check_failed', `The new snapshot failed its checks and was discarded; the kiosk keeps its current data. ${error.message.slice(0, 1000)}`);
  }
  return new RefreshFault('internal', `Building the new snapshot failed (${error.message.slice(0, 300)}). The kiosk keeps its current data.`);
}

/** Builds in a worker thread; the main thread only relays progress. */
export function workerBuilder(workerUrl: URL = locateRefreshWorker()): RunBuild {
  return (request, onProgress) =>
    new Promise<BuildResult>((resolve, reject) => {
      const worker = new Worker(workerUrl, { workerData: request });
      let settled = false;
      const settle = (action: () => void): void => {
        if (settled) return;
        settled = true;
        action();
        void worker.terminate();
      };
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'progress') onProgress(message.progress);
        else if (message.type === 'done') settle(() => resolve(message.result));
        else settle(() => reject(buildFault(message.error)));
      });
      worker.on('error', (error) => settle(() => reject(buildFault({ name: error.name, message: error.message, code: (error as { code?: string }).code ?? null }))));
      worker.on('exit', (code) => settle(() => reject(new RefreshFault('internal', `The snapshot builder stopped unexpectedly (exit code ${code}). The kiosk keeps its current data.`))));
    });
}
