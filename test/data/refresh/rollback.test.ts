import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushEvent } from '../../../data/api/contract.js';
import type { RollbackResult } from '../../../data/api/types.js';
import { closedPortUrl, startTestDataService, type TestDataService } from '../../fixtures/publication/data-service.js';
import { activeFileName, openKiosk, overview, refreshNow, refreshStatus } from '../../fixtures/publication/kiosk.js';
import { createBundledSnapshot, createKeys, publishExample, tempDir } from '../../fixtures/publication/publication-fixture.js';

const keys = createKeys();
let bundled: string;
let service: TestDataService;
let publication: string;

beforeAll(async () => {
  bundled = await createBundledSnapshot();
  publication = tempDir('rollback-pub');
  await publishExample(publication, { keys, version: 2 });
  service = await startTestDataService(publication);
});

afterAll(() => service.close());

const snapshotFiles = (dataDir: string) => readdirSync(path.join(dataDir, 'snapshots')).filter((name) => name.endsWith('.sqlite')).sort();

describe('rollback', () => {
  it('switches to the previous good snapshot, is the only way back, and keeps two good snapshots', async () => {
    const dataDir = tempDir('rollback-kiosk');
    const kiosk = { dataDir, bundledSnapshot: bundled, url: service.url, publicKey: keys.publicKey };
    const app = openKiosk(kiosk);
    const events: PushEvent[] = [];
    app.events.subscribe((event) => events.push(event));

    expect((await refreshNow(app)).outcome).toBe('installed');
    await publishExample(publication, { keys, version: 3 });
    expect((await refreshNow(app)).outcome).toBe('installed');
    expect(snapshotFiles(dataDir)).toEqual(['snapshot-v2.sqlite', 'snapshot-v3.sqlite']);
    expect((await refreshStatus(app)).rollbackVersion).toBe(2);
    expect(events.filter((event) => event.name === 'snapshot.changed').map((event) => (event.payload as { datasetVersion: number }).datasetVersion)).toEqual([2, 3]);
    const phases = events.filter((event) => event.name === 'refresh.status').map((event) => (event.payload as { phase: string }).phase);
    expect(phases).toEqual(expect.arrayContaining(['checking', 'downloading', 'verifying', 'building', 'switching', 'idle']));

    const rolledBack = await app.request('snapshot.rollback', { fromVersion: 3 });
    expect(rolledBack).toEqual({ ok: true, value: { fromVersion: 3, toVersion: 2, dataAsOf: '2025-06-30' } satisfies RollbackResult });
    expect(app.store.meta.datasetVersion).toBe(2);
    expect(activeFileName(dataDir)).toBe('snapshot-v2.sqlite');
    expect(events.at(-2)).toEqual({ name: 'snapshot.changed', payload: { datasetVersion: 2, dataAsOf: '2025-06-30' } });

    // A second click on the same button does nothing rather than rolling back further.
    const again = await app.request('snapshot.rollback', { fromVersion: 3 });
    expect(again).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(/already changed/) } });

    // The rolled-back version is not installed again by the refresh job…
    const refreshed = await refreshNow(app);
    expect(refreshed.outcome).toBe('up_to_date');
    expect(refreshed.status.note).toMatch(/Version 3 was rolled back/);
    expect(app.store.meta.datasetVersion).toBe(2);

    // …but a newer one is, and survives a restart.
    await publishExample(publication, { keys, version: 4 });
    expect((await refreshNow(app)).outcome).toBe('installed');
    app.close();
    const restarted = openKiosk(kiosk);
    expect(restarted.store.meta.datasetVersion).toBe(4);
    expect((await overview(restarted)).keyFigures.length).toBeGreaterThan(0);
    expect(snapshotFiles(dataDir)).toEqual(['snapshot-v2.sqlite', 'snapshot-v4.sqlite']);
    restarted.close();
  });

  it('refuses when there is nothing older to go back to', async () => {
    const app = openKiosk({ dataDir: tempDir('rollback-none'), bundledSnapshot: bundled, url: service.url, publicKey: keys.publicKey });
    const result = await app.request('snapshot.rollback', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(/no good snapshot older than version 1/) } });
    expect(app.store.meta.datasetVersion).toBe(1);
    app.close();
  });

  it('refuses bad arguments before doing anything', async () => {
    const app = openKiosk({ dataDir: tempDir('rollback-args'), bundledSnapshot: bundled, url: service.url, publicKey: keys.publicKey });
    for (const args of [{ fromVersion: -1 }, { fromVersion: 'three' }, { to: 2 }]) {
      const result = await app.request('snapshot.rollback', args);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    }
    expect((await app.request('refresh.now', { force: true })).ok).toBe(false);
    app.close();
  });
});

describe('offline first', () => {
  it('starts on the bundled default without a network and says how old its data is', async () => {
    const dataDir = tempDir('offline-kiosk');
    const app = openKiosk({ dataDir, bundledSnapshot: bundled, url: await closedPortUrl(), publicKey: keys.publicKey });
    const before = await refreshStatus(app);
    expect(before).toMatchObject({ phase: 'idle', activeVersion: 1, dataAsOf: '2025-06-30', isBundledDefault: true, lastSuccessAt: null, lastError: null, configured: true });
    const result = await refreshNow(app);
    expect(result.status).toMatchObject({ phase: 'failed', activeVersion: 1, isBundledDefault: true, lastSuccessAt: null, lastError: { fault: 'unreachable' } });
    expect((await overview(app)).keyFigures.length).toBeGreaterThan(0);
    app.close();
  });

  it('without a configured service the status says so and the kiosk runs on what it has', async () => {
    const app = openKiosk({ dataDir: tempDir('unconfigured'), bundledSnapshot: bundled, url: null, publicKey: null });
    const status = await refreshStatus(app);
    expect(status.configured).toBe(false);
    expect(status.note).toMatch(/No data service is configured/);
    expect((await refreshNow(app)).outcome).toBe('failed');
    app.close();
  });

  it('a malformed public key is a clear configuration fault', async () => {
    const app = openKiosk({ dataDir: tempDir('badkey'), bundledSnapshot: bundled, url: service.url, publicKey: 'not-a-key' });
    expect((await refreshStatus(app)).note).toMatch(/not an Ed25519 key/);
    app.close();
  });
});
