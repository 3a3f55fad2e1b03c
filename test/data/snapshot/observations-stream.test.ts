import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { locateRefreshWorker } from '../../../data/refresh/run-build.js';
import { buildSnapshot, type BuildOptions } from '../../../data/snapshot/index.js';
import { copyDataset, defaultDatasetDir, editFile, tempDir } from './helpers.js';

const now = () => new Date('2025-07-01T00:00:00Z');

/** Every row of every table (statistics aside), so two builds can be compared whole. */
function dump(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare<[], string>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_stat%' ORDER BY name`).pluck().all();
    const rows = (table: string) => db.prepare(`SELECT * FROM "${table}"`).raw().all().map((row) => JSON.stringify(row)).sort();
    return Object.fromEntries(tables.map((table) => [table, rows(table)]));
  } finally {
    db.close();
  }
}

async function build(datasetDir: string, reading: Pick<BuildOptions, 'parallelParse'>): Promise<Record<string, unknown[]>> {
  const outFile = join(tempDir('anjungan-stream-'), 'snapshot.sqlite');
  await buildSnapshot({ datasetDir, outFile, isBundledDefault: false, now, ...reading });
  return dump(outFile);
}

const parser = (batchRows: number): Pick<BuildOptions, 'parallelParse'> => ({ parallelParse: { workerUrl: locateRefreshWorker(), minBytes: 0, batchRows } });

/** Rearranges the rows of observations.csv (one line each in the default dataset). */
function reorderObservations(dir: string, reorder: (rows: string[]) => string[]): void {
  editFile(dir, 'observations.csv', (text) => {
    const [header, ...rows] = text.trimEnd().split('\n');
    return `${[header, ...reorder(rows)].join('\n')}\n`;
  });
}

// Primary-key order (indicator, period, region), which the writer streams to the end.
const keyOf = (row: string): string => {
  const [indicator, region, period] = row.split(',');
  return `${indicator}\u0000${period}\u0000${region}`;
};
const byKey = (rows: string[]) => [...rows].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1));
// Out of key order half way: the writer streams the first half and leaves the rest for after validation.
const brokenHalfWay = (rows: string[]) => {
  const sorted = byKey(rows);
  const middle = Math.floor(sorted.length / 2);
  return [...sorted.slice(0, middle), ...sorted.slice(middle).reverse()];
};

describe('observations parsed in a second thread while rows are written', () => {
  it('build the same snapshot as one thread, in key order or not, in one batch or many', async () => {
    const sorted = copyDataset(defaultDatasetDir);
    reorderObservations(sorted, byKey);
    const broken = copyDataset(defaultDatasetDir);
    reorderObservations(broken, brokenHalfWay);
    for (const dir of [defaultDatasetDir, sorted, broken]) {
      const reference = await build(dir, {});
      expect(reference['observations']?.length).toBeGreaterThan(1000);
      for (const batchRows of [1 << 16, 997]) expect(await build(dir, parser(batchRows))).toEqual(reference);
    }
  });

  it('fail the build and leave nothing behind when the parser thread dies', async () => {
    const crashing = join(tempDir('anjungan-parser-'), 'crash.mjs');
    writeFileSync(crashing, "throw new Error('parser crashed');\n");
    const outDir = tempDir('anjungan-out-');
    const failed = buildSnapshot({
      datasetDir: defaultDatasetDir,
      outFile: join(outDir, 'snapshot.sqlite'),
      isBundledDefault: false,
      parallelParse: { workerUrl: pathToFileURL(crashing), minBytes: 0 },
    });
    await expect(failed).rejects.toThrow(/parser crashed/);
    expect(readdirSync(outDir)).toEqual([]);
  });
});
