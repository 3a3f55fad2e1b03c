import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDataService, type TestDataService } from '../../fixtures/publication/data-service.js';
import { openKiosk, overview } from '../../fixtures/publication/kiosk.js';
import { createBundledSnapshot, createKeys, publishExample, tempDir } from '../../fixtures/publication/publication-fixture.js';

/**
 * The crash loop: a kiosk process is killed with SIGKILL at a random moment of a
 * refresh, again and again, each time against a newer publication. After every kill a
 * fresh start must open a whole snapshot whose home screen has data, never older than
 * the newest one installed before. The child and its worker are bundled first, so each
 * start is quick and the production path (dist-style worker lookup) is the one tested.
 */
const requiredKills = 50;
const maxRounds = 150;
const keys = createKeys();
let service: TestDataService;
let bundled: string;
let publication: string;
let childDir: string;

beforeAll(async () => {
  bundled = await createBundledSnapshot();
  publication = tempDir('crash-pub');
  await publishExample(publication, { keys, version: 2 });
  service = await startTestDataService(publication);
  childDir = path.resolve('.cache', 'test-crash-loop', String(process.pid));
  mkdirSync(childDir, { recursive: true });
  await build({
    entryPoints: { 'crash-child': 'test/data/refresh/crash-child.ts', 'refresh-worker': 'data/refresh/worker.ts' },
    outdir: childDir, outExtension: { '.js': '.mjs' }, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'error',
  });
});

afterAll(async () => {
  await service.close();
  rmSync(childDir, { recursive: true, force: true });
});

interface ChildRun {
  lastPhase: string;
  finished: boolean;
  killed: boolean;
  /** From "ready" (about to refresh) to "done". */
  refreshMs: number | null;
}

/** Runs one kiosk process; once it starts refreshing, kills it after `killAfterMs` (null: let it finish). */
function runChild(dataDir: string, killAfterMs: number | null): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(childDir, 'crash-child.mjs'), dataDir, bundled, service.url, keys.publicKey], { stdio: ['ignore', 'pipe', 'inherit'] });
    const run: ChildRun = { lastPhase: 'starting', finished: false, killed: false, refreshMs: null };
    let readyAt = 0;
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      for (let end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 1);
        if (line.startsWith('phase ')) run.lastPhase = line.slice(6);
        if (line.startsWith('done ')) {
          run.finished = true;
          run.refreshMs = performance.now() - readyAt;
        }
        if (line.startsWith('ready ')) readyAt = performance.now();
        if (line.startsWith('ready ') && killAfterMs !== null) {
          setTimeout(() => {
            run.killed = child.kill('SIGKILL');
          }, killAfterMs);
        }
      }
    });
    child.on('error', reject);
    child.on('exit', () => resolve(run));
  });
}

describe('crash loop', () => {
  it(`survives ${requiredKills} kill -9 at random points of a refresh`, async () => {
    const dataDir = tempDir('crash-kiosk');
    const first = await runChild(dataDir, null);
    expect(first.finished).toBe(true);
    // A refresh of the small dataset takes about this long; kills are spread evenly across it.
    const refreshSpanMs = Math.max(20, first.refreshMs ?? 0);
    let installedVersion = 2;
    let published = 2;
    const phasesAtKill: Record<string, number> = {};
    let kills = 0;
    let rounds = 0;
    for (; rounds < maxRounds && kills < requiredKills; rounds += 1) {
      published += 1;
      await publishExample(publication, { keys, version: published });
      const run = await runChild(dataDir, Math.random() * refreshSpanMs);
      if (run.killed && !run.finished) {
        kills += 1;
        phasesAtKill[run.lastPhase] = (phasesAtKill[run.lastPhase] ?? 0) + 1;
      }

      const app = openKiosk({ dataDir, bundledSnapshot: bundled, url: service.url, publicKey: keys.publicKey });
      try {
        const version = app.store.meta.datasetVersion;
        expect(version).toBeGreaterThanOrEqual(installedVersion);
        expect(version).toBeLessThanOrEqual(published);
        expect((await overview(app)).keyFigures.length).toBeGreaterThan(0);
        installedVersion = version;
        const debris = readdirSync(path.join(dataDir, 'snapshots')).filter((name) => name.startsWith('building-') || name.includes('.tmp'));
        expect(debris).toEqual([]);
      } finally {
        app.close();
      }
    }
    console.log(`crash loop: ${kills} of ${rounds} children killed mid-refresh; last phase seen at the kill: ${JSON.stringify(phasesAtKill)}; newest installed ${installedVersion} of ${published}`);
    expect(kills).toBeGreaterThanOrEqual(requiredKills);
  }, 120_000);
});
