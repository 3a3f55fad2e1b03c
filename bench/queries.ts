import fs from 'node:fs';
import path from 'node:path';
import { generateNationalSnapshot, nationalGeneratorVersion, type GenerateNationalResult } from '../data/store/national/generate.js';
import { sampleForBench } from '../data/store/national/sample.js';
import { buildSnapshot } from '../data/snapshot/build.js';
import { openSnapshotReadOnly } from '../data/store/open.js';
import { createQueries } from '../data/store/queries/index.js';
import { buildWorkload } from './lib/workload.js';
import { measure, type Timing } from './lib/stats.js';

export type BenchScale = 'regency' | 'national';

export interface QueryBenchOptions {
  outDir: string;
  /** Measured runs per query (after warm-up). */
  runs?: number;
  warmup?: number;
  scales?: BenchScale[];
  /** 1 = the size of Indonesia; lower it for a quick look. */
  nationalScale?: number;
  /** Where generated snapshots are kept between runs. */
  cacheDir?: string;
  /** The bundled default dataset, built afresh (and timed) for the regency scale when present. */
  defaultDataset?: string;
  log?: (line: string) => void;
}

export interface QueryTiming extends Timing {
  query: string;
  scale: BenchScale;
  target_p95_ms: number;
  meets_target: boolean;
}

export interface ScaleInfo {
  scale: BenchScale;
  source: 'default-dataset' | 'generated' | 'generated-cached';
  file: string;
  file_bytes: number;
  build_ms: number | null;
  counts: Record<string, number> | null;
}

export interface QueryBenchReport {
  generatedAt: string;
  node: string;
  queries: QueryTiming[];
  scales: ScaleInfo[];
}

const targets: Record<BenchScale, number> = { regency: 1, national: 5 };
/** Banyuwangi's size: 25 kecamatan, 245 desa/kelurahan (of 83,800 nationally). */
const regencyScale = 245 / 83_800;

interface CacheStamp {
  version: number;
  scale: number;
  result: GenerateNationalResult;
}

/** The real Banyuwangi dataset, built afresh so its build time is measured with everything else. */
async function defaultDatasetSnapshot(datasetDir: string, cacheDir: string): Promise<{ file: string; info: Omit<ScaleInfo, 'scale'> }> {
  const file = path.join(cacheDir, 'regency-default.sqlite');
  fs.rmSync(file, { force: true });
  const report = await buildSnapshot({ datasetDir, outFile: file, isBundledDefault: true });
  const counts = { regions: report.counts.regions, indicators: report.counts.indicators, observations: report.counts.observations, points: report.counts.points };
  return { file, info: { source: 'default-dataset', file, file_bytes: report.bytes, build_ms: report.milliseconds, counts } };
}

/** A generated snapshot, reused when one from the same generator version and scale is cached. */
function generatedSnapshot(cacheDir: string, name: string, scale: number, log: (line: string) => void): { file: string; info: Omit<ScaleInfo, 'scale'> } {
  const file = path.join(cacheDir, `${name}.sqlite`);
  const stampFile = path.join(cacheDir, `${name}.json`);
  if (fs.existsSync(file) && fs.existsSync(stampFile)) {
    const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8')) as CacheStamp;
    if (stamp.version === nationalGeneratorVersion && stamp.scale === scale) {
      return { file, info: { source: 'generated-cached', file, file_bytes: fs.statSync(file).size, build_ms: stamp.result.buildMs, counts: stamp.result.counts } };
    }
  }
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.rmSync(stampFile, { force: true });
  log(`generating ${name} snapshot (scale ${scale}) into ${file} ...`);
  const result = generateNationalSnapshot({ file, scale });
  fs.writeFileSync(stampFile, JSON.stringify({ version: nationalGeneratorVersion, scale, result } satisfies CacheStamp, null, 2));
  log(`  ${(result.fileBytes / 1e6).toFixed(1)} MB in ${(result.buildMs / 1000).toFixed(1)} s`);
  return { file, info: { source: 'generated', file, file_bytes: result.fileBytes, build_ms: result.buildMs, counts: result.counts } };
}

/**
 * p50/p95/p99 of every screen query at regency scale (the built default snapshot, or a
 * generated regency-sized one) and at national scale, written to <outDir>/queries.json.
 */
export async function runQueryBench(options: QueryBenchOptions): Promise<QueryBenchReport> {
  const {
    outDir,
    runs = 2000,
    warmup = 200,
    scales = ['regency', 'national'],
    nationalScale = 1,
    cacheDir = path.resolve('.cache', 'bench'),
    defaultDataset = path.resolve('data', 'default'),
    log = (line: string) => console.log(line),
  } = options;
  const report: QueryBenchReport = { generatedAt: new Date().toISOString(), node: process.version, queries: [], scales: [] };
  for (const scale of scales) {
    const { file, info } =
      scale === 'regency' && fs.existsSync(path.join(defaultDataset, 'dataset.json'))
        ? await defaultDatasetSnapshot(defaultDataset, cacheDir)
        : generatedSnapshot(cacheDir, scale, scale === 'regency' ? regencyScale : nationalScale, log);
    report.scales.push({ scale, ...info });
    const db = openSnapshotReadOnly(file);
    try {
      const queries = createQueries(db);
      const sample = sampleForBench(db);
      for (const benchCase of buildWorkload(queries, sample, runs)) {
        const timing = measure(benchCase.run, runs, warmup);
        const meets = timing.p95_ms <= targets[scale];
        report.queries.push({ query: benchCase.query, scale, ...timing, target_p95_ms: targets[scale], meets_target: meets });
        log(`${scale.padEnd(8)} ${benchCase.query.padEnd(14)} p50 ${timing.p50_ms.toFixed(3)}  p95 ${timing.p95_ms.toFixed(3)}  p99 ${timing.p99_ms.toFixed(3)} ms${meets ? '' : '  (misses target)'}`);
      }
    } finally {
      db.close();
    }
    // Yield between scales so a caller's progress output and timers get a turn.
    await new Promise((resolve) => setImmediate(resolve));
  }
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'queries.json'), `${JSON.stringify(report, null, 2)}\n`);
  return report;
}
