import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { BuildRequest } from '../../../data/refresh/build-job.js';
import { hasStandbyBuilder, locateRefreshWorker, stopStandbyBuilders, workerBuilder } from '../../../data/refresh/run-build.js';
import { buildSnapshot } from '../../../data/snapshot/index.js';
import { parserStandby } from '../../../data/snapshot/observations-stream.js';
import { defaultDatasetDir, tempDir } from '../snapshot/helpers.js';

afterEach(() => stopStandbyBuilders());

const request = (outFile: string): BuildRequest => ({ datasetDir: defaultDatasetDir, outFile, expectedVersion: 1, expectedRootCode: '35.10' });

const observationCount = (file: string): number => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT COUNT(*) FROM observations').pluck().get() as number;
  } finally {
    db.close();
  }
};

describe('build workers started ahead of the next refresh', () => {
  it('wait after a build, take the next one, and build the same snapshot as a fresh worker', async () => {
    const url = locateRefreshWorker();
    const dir = tempDir('anjungan-standby-');
    const fresh = await workerBuilder(url)(request(join(dir, 'fresh.sqlite')), () => {});
    expect(hasStandbyBuilder(url)).toBe(false);

    const build = workerBuilder(url, { standby: true });
    const first = await build(request(join(dir, 'first.sqlite')), () => {});
    expect(hasStandbyBuilder(url)).toBe(true);
    const stages: string[] = [];
    const second = await build(request(join(dir, 'second.sqlite')), (progress) => stages.push(progress.stage));
    expect(stages).toContain('check');
    for (const result of [first, second]) expect({ ...result, outFile: '', milliseconds: 0 }).toEqual({ ...fresh, outFile: '', milliseconds: 0 });
    expect(observationCount(join(dir, 'second.sqlite'))).toBe(observationCount(join(dir, 'fresh.sqlite')));
    // Still one waiting worker, not one per build.
    expect(hasStandbyBuilder(url)).toBe(true);
    await stopStandbyBuilders();
    expect(hasStandbyBuilder(url)).toBe(false);
  });

  it('forget a waiting worker that dies, so the next build starts a fresh one and reports its fault', async () => {
    const crashing = pathToFileURL(join(tempDir('anjungan-standby-crash-'), 'crash.mjs'));
    writeFileSync(crashing, 'process.exit(7);\n');
    const build = workerBuilder(crashing, { standby: true });
    const out = join(tempDir('anjungan-standby-out-'), 'snapshot.sqlite');
    await expect(build(request(out), () => {})).rejects.toThrow(/exit code 7/);
    await expect.poll(() => hasStandbyBuilder(crashing)).toBe(false);
    await expect(build(request(out), () => {})).rejects.toThrow(/exit code 7/);
  });

  it('hand a waiting parser thread its file as a message', async () => {
    const outDir = tempDir('anjungan-standby-parser-');
    const workerUrl = locateRefreshWorker();
    const standby = new Worker(workerUrl, { workerData: parserStandby });
    const report = await buildSnapshot({ datasetDir: defaultDatasetDir, outFile: join(outDir, 'parallel.sqlite'), isBundledDefault: false, parallelParse: { workerUrl, minBytes: 0, standby } });
    const reference = await buildSnapshot({ datasetDir: defaultDatasetDir, outFile: join(outDir, 'one-thread.sqlite'), isBundledDefault: false });
    expect(report.counts).toEqual(reference.counts);
    await standby.terminate();
  });
});
