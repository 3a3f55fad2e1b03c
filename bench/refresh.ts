import { execFileSync } from 'node:child_process';
import { cpSync, createWriteStream, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { once } from 'node:events';
import Database from 'better-sqlite3';
import { createAppContext } from '../data/app/context.js';
import { parseConfig } from '../data/config/config.js';
import { buildPublication } from '../data/publish/build-publication.js';
import { startPublicationServer } from '../data/publish/serve.js';
import { generateSigningKeys, loadPrivateKey } from '../data/service/signing.js';
import { buildSnapshot } from '../data/snapshot/index.js';
import { generateNationalSnapshot } from '../data/store/national/generate.js';
import { measureRawInsertRate } from './lib/raw-insert.js';

/**
 * Refresh throughput, end to end as a kiosk does it (HTTP download, signature and hash
 * checks, gunzip, build in the worker thread, checks, switch), at regency scale (the
 * bundled default dataset) and national scale (a synthetic country exported to CSV),
 * beside the raw better-sqlite3 insert rate of this machine and the main thread's
 * event-loop delay during the national refresh. Writes bench/out/refresh.json.
 */
const national = { scale: Number(process.env.ANJUNGAN_BENCH_NATIONAL_SCALE ?? 1), indicatorCount: 8, periodCount: 3 };
const defaultDatasetDir = path.resolve('data', 'default');

interface RefreshRun {
  observations: number;
  publicationBytes: number;
  seconds: number;
  observationsPerSecond: number;
  eventLoopDelayMs?: { p50: number; p99: number; max: number };
  /** Seconds spent in each refresh phase, as the status reports them (where the time goes). */
  phases: Record<string, number>;
}

export async function runRefreshBench({ outDir }: { outDir: string }): Promise<void> {
  const work = path.join(os.tmpdir(), `anjungan-bench-refresh-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    const keys = generateSigningKeys();
    const bundled = path.join(work, 'bundled.sqlite');
    await buildSnapshot({ datasetDir: path.resolve('data', 'publish', 'example'), outFile: bundled, isBundledDefault: true });

    const regencyDir = path.join(work, 'regency-dataset');
    for (const name of ['dataset.json', 'regions.csv', 'themes.csv', 'indicators.csv', 'observations.csv', 'points.csv', 'geometry']) {
      cpSync(path.join(defaultDatasetDir, name), path.join(regencyDir, name), { recursive: true });
    }
    // The first refresh after the app starts loads the build worker's code; every later one
    // finds a worker waiting (data/refresh/run-build.ts). Both are measured; the national
    // refresh, like a kiosk's usual one, follows an earlier refresh.
    const regencyFirst = await timeRefresh(work, 'regency-first', regencyDir, bundled, keys, false);
    const regency = await timeRefresh(work, 'regency', regencyDir, bundled, keys, false);
    console.log(`bench refresh: regency ${regency.observations} observations in ${regency.seconds.toFixed(2)} s = ${Math.round(regency.observationsPerSecond)} obs/s (first after start: ${regencyFirst.seconds.toFixed(2)} s)`);

    const nationalDir = await exportNationalDataset(path.join(work, 'national-dataset'));
    const nationalRun = await timeRefresh(work, 'national', nationalDir.dir, bundled, keys, true);
    console.log(`bench refresh: national ${nationalRun.observations} observations in ${nationalRun.seconds.toFixed(2)} s = ${Math.round(nationalRun.observationsPerSecond)} obs/s, event-loop p99 ${nationalRun.eventLoopDelayMs?.p99} ms`);

    const rawInsert = measureRawInsertRate(path.join(work, 'raw.sqlite'), 1_000_000);
    console.log(`bench refresh: raw better-sqlite3 insert ${Math.round(rawInsert.rowsPerSecond)} rows/s (${rawInsert.method}; ${Math.round(rawInsert.withSecondaryIndex.rowsPerSecond)} rows/s with its index built after)`);

    const result = {
      measuredAt: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', node: process.version },
      targets: { observationsPerSecond: 500_000, eventLoopDelayP99Ms: 10 },
      regency,
      regencyFirstAfterStart: regencyFirst,
      national: { ...nationalRun, shape: { ...national, regions: nationalDir.regions } },
      rawInsert,
      refreshToRawRatio: { regency: regency.observationsPerSecond / rawInsert.rowsPerSecond, national: nationalRun.observationsPerSecond / rawInsert.rowsPerSecond },
    };
    writeFileSync(path.join(outDir, 'refresh.json'), `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function timeRefresh(work: string, label: string, datasetDir: string, bundled: string, keys: { privateKeyPem: string; publicKey: string }, watchLoop: boolean): Promise<RefreshRun> {
  const publication = path.join(work, `${label}-publication`);
  const report = await buildPublication({ inputDir: datasetDir, outDir: publication, privateKey: loadPrivateKey(keys.privateKeyPem), version: 10, trialBuild: false });
  const server = await startPublicationServer(publication);
  const app = createAppContext({
    dataDir: path.join(work, `${label}-kiosk`),
    bundledSnapshot: bundled,
    config: parseConfig({ dataServiceUrl: server.url, publicKey: keys.publicKey }, 'bench'),
    log: (message) => console.error(message),
    refresh: { autoStart: false, timeouts: { responseMs: 60_000, idleMs: 60_000, totalMs: 3_600_000 } },
  });
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  const phases: Record<string, number> = {};
  let phase = { name: '', since: 0 };
  const unsubscribe = app.events.subscribe((event) => {
    if (event.name !== 'refresh.status' || event.payload.phase === phase.name) return;
    const now = performance.now();
    if (phase.name) phases[phase.name] = (phases[phase.name] ?? 0) + (now - phase.since) / 1000;
    phase = { name: event.payload.phase, since: now };
  });
  try {
    // The bench's own files (the exported dataset, the publication) are flushed first, so
    // their write-back does not land inside the timed refresh's fsync.
    flushDisks();
    if (watchLoop) histogram.enable();
    const started = performance.now();
    const result = await app.refresh.refreshNow();
    const seconds = (performance.now() - started) / 1000;
    histogram.disable();
    unsubscribe();
    if (result.outcome !== 'installed') throw new Error(`The ${label} refresh failed: ${result.status.lastError?.message ?? result.outcome}`);
    const run: RefreshRun = {
      observations: report.observations,
      publicationBytes: report.manifest.files.reduce((sum, file) => sum + file.size, 0),
      seconds,
      observationsPerSecond: report.observations / seconds,
      phases,
    };
    if (watchLoop) run.eventLoopDelayMs = { p50: histogram.percentile(50) / 1e6, p99: histogram.percentile(99) / 1e6, max: histogram.max / 1e6 };
    return run;
  } finally {
    app.close();
    await server.close();
  }
}

function flushDisks(): void {
  if (process.platform === 'win32') return;
  try {
    execFileSync('sync');
  } catch {
    // Without sync(1) the measurement only gets noisier.
  }
}

const csvField = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Writes a dataset table as CSV in the publisher's templates' column order. */
async function writeCsv(file: string, db: Database.Database, columns: string[], sql: string): Promise<number> {
  const out = createWriteStream(file);
  out.write(`${columns.join(',')}\n`);
  let rows = 0;
  let batch = '';
  for (const row of db.prepare(sql).raw().iterate() as Iterable<unknown[]>) {
    batch += `${row.map(csvField).join(',')}\n`;
    rows += 1;
    if (batch.length > 1 << 20) {
      if (!out.write(batch)) await once(out, 'drain');
      batch = '';
    }
  }
  out.end(batch);
  await once(out, 'finish');
  return rows;
}

/** A country-sized dataset folder, from the national generator's snapshot (its own roll-ups left out: the builder makes them). */
export async function exportNationalDataset(dir: string): Promise<{ dir: string; regions: number }> {
  mkdirSync(dir, { recursive: true });
  const file = path.join(path.dirname(dir), 'national.sqlite');
  const generated = generateNationalSnapshot({ file, ...national });
  const db = new Database(file, { readonly: true });
  const regionColumns = ['code', 'name', 'level', 'parent_code', 'area_km2_bps', 'area_km2_boundary', 'centroid_lat', 'centroid_lng', 'postal_code'];
  const indicatorColumns = ['id', 'theme_id', 'name_id', 'name_en', 'description_id', 'description_en', 'unit_id', 'unit_en', 'decimals', 'rollup', 'rollup_weight',
    'higher_is_better', 'min_value', 'max_value', 'source', 'licence', 'is_sample', 'is_key', 'sort_order'];
  const pointColumns = ['id', 'kind', 'name', 'region_code', 'budget_idr', 'progress_pct', 'lat', 'lng', 'period', 'source', 'is_sample'];
  await Promise.all([
    writeCsv(path.join(dir, 'regions.csv'), db, regionColumns, `SELECT ${regionColumns.join(', ')} FROM regions ORDER BY code`),
    writeCsv(path.join(dir, 'themes.csv'), db, ['id', 'name_id', 'name_en', 'icon', 'sort_order'], 'SELECT id, name_id, name_en, icon, sort_order FROM themes'),
    writeCsv(path.join(dir, 'indicators.csv'), db, indicatorColumns, `SELECT ${indicatorColumns.join(', ')} FROM indicators`),
    writeCsv(path.join(dir, 'observations.csv'), db, ['indicator_id', 'region_code', 'period', 'value', 'status', 'note', 'source'],
      'SELECT indicator_id, region_code, period, value, NULL, NULL, NULL FROM observations WHERE is_rollup = 0'),
    writeCsv(path.join(dir, 'points.csv'), db, pointColumns, `SELECT ${pointColumns.join(', ')} FROM points`),
  ]);
  db.close();
  writeFileSync(path.join(dir, 'dataset.json'), JSON.stringify({ dataset_version: 2, data_as_of: '2024-12-31', publisher: 'Synthetic national benchmark', root_code: generated.rootCode }));
  const { provinsi, kabupaten, kota, kecamatan, desa, kelurahan } = generated.counts;
  return { dir, regions: provinsi + kabupaten + kota + kecamatan + desa + kelurahan };
}
