import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../data/app/context.js';
import { buildInThisThread } from '../../../data/refresh/build-job.js';
import { startTestDataService, type TestDataService } from '../../fixtures/publication/data-service.js';
import { openKiosk, refreshNow } from '../../fixtures/publication/kiosk.js';
import { createBundledSnapshot, createKeys, publishExample, tempDir } from '../../fixtures/publication/publication-fixture.js';

const keys = createKeys();
let service: TestDataService;
let bundled: string;

beforeAll(async () => {
  bundled = await createBundledSnapshot();
  const publication = tempDir('pub-progress');
  await publishExample(publication, { keys, version: 2 });
  service = await startTestDataService(publication);
});

afterAll(() => service.close());

describe('refresh status while building', () => {
  it('counts the rows the builder has written', async () => {
    const building: number[] = [];
    let app: AppContext | null = null;
    // The builder runs in this thread so the status can be read at each progress step.
    app = openKiosk({
      dataDir: tempDir('kiosk-progress'),
      bundledSnapshot: bundled,
      url: service.url,
      publicKey: keys.publicKey,
      refresh: {
        runBuild: (request, onProgress) =>
          buildInThisThread(request, (progress) => {
            onProgress(progress);
            const status = app?.refresh.status();
            if (status?.phase === 'building' && status.progress) building.push(status.progress.rows);
          }),
      },
    });
    try {
      const result = await refreshNow(app);
      expect(result.outcome).toBe('installed');
      expect(building[0]).toBe(0);
      expect(building.at(-1)).toBeGreaterThan(0);
      expect(building).toEqual([...building].sort((a, b) => a - b));
    } finally {
      app.close();
    }
  });
});
