import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../../data/snapshot/index.js';
import { generateNationalSnapshot } from '../../../data/store/national/generate.js';
import { openSnapshotReadOnly } from '../../../data/store/open.js';
import { createSearchQuery } from '../../../data/store/queries/search.js';
import { readSearchLayout, searchLayoutKey } from '../../../data/store/queries/search-index.js';
import { foldForSearch } from '../../../data/store/search-fold.js';

/**
 * The rank-ordered search (the index written in result order, read in rowid order with
 * early stops) must answer exactly as the original search, which sorts every match: the
 * same snapshot is searched both ways, the second time with its layout marker removed.
 */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'anjungan-search-ranked-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function bothWays(file: string): { ranked: Database.Database; sorted: Database.Database; close: () => void } {
  const legacy = `${file}.legacy.sqlite`;
  copyFileSync(file, legacy);
  const writable = new Database(legacy);
  writable.prepare('DELETE FROM meta WHERE key = ?').run(searchLayoutKey);
  writable.close();
  const ranked = openSnapshotReadOnly(file);
  const sorted = openSnapshotReadOnly(legacy);
  return { ranked, sorted, close: () => [ranked, sorted].forEach((db) => db.close()) };
}

/** What a visitor types: pieces of every name, from its start and from inside it, in both cases. */
function inputsFrom(db: Database.Database, every: number): string[] {
  const labels = db.prepare<[], string>('SELECT label FROM search_index').pluck().all();
  const inputs = new Set<string>(['gen', 'wetan', 'sari', 'rejo', 'kar', 'an', 'banyu', 'zzz', 'population', 'penduduk', 'desa']);
  labels.forEach((label, index) => {
    if (index % every !== 0) return;
    const folded = foldForSearch(label);
    for (const length of [3, 4, 6]) {
      inputs.add(folded.slice(0, length));
      inputs.add(folded.slice(2, 2 + length));
    }
    inputs.add(label.toUpperCase());
  });
  return [...inputs].filter((input) => foldForSearch(input).length >= 3);
}

function expectSameAnswers(ranked: Database.Database, sorted: Database.Database, every: number): void {
  expect(readSearchLayout(ranked)).not.toBeNull();
  expect(readSearchLayout(sorted)).toBeNull();
  const fast = createSearchQuery(ranked);
  const slow = createSearchQuery(sorted);
  const inputs = inputsFrom(ranked, every);
  expect(inputs.length).toBeGreaterThan(50);
  for (const input of inputs) {
    for (const options of [{}, { lang: 'en' as const }, { limit: 3 }, { limit: 50, lang: 'en' as const }]) {
      expect(fast(input, options), `${JSON.stringify(input)} ${JSON.stringify(options)}`).toEqual(slow(input, options));
    }
  }
}

describe('rank-ordered search index', () => {
  it('answers as the sorting search on the built default dataset', async () => {
    const file = join(dir, 'default.sqlite');
    await buildSnapshot({ datasetDir: resolve(import.meta.dirname, '../../../data/default'), outFile: file, isBundledDefault: true });
    const { ranked, sorted, close } = bothWays(file);
    try {
      expectSameAnswers(ranked, sorted, 1);
    } finally {
      close();
    }
  });

  it('answers as the sorting search on a generated country', () => {
    const file = join(dir, 'national.sqlite');
    generateNationalSnapshot({ file, scale: 0.02, indicatorCount: 6, periodCount: 2 });
    const { ranked, sorted, close } = bothWays(file);
    try {
      expectSameAnswers(ranked, sorted, 40);
    } finally {
      close();
    }
  });
});
