import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { workerBuilder } from '../../../data/refresh/run-build.js';
import { RefreshScheduler, schedulePolicy } from '../../../data/refresh/scheduler.js';
import { startTestDataService, type TestDataService } from '../../fixtures/publication/data-service.js';
import { openKiosk, refreshNow } from '../../fixtures/publication/kiosk.js';
import { createBundledSnapshot, createKeys, publishExample, tempDir } from '../../fixtures/publication/publication-fixture.js';

/**
 * A crashed refresh worker: each build runs in a fresh worker thread, so "restarting" it
 * is the next run. This proves the chain: a worker that dies mid-build fails that run
 * cleanly (the kiosk keeps its data), the scheduler backs off, and the next run, in a
 * new worker, installs.
 */
const keys = createKeys();
let service: TestDataService;
let bundled: string;
let crashingWorker: URL;

beforeAll(async () => {
  bundled = await createBundledSnapshot();
  const publication = tempDir('crash-worker-pub');
  await publishExample(publication, { keys, version: 2 });
  service = await startTestDataService(publication);
  const file = path.join(tempDir('crash-worker'), 'crashing-worker.mjs');
  writeFileSync(file, 'process.exit(7);\n');
  crashingWorker = pathToFileURL(file);
});
afterAll(() => service.close());

describe('refresh worker crash', () => {
  it('fails the run with a clear fault, keeps the data, and the next run (a new worker) installs', async () => {
    let crash = true;
    const crashing = workerBuilder(crashingWorker);
    const healthy = workerBuilder();
    const app = openKiosk({
      dataDir: tempDir('crash-worker-kiosk'),
      bundledSnapshot: bundled,
      url: service.url,
      publicKey: keys.publicKey,
      refresh: { runBuild: (request, progress) => (crash ? crashing(request, progress) : healthy(request, progress)) },
    });
    try {
      const failed = await refreshNow(app);
      expect(failed.outcome).toBe('failed');
      expect(failed.status.lastError).toMatchObject({ fault: 'internal' });
      expect(failed.status.lastError?.message).toContain('stopped unexpectedly (exit code 7)');
      expect(app.store.meta.datasetVersion).toBe(1);
      crash = false;
      expect((await refreshNow(app)).outcome).toBe('installed');
      expect(app.store.meta.datasetVersion).toBe(2);
      expect(app.logFile?.tail(50).join('\n')).toContain('refresh failed (internal)');
    } finally {
      app.close();
    }
  });

  it('the scheduler backs off after each failed run and returns to the interval after a success', async () => {
    vi.useFakeTimers();
    try {
      const outcomes = [true, true, true, false];
      const delays: number[] = [];
      let last = Date.now();
      const scheduler = new RefreshScheduler(
        schedulePolicy(60),
        async () => {
          const now = Date.now();
          delays.push(now - last);
          last = now;
          return { failed: outcomes.shift() ?? false, retryAfterSeconds: null };
        },
        () => 1,
      );
      scheduler.start();
      await vi.advanceTimersByTimeAsync(10_000 + 60_000 + 120_000 + 240_000 + 66 * 60_000);
      scheduler.stop();
      // Start spread, then 1, 2, 4 minutes of backoff after failures, then the interval (+10 % jitter at random = 1).
      expect(delays).toEqual([10_000, 60_000, 120_000, 240_000, 66 * 60_000]);
    } finally {
      vi.useRealTimers();
    }
  });
});
