import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { locateRefreshWorker } from '../../../data/refresh/run-build.js';
import { buildSnapshot, type BuildOptions } from '../../../data/snapshot/index.js';
import { integrityProblems } from '../../../data/snapshot/check-snapshot.js';
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

  it('refuse a bad dataset with the very problems, in the same order, as one thread reading it', async () => {
    const breakages: [string, (dir: string) => void][] = [
      ['a bad region row (before the observations)', (dir) => editFile(dir, 'regions.csv', (text) => text.replace('Kabupaten Banyuwangi,kabupaten', 'Kabupaten Banyuwangi,regency'))],
      ['bad observation rows', (dir) => editFile(dir, 'observations.csv', (text) => text.replace(',35.10,2010,1556078,', ',35.10,2010,lots,').replace(',35.10,2000,', ',35.10,20x0,'))],
      ['a bad point row (after the observations)', (dir) => editFile(dir, 'points.csv', (text) => text.replace(',85,-8.248452,', ',185,-8.248452,'))],
      ['a missing manifest', (dir) => editFile(dir, 'dataset.json', () => '{"dataset_version": "one"}')],
      ['an observation of an unknown region (found by the validator)', (dir) => editFile(dir, 'observations.csv', (text) => text.replace(',35.10,2000,1488791,', ',35.10.99,2000,1488791,'))],
      // Refused by the validator, and a primary key the speculatively written regions table trips over first.
      ['a repeated region code', (dir) => editFile(dir, 'regions.csv', (text) => `${text.trimEnd()}\n${text.split('\n').find((line) => line.startsWith('35.10.01,'))}\n`)],
      ['problems in every file, over the collector limit', (dir) => {
        editFile(dir, 'regions.csv', (text) => text.replaceAll(',kecamatan,', ',district,'));
        editFile(dir, 'observations.csv', (text) => text.replaceAll(',2024,', ',24,'));
      }],
    ];
    const refusal = async (dir: string, reading: Pick<BuildOptions, 'parallelParse'>): Promise<string> => {
      const outDir = tempDir('anjungan-refused-');
      const error: unknown = await buildSnapshot({ datasetDir: dir, outFile: join(outDir, 'snapshot.sqlite'), isBundledDefault: false, now, ...reading }).then(
        () => null,
        (failure: unknown) => failure,
      );
      expect(readdirSync(outDir)).toEqual([]);
      expect(error).toBeInstanceOf(Error);
      return `${(error as Error).name}: ${(error as Error).message}`;
    };
    for (const [what, breakIt] of breakages) {
      const dir = copyDataset(defaultDatasetDir);
      breakIt(dir);
      const reference = await refusal(dir, {});
      expect(reference, what).toMatch(/^DatasetRejectedError: The dataset was refused/);
      expect(await refusal(dir, parser(997)), what).toBe(reference);
    }
  });

  it('leave only the snapshot behind, and find a damaged file in the parser thread', async () => {
    const outDir = tempDir('anjungan-clean-');
    const outFile = join(outDir, 'snapshot.sqlite');
    await buildSnapshot({ datasetDir: defaultDatasetDir, outFile, isBundledDefault: false, now, ...parser(1 << 16) });
    expect(readdirSync(outDir)).toEqual(['snapshot.sqlite']);
    expect(integrityProblems(outFile)).toEqual([]);

    // Zeroes in the middle of the file: b-tree pages no longer hold what their parents say.
    const damaged = join(outDir, 'damaged.sqlite');
    const bytes = readFileSync(outFile);
    bytes.fill(0, Math.floor(bytes.length / 2), Math.floor(bytes.length / 2) + 64 * 1024);
    writeFileSync(damaged, bytes);
    expect(integrityProblems(damaged).join(' ')).toMatch(/quick_check|malformed|cannot open/);
  });
});
