import Database from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSnapshot, checkSnapshotFile, type BuildProgress } from '../../../data/snapshot/index.js';
import { readSnapshotMeta } from '../../../data/store/queries/meta.js';
import { latestSchemaVersion } from '../../../data/store/migrations/index.js';
import { copyDataset, editFile, miniDatasetDir, tempDir } from './helpers.js';

describe('buildSnapshot on a small dataset', () => {
  it('builds, rolls up by each rule, keeps real figures and leaves only the target file behind', async () => {
    const dir = tempDir();
    const outFile = join(dir, 'nested', 'mini.sqlite');
    const progress: BuildProgress[] = [];
    const report = await buildSnapshot({
      datasetDir: miniDatasetDir, outFile, isBundledDefault: false,
      now: () => new Date('2025-07-01T00:00:00Z'), onProgress: (step) => progress.push(step),
    });
    const stages = progress.map(({ stage }) => stage).filter((stage, index, all) => stage !== all[index - 1]);
    expect(stages).toEqual(['read', 'validate', 'rollup', 'write', 'check', 'finish']);
    // The write stage counts rows from 0 up to every observation and roll-up written.
    const rows = progress.filter(({ stage }) => stage === 'write').map((step) => step.rows);
    expect(rows[0]).toBe(0);
    expect(rows.at(-1)).toBe(report.counts.observations);
    expect(readdirSync(join(dir, 'nested'))).toEqual(['mini.sqlite']);
    expect(report.counts).toMatchObject({ regions: 8, indicators: 5, sampleIndicators: 2, realIndicators: 3, points: 2, geometries: 2, inputObservations: 21 });

    const db = new Database(outFile, { readonly: true });
    try {
      const value = (id: string, code: string, period: string) =>
        db.prepare<[string, string, string], { value: number; is_rollup: number; source: string | null }>(
          'SELECT value, is_rollup, source FROM observations WHERE indicator_id = ? AND region_code = ? AND period = ?').get(id, code, period);
      expect(value('population', '35.10.01', '2024')).toEqual({ value: 4000, is_rollup: 1, source: null });
      expect(value('population', '35.10', '2024')).toEqual({ value: 10000, is_rollup: 1, source: null });
      expect(value('population', '35.10', '2025')).toEqual({ value: 10500, is_rollup: 0, source: 'Registry 2025' });
      expect(value('poverty_rate', '35.10.01', '2024')?.value).toBe(7);
      expect(value('poverty_rate', '35.10', '2024')?.value).toBeCloseTo(6.6, 12);
      expect(value('satisfaction', '35.10.02', '2024')?.value).toBe(72.5);
      expect(value('dana_desa', '35.10.01', '2024')?.value).toBe(2.2e9);
      // The kelurahan has no Dana Desa row, so Dua and the regency stay without a (misleading) partial sum.
      expect(value('dana_desa', '35.10.02', '2024')).toBeUndefined();
      expect(value('dana_desa', '35.10', '2024')).toBeUndefined();
      expect(value('gini', '35.10', '2024-03')).toEqual({ value: 0.312, is_rollup: 0, source: 'News report' });
      expect(value('population', '35', '2024')).toBeUndefined();

      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
      expect(readSnapshotMeta(db)).toMatchObject({
        datasetVersion: 7, dataAsOf: '2025-06-30', createdAt: '2025-07-01T00:00:00.000Z', publisher: 'Test publisher',
        rootCode: '35.10', isBundledDefault: false, sources: ['News report', 'Registry 2025', 'Sample', 'Test source'],
      });
      const search = db.prepare('SELECT kind, ref, lang, label, folded FROM search_index ORDER BY kind, ref, lang').all();
      expect(search).toContainEqual({ kind: 'region', ref: '35.10.02.2002', lang: '', label: 'Tamansari', folded: 'tamansari' });
      expect(search).toContainEqual({ kind: 'indicator', ref: 'poverty_rate', lang: 'en', label: 'Poverty rate', folded: 'povertyrate' });
      expect(search.filter((row) => (row as { ref: string }).ref === '35')).toEqual([]);
      const geometry = db.prepare<[], { bbox_json: string; full_json: string | null }>("SELECT bbox_json, full_json FROM region_geometry WHERE region_code = '35.10.02.2002'").get();
      expect(JSON.parse(geometry?.bbox_json ?? '')).toEqual([114.3, -8.35, 114.33, -8.33]);
    } finally {
      db.close();
    }
    expect(checkSnapshotFile(outFile)).toMatchObject({ ok: true, problems: [] });
  });

  it('replaces an existing snapshot atomically', async () => {
    const dir = tempDir();
    const outFile = join(dir, 'mini.sqlite');
    await buildSnapshot({ datasetDir: miniDatasetDir, outFile, isBundledDefault: false });
    await buildSnapshot({ datasetDir: miniDatasetDir, outFile, isBundledDefault: true });
    expect(readdirSync(dir)).toEqual(['mini.sqlite']);
    expect(existsSync(`${outFile}-wal`)).toBe(false);
    const db = new Database(outFile, { readonly: true });
    expect(readSnapshotMeta(db).isBundledDefault).toBe(true);
    db.close();
  });

  it('writes the same rows, roll-ups included, whatever the order of observations.csv', async () => {
    const rowsOf = async (datasetDir: string) => {
      const outFile = join(tempDir(), 'mini.sqlite');
      await buildSnapshot({ datasetDir, outFile, isBundledDefault: false });
      const db = new Database(outFile, { readonly: true });
      try {
        return db.prepare('SELECT indicator_id, period, region_code, value, status, note, is_rollup, source FROM observations ORDER BY indicator_id, period, region_code').all();
      } finally {
        db.close();
      }
    };
    const reversed = copyDataset();
    editFile(reversed, 'observations.csv', (text) => {
      const [header = '', ...rows] = text.trimEnd().split('\n');
      return `${[header, ...rows.reverse()].join('\n')}\n`;
    });
    const inOrder = await rowsOf(miniDatasetDir);
    expect(await rowsOf(reversed)).toEqual(inOrder);
    expect(inOrder.filter((row) => (row as { is_rollup: number }).is_rollup === 1).length).toBeGreaterThan(0);
  });
});
