import type { RefreshRunResult } from '../../../data/api/types.js';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RefreshFaultKind } from '../../../data/api/types.js';
import type { AppContextOptions } from '../../../data/app/context.js';
import { closedPortUrl, startTestDataService, type FaultHook, type TestDataService } from '../../fixtures/publication/data-service.js';
import { activeFileName, openKiosk, overview, refreshNow, refreshStatus } from '../../fixtures/publication/kiosk.js';
import {
  createBundledSnapshot, createKeys, exampleFiles, forgePublication, publishExample, tempDir,
} from '../../fixtures/publication/publication-fixture.js';

/**
 * The fault suite: a real data service on 127.0.0.1 misbehaving in every way the issue
 * lists, against a kiosk that already runs a published version 2 (with the bundled
 * version 1 as its rollback target). After every fault the kiosk must still show
 * version 2, name the fault in its status, keep both good snapshots, leave no debris,
 * and start again cleanly.
 */
const keys = createKeys();
const otherKeys = createKeys();
let bundled: string;
let service: TestDataService;
let pubV2: string;
let pubV3: string;
let kioskTemplate: string;

beforeAll(async () => {
  bundled = await createBundledSnapshot();
  pubV2 = tempDir('pub-v2');
  await publishExample(pubV2, { keys, version: 2 });
  pubV3 = tempDir('pub-v3');
  await publishExample(pubV3, { keys, version: 3 });
  service = await startTestDataService(pubV2);
  kioskTemplate = tempDir('kiosk-template');
  const app = openKiosk({ dataDir: kioskTemplate, bundledSnapshot: bundled, url: service.url, publicKey: keys.publicKey });
  const installed = await refreshNow(app);
  app.close();
  if (installed.outcome !== 'installed') throw new Error(`setup could not install version 2: ${JSON.stringify(installed.status.lastError)}`);
});

afterAll(() => service.close());

afterEach(() => {
  service.fault = null;
  service.requests.length = 0;
  service.serve(pubV2);
});

function kioskCopy(): string {
  const dir = tempDir('kiosk');
  cpSync(kioskTemplate, dir, { recursive: true });
  return dir;
}

const goodFiles = (dataDir: string) => readdirSync(path.join(dataDir, 'snapshots')).filter((name) => name.endsWith('.sqlite')).sort();

interface FaultCase {
  publication?: string;
  fault?: FaultHook;
  url?: string;
  refresh?: AppContextOptions['refresh'];
}

async function expectFault(setup: FaultCase, kind: RefreshFaultKind, says: RegExp): Promise<void> {
  const dataDir = kioskCopy();
  if (setup.publication) service.serve(setup.publication);
  service.fault = setup.fault ?? null;
  const kiosk = { dataDir, bundledSnapshot: bundled, url: setup.url ?? service.url, publicKey: keys.publicKey };
  const app = openKiosk({ ...kiosk, ...(setup.refresh ? { refresh: setup.refresh } : {}) });
  const filesBefore = goodFiles(dataDir);
  const result = await refreshNow(app);
  expect(result.outcome).toBe('failed');
  expect(result.status.phase).toBe('failed');
  expect(result.status.lastError?.fault).toBe(kind);
  expect(result.status.lastError?.message).toMatch(says);
  expect(result.status.activeVersion).toBe(2);
  expect((await overview(app)).keyFigures.length).toBeGreaterThan(0);
  app.close();
  service.fault = null;

  // Nothing lost, nothing left behind, and the next start is clean.
  expect(goodFiles(dataDir)).toEqual(filesBefore);
  expect(activeFileName(dataDir)).toBe('snapshot-v2.sqlite');
  expect(existsSync(path.join(dataDir, 'staging'))).toBe(false);
  const restarted = openKiosk(kiosk);
  try {
    expect(restarted.store.meta.datasetVersion).toBe(2);
    expect((await overview(restarted)).keyFigures.length).toBeGreaterThan(0);
    const status = await refreshStatus(restarted);
    expect(status.lastError?.fault).toBe(kind);
    expect(status.rollbackVersion).toBe(1);
    expect(readdirSync(path.join(dataDir, 'snapshots')).filter((name) => name.startsWith('building-') || name.endsWith('.tmp'))).toEqual([]);
  } finally {
    restarted.close();
  }
}

const v3Observations = () => readFileSync(path.join(pubV3, 'v3', 'observations.csv.gz'));

describe('refresh fault suite', () => {
  it('service down', async () => {
    await expectFault({ url: await closedPortUrl() }, 'unreachable', /could not be reached/);
  });

  it('timeout: the service never answers', async () => {
    await expectFault({ publication: pubV3, fault: (_req, _res, p) => p === '/manifest.json' }, 'timeout', /did not answer/);
  });

  it('timeout: a trickling body', async () => {
    const body = v3Observations();
    const trickle: FaultHook = (_req, res, p) => {
      if (p !== '/v3/observations.csv.gz') return false;
      res.writeHead(200, { 'Content-Length': body.length });
      let sent = 0;
      const timer = setInterval(() => {
        if (res.destroyed || sent >= body.length) return clearInterval(timer);
        res.write(body.subarray(sent, sent + 1));
        sent += 1;
      }, 200);
      res.on('close', () => clearInterval(timer));
      return true;
    };
    await expectFault({ publication: pubV3, fault: trickle }, 'timeout', /longer than 3 s in total/);
  });

  it.each([
    [404, 'http_status', /HTTP 404/],
    [429, 'rate_limited', /HTTP 429, retry after 120 s/],
    [500, 'http_status', /HTTP 500/],
  ] as const)('HTTP %i', async (status, kind, says) => {
    const hook: FaultHook = (_req, res, p) => {
      if (p !== '/manifest.json') return false;
      res.writeHead(status, status === 429 ? { 'Retry-After': '120' } : {}).end();
      return true;
    };
    await expectFault({ publication: pubV3, fault: hook }, kind, says);
  });

  it('truncated file', async () => {
    const body = v3Observations();
    const cut: FaultHook = (_req, res, p) => {
      if (p !== '/v3/observations.csv.gz') return false;
      res.writeHead(200, { 'Content-Length': body.length });
      res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.destroy());
      return true;
    };
    await expectFault({ publication: pubV3, fault: cut }, 'truncated', /incomplete/);
  });

  it('wrong hash', async () => {
    const body = Buffer.from(v3Observations());
    body[body.length - 9] = (body[body.length - 9] ?? 0) ^ 0xff;
    const altered: FaultHook = (_req, res, p) => {
      if (p !== '/v3/observations.csv.gz') return false;
      res.writeHead(200, { 'Content-Length': body.length }).end(body);
      return true;
    };
    await expectFault({ publication: pubV3, fault: altered }, 'hash_mismatch', /observations\.csv does not match the manifest/);
  });

  it('bad signature: signed with another key', async () => {
    const dir = tempDir('pub-otherkey');
    await publishExample(dir, { keys: otherKeys, version: 3 });
    await expectFault({ publication: dir }, 'bad_signature', /signature does not match/);
  });

  it('bad signature: manifest changed after signing', async () => {
    const dir = tempDir('pub-tampered');
    cpSync(pubV3, dir, { recursive: true });
    const file = path.join(dir, 'manifest.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/"expiresAt": "[^"]+"/, '"expiresAt": "2099-01-01T00:00:00.000Z"'));
    await expectFault({ publication: dir }, 'bad_signature', /signature does not match/);
  });

  it('missing signature', async () => {
    const hook: FaultHook = (_req, res, p) => (p === '/manifest.sig' ? (res.writeHead(404).end(), true) : false);
    await expectFault({ publication: pubV3, fault: hook }, 'missing_signature', /no signature/);
  });

  it('expired manifest', async () => {
    const dir = tempDir('pub-expired');
    await publishExample(dir, { keys, version: 3, now: new Date(Date.now() - 40 * 86_400_000), expiresInDays: 30 });
    await expectFault({ publication: dir }, 'expired', /expired on/);
  });

  it('older version (replay)', async () => {
    const dir = tempDir('pub-v1');
    await publishExample(dir, { keys, version: 1 });
    await expectFault({ publication: dir }, 'replay', /older than the active version 2/);
  });

  it('equal version with other content (replay)', async () => {
    const dir = tempDir('pub-v2-again');
    await publishExample(dir, { keys, version: 2, edit: (d) => writeFileSync(path.join(d, 'points.csv'), 'id,kind,name,region_code,budget_idr,progress_pct,lat,lng,period,source,is_sample\n') });
    await expectFault({ publication: dir }, 'replay', /version 2 again, but with content other/);
  });

  it('absurdly high version', async () => {
    const dir = tempDir('pub-huge');
    forgePublication(dir, { keys, version: 2 ** 41, files: exampleFiles(3) });
    await expectFault({ publication: dir }, 'version_too_high', /above the highest version/);
  });

  it('files of two versions mixed: an old file under the new version', async () => {
    const old = readFileSync(path.join(pubV2, 'v2', 'observations.csv.gz'));
    const stale: FaultHook = (_req, res, p) => {
      if (p !== '/v3/observations.csv.gz') return false;
      res.writeHead(200, { 'Content-Length': old.length }).end(old);
      return true;
    };
    await expectFault({ publication: pubV3, fault: stale }, 'hash_mismatch', /belongs to another version/);
  });

  it('files of two versions mixed: a signed manifest over another version\'s dataset', async () => {
    const dir = tempDir('pub-mixed');
    forgePublication(dir, { keys, version: 3, files: exampleFiles(2) });
    await expectFault({ publication: dir }, 'mixed_versions', /mixes files of two versions/);
  });

  it('malformed rows', async () => {
    const files = exampleFiles(3);
    files['observations.csv'] = `${files['observations.csv']}penduduk,35.10.07.2001,2025,banyak,,,\n`;
    const dir = tempDir('pub-malformed');
    forgePublication(dir, { keys, version: 3, files });
    await expectFault({ publication: dir }, 'invalid_data', /observations\.csv:42 \[value\] must be a number/);
  });

  it('oversized payload: the manifest declares more than the kiosk accepts', async () => {
    await expectFault({ publication: pubV3, refresh: { limits: { fileBytes: 100 } } }, 'too_large', /larger than this kiosk accepts/);
    expect(service.requests.filter((p) => p.startsWith('/v3/'))).toEqual([]);
  });

  it('oversized payload: the service sends more than the manifest says', async () => {
    const body = Buffer.concat([v3Observations(), Buffer.alloc(1_000_000)]);
    const bloated: FaultHook = (_req, res, p) => {
      if (p !== '/v3/observations.csv.gz') return false;
      res.writeHead(200).end(body);
      return true;
    };
    await expectFault({ publication: pubV3, fault: bloated }, 'too_large', /larger than the manifest says/);
  });

  it('gzip bomb', async () => {
    const files: Record<string, string | Buffer> = exampleFiles(3);
    files['observations.csv'] = Buffer.alloc(50 * 1024 * 1024, 0x20);
    const dir = tempDir('pub-bomb');
    forgePublication(dir, { keys, version: 3, files, entry: (entry) => (entry.name === 'observations.csv' ? { ...entry, contentSize: 4096 } : entry) });
    await expectFault({ publication: dir }, 'too_large', /inflates beyond its declared 4096 bytes/);
  });

  it('disk full (an injected write failure)', async () => {
    const full = () => new Writable({ write: (_chunk, _encoding, done) => done(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' })) });
    await expectFault({ publication: pubV3, refresh: { openWrite: full } }, 'disk_full', /disk is full/);
  });
});

describe('refresh outcomes that are not faults', () => {
  it('the same publication again is "up to date", downloads nothing and changes nothing', async () => {
    const dataDir = kioskCopy();
    const app = openKiosk({ dataDir, bundledSnapshot: bundled, url: service.url, publicKey: keys.publicKey });
    service.requests.length = 0;
    const result = await refreshNow(app);
    app.close();
    expect(result.outcome).toBe('up_to_date');
    expect(result.status.lastError).toBeNull();
    expect(result.status.note).toMatch(/Up to date: version 2/);
    expect(service.requests.filter((p) => p.startsWith('/v2/'))).toEqual([]);
  });

  it('concurrent refresh requests: one runs, the others join it', async () => {
    const dataDir = kioskCopy();
    service.serve(pubV3);
    const app = openKiosk({ dataDir, bundledSnapshot: bundled, url: service.url, publicKey: keys.publicKey });
    service.requests.length = 0;
    const results = await Promise.all([refreshNow(app), refreshNow(app), app.request('refresh.now', {}), app.refresh.refreshNow()]);
    const values = results.map((result) => ('ok' in result ? (result.ok ? result.value : null) : result) as RefreshRunResult | null);
    expect(values.every((value) => value?.outcome === 'installed')).toBe(true);
    expect(values.filter((value) => value?.joined === false)).toHaveLength(1);
    expect(service.requests.filter((p) => p === '/manifest.json')).toHaveLength(1);
    expect(service.requests.filter((p) => p === '/v3/observations.csv.gz')).toHaveLength(1);
    expect(app.store.meta.datasetVersion).toBe(3);
    app.close();
    expect(goodFiles(dataDir)).toEqual(['snapshot-v2.sqlite', 'snapshot-v3.sqlite']);
  });
});
