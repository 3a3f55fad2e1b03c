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

/** How a build worker is started ahead of need: it waits for its BuildRequest as a message (worker.ts). */
export const builderStandby = { role: 'build-standby' } as const;

export const isBuilderStandby = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && (data as { role?: unknown }).role === builderStandby.role;

/** Build workers started ahead of need, one per worker script, waiting for their request. */
const standbys = new Map<string, Worker>();

/**
 * Starts a build worker (and, inside it, its parser thread) to wait for the next build.
 * Loading the worker's code, the native SQLite module and the schemas takes a tenth to a
 * third of a second per thread, which a refresh would otherwise spend before its first
 * row. The waiting threads are unreferenced (they never keep the process alive) and at
 * the lowest priority; one that dies while waiting is simply forgotten.
 */
function prepareStandby(workerUrl: URL): void {
  const key = workerUrl.href;
  if (standbys.has(key)) return;
  const worker = new Worker(workerUrl, { workerData: builderStandby });
  worker.unref();
  const forget = (): void => {
    if (standbys.get(key) === worker) standbys.delete(key);
  };
  worker.once('error', forget);
  worker.once('exit', forget);
  standbys.set(key, worker);
}

/** The waiting worker, now this build's (listeners of its wait removed), or null. */
function takeStandby(workerUrl: URL): Worker | null {
  const worker = standbys.get(workerUrl.href);
  if (!worker) return null;
  standbys.delete(workerUrl.href);
  worker.removeAllListeners('error');
  worker.removeAllListeners('exit');
  worker.ref();
  return worker;
}

/** Whether a build worker for this script is waiting. */
export function hasStandbyBuilder(workerUrl: URL): boolean {
  return standbys.has(workerUrl.href);
}

/** Stops the waiting build workers (tests, and a clean shutdown). */
export function stopStandbyBuilders(): Promise<void> {
  const workers = [...standbys.values()];
  standbys.clear();
  return Promise.all(workers.map((worker) => worker.terminate())).then(() => undefined);
}

/**
 * Builds in a worker thread; the main thread only relays progress. Each build has a
 * worker of its own, ended when the build is: a crashed build cannot leave anything
 * behind for the next. With `standby`, the next build's worker is started as soon as
 * one build ends, and waits.
 */
export function workerBuilder(workerUrl: URL = locateRefreshWorker(), options: { standby?: boolean } = {}): RunBuild {
  return (request, onProgress) =>
    new Promise<BuildResult>((resolve, reject) => {
      const waiting = options.standby ? takeStandby(workerUrl) : null;
      const worker = waiting ?? new Worker(workerUrl, { workerData: request });
      if (waiting) waiting.postMessage(request);
      let settled = false;
      const settle = (action: () => void): void => {
        if (settled) return;
        settled = true;
        action();
        void worker.terminate();
        if (options.standby) prepareStandby(workerUrl);
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
