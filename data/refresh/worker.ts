import os from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { isObservationsParseRequest, isParserStandby, parseObservationsTo, parserStandby } from '../snapshot/observations-stream.js';
import { buildInThisThread, type BuildRequest, type WorkerMessage } from './build-job.js';
import { isBuilderStandby, locateRefreshWorker } from './run-build.js';

/**
 * Worker-thread entry (bundled to dist/refresh-worker.mjs): builds one snapshot off the
 * main thread, so the kiosk's event loop keeps answering touches during a refresh. The
 * build starts this same entry once more to parse a big observations.csv beside it
 * (data/snapshot/observations-stream.ts); a parser's failure reaches the build as the
 * thread's 'error' event.
 */
const port = parentPort;
if (!port) throw new Error('refresh worker must run in a worker thread');
const post = (message: WorkerMessage): void => port.postMessage(message);

try {
  // On Linux this lowers only this thread: on a two-core kiosk a build at full speed must yield to the UI's thread.
  os.setPriority(19);
} catch {
  // Not permitted everywhere; the build then runs at normal priority.
}

if (isObservationsParseRequest(workerData)) {
  parseObservationsTo(port, workerData);
} else if (isParserStandby(workerData)) {
  port.once('message', (request: unknown) => {
    if (isObservationsParseRequest(request)) parseObservationsTo(port, request);
  });
} else if (isBuilderStandby(workerData)) {
  // Started ahead of the next refresh: its parser thread starts now too, so neither
  // start-up (loading the code, the native module, the schemas) is on that refresh's path.
  const parser = startParserStandby();
  port.once('message', (request: BuildRequest) => void build(request, parser));
} else {
  await build(workerData as BuildRequest);
}

function startParserStandby(): Worker | undefined {
  try {
    return new Worker(locateRefreshWorker(), { workerData: parserStandby });
  } catch {
    return undefined;
  }
}

async function build(request: BuildRequest, parser?: Worker): Promise<void> {
  try {
    post({ type: 'done', result: await buildInThisThread(request, (progress) => post({ type: 'progress', progress }), parser) });
  } catch (error) {
    post({ type: 'failed', error: describeError(error) });
  }
}

function describeError(error: unknown): { name: string; message: string; code: string | null } {
  if (error instanceof Error) return { name: error.name, message: error.message, code: (error as { code?: string }).code ?? null };
  return { name: 'Error', message: String(error), code: null };
}
