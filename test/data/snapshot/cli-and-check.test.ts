import Database from 'better-sqlite3';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSnapshot, checkSnapshot, checkSnapshotFile, runSnapshotCommand } from '../../../data/snapshot/index.js';
import { copyDataset, editFile, miniDatasetDir, tempDir } from './helpers.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, output: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) } };
}

describe('runSnapshotCommand', () => {
  it('builds the dataset named by --dataset into --out and prints progress and a summary', async () => {
    const outFile = join(tempDir(), 'cli.sqlite');
    const { out, err, output } = capture();
    expect(await runSnapshotCommand(['--dataset', miniDatasetDir, '--out', outFile], output)).toBe(0);
    expect(err).toEqual([]);
    expect(out.some((line) => line.includes('validate'))).toBe(true);
    expect(out.at(-1)).toMatch(/^snapshot: wrote .*cli\.sqlite \(dataset v7, data as of 2025-06-30\): 8 regions, 5 indicators \(3 real, 2 sample\), \d+ observations \(\d+ roll-ups\), 2 points/);
    expect(existsSync(outFile)).toBe(true);
  });

  it('prints every problem of a refused dataset, no stack trace, and exits 1', async () => {
    const dir = copyDataset();
    editFile(dir, 'observations.csv', (text) => text.replace('population,35.10.01.2001,2024,1000', 'population,35.10.01.2999,2024,abc'));
    const outFile = join(tempDir(), 'cli.sqlite');
    const { err, output } = capture();
    expect(await runSnapshotCommand(['--dataset', dir, '--out', outFile], output)).toBe(1);
    const text = err.join('\n');
    expect(text).toContain('observations.csv:2 [value] must be a number');
    expect(text).toContain('nothing was written');
    expect(text).not.toMatch(/\n\s+at /);
    expect(existsSync(outFile)).toBe(false);
  });

  it('refuses an unknown option', async () => {
    const { err, output } = capture();
    expect(await runSnapshotCommand(['--datset', 'x'], output)).toBe(1);
    expect(err.join('\n')).toMatch(/Usage: snapshot/);
  });
});

describe('checkSnapshot', () => {
  it('passes a fresh snapshot and fails one whose rows point nowhere', async () => {
    const outFile = join(tempDir(), 'check.sqlite');
    await buildSnapshot({ datasetDir: miniDatasetDir, outFile, isBundledDefault: false });
    expect(checkSnapshotFile(outFile).ok).toBe(true);

    const db = new Database(outFile);
    db.pragma('foreign_keys = OFF');
    db.exec("INSERT INTO observations (indicator_id, region_code, period, value) VALUES ('nope', '99.99', '2024', 1)");
    db.exec("INSERT INTO regions (code, name, level, parent_code) VALUES ('36.01', 'Lost', 'kabupaten', '36')");
    const result = checkSnapshot(db);
    db.close();
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toMatch(/foreign_key_check/);
    expect(result.problems.join('\n')).toMatch(/1 observation\(s\) name an indicator that does not exist/);
    expect(result.problems.join('\n')).toMatch(/1 observation\(s\) name a region that does not exist/);
    expect(result.problems.join('\n')).toMatch(/1 region\(s\) have a parent that does not exist/);
  });

  it('fails a file that is not a snapshot instead of throwing', () => {
    const file = join(tempDir(), 'junk.sqlite');
    writeFileSync(file, 'not a database');
    const result = checkSnapshotFile(file);
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatch(/cannot open/);
  });
});
