import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { buildPublication } from '../../../data/publish/build-publication.js';
import { writeObservationsInKeyOrder } from '../../../data/publish/key-order.js';
import type { Manifest } from '../../../data/service/protocol.js';
import { buildSnapshot, ErrorCollector } from '../../../data/snapshot/index.js';
import { observationKeyOrder } from '../../../data/snapshot/observation-order.js';
import { readObservationsFile } from '../../../data/snapshot/observations-file.js';
import { createKeys, tempDir } from '../../fixtures/publication/publication-fixture.js';
import { defaultDatasetDir } from '../snapshot/helpers.js';

/** The dataset a kiosk gets: every file of the publication, gunzipped. */
function decodePublication(outDir: string): string {
  const manifest = JSON.parse(readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as Manifest;
  const dir = tempDir('decoded');
  for (const file of manifest.files) {
    const target = path.join(dir, ...file.name.split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    const bytes = readFileSync(path.join(outDir, ...file.path.split('/')));
    writeFileSync(target, file.encoding === 'gzip' ? gunzipSync(bytes) : bytes);
  }
  return dir;
}

const inKeyOrder = (dir: string): boolean => {
  const errors = new ErrorCollector();
  const table = readObservationsFile('observations.csv', path.join(dir, 'observations.csv'), errors);
  expect(errors.count).toBe(0);
  return observationKeyOrder(table).order === null;
};

async function observationRows(datasetDir: string): Promise<unknown[]> {
  const outFile = path.join(tempDir('snapshot'), 'snapshot.sqlite');
  await buildSnapshot({ datasetDir, outFile, isBundledDefault: false });
  const db = new Database(outFile, { readonly: true });
  try {
    return db.prepare('SELECT * FROM observations ORDER BY indicator_id, period, region_code').raw().all();
  } finally {
    db.close();
  }
}

describe('observations published in key order', () => {
  it('sorts a file in any other order and keeps every value, status, note and source', async () => {
    const input = tempDir('input');
    for (const name of ['dataset.json', 'regions.csv', 'themes.csv', 'indicators.csv', 'observations.csv', 'points.csv', 'geometry']) {
      cpSync(path.join(defaultDatasetDir, name), path.join(input, name), { recursive: true });
    }
    // The default dataset is grouped by theme, not in key order, and has notes with commas and quotes.
    expect(inKeyOrder(input)).toBe(false);
    const keys = createKeys();
    const out = tempDir('publication');
    const steps: string[] = [];
    const progress = { step: (message: string) => steps.push(message), update: () => {}, end: () => {} };
    await buildPublication({ inputDir: input, outDir: out, privateKey: keys.privateKey, trialBuild: false, progress });
    expect(steps.join('\n')).toMatch(/sorted \d+ observations by indicator, period and region/);

    const published = decodePublication(out);
    expect(inKeyOrder(published)).toBe(true);
    expect(await observationRows(published)).toEqual(await observationRows(defaultDatasetDir));
  });

  it('leaves a file already in key order untouched', () => {
    const dir = tempDir('sorted');
    cpSync(defaultDatasetDir, dir, { recursive: true });
    expect(writeObservationsInKeyOrder(dir).reordered).toBe(true);
    const sorted = readFileSync(path.join(dir, 'observations.csv'));
    expect(writeObservationsInKeyOrder(dir)).toMatchObject({ reordered: false });
    expect(readFileSync(path.join(dir, 'observations.csv'))).toEqual(sorted);
  });
});
