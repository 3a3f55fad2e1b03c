import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regionCode } from '../../../data/api/contract.js';
import { generateNationalSnapshot, type GenerateNationalResult } from '../../../data/store/national/generate.js';
import { openSnapshotReadOnly } from '../../../data/store/open.js';
import { createQueries, type Queries } from '../../../data/store/queries/index.js';

let dir: string;
let result: GenerateNationalResult;
let db: Database.Database;
let queries: Queries;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anjungan-national-'));
  result = generateNationalSnapshot({ file: path.join(dir, 'national.sqlite'), scale: 0.01, seed: 7 });
  db = openSnapshotReadOnly(result.file);
  queries = createQueries(db);
});

afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const count = (sql: string, ...params: string[]) => db.prepare<string[], { n: number }>(sql).get(...params)?.n ?? 0;

describe('generateNationalSnapshot at 1% scale', () => {
  it('has 1% of the country\'s regions, in Kemendagri codes, rooted in Jawa Timur', () => {
    const { counts } = result;
    expect(counts.provinsi).toBe(1);
    expect(counts.kabupaten + counts.kota).toBe(5);
    expect(counts.kecamatan).toBe(73);
    expect(counts.desa + counts.kelurahan).toBe(838);
    expect(counts.indicators).toBe(50);
    expect(count('SELECT COUNT(*) AS n FROM regions')).toBe(1 + 5 + 73 + 838);
    const codes = db.prepare<[], { code: string }>('SELECT code FROM regions').all();
    expect(codes.every(({ code }) => regionCode.safeParse(code).success)).toBe(true);
    expect(result.rootCode).toMatch(/^35\.\d{2}$/);
    expect(queries.meta().rootCode).toBe(result.rootCode);
    expect(count(`SELECT COUNT(*) AS n FROM regions WHERE level = 'desa' AND code NOT GLOB '*.2[0-9][0-9][0-9]'`)).toBe(0);
  });

  it('writes every row it counts, with search entries for every region and indicator name', () => {
    expect(count('SELECT COUNT(*) AS n FROM observations')).toBe(result.counts.observations);
    expect(count('SELECT COUNT(*) AS n FROM search_index')).toBe(1 + 5 + 73 + 838 + 2 * 50);
    expect(count('SELECT COUNT(*) AS n FROM region_geometry')).toBe(1 + 5 + 73 + 838);
    expect(count('SELECT COUNT(*) AS n FROM points')).toBe(result.counts.points);
  });

  it('rolls desa values up by each indicator\'s rule', () => {
    const kecamatan = db.prepare<[], { code: string }>(`SELECT code FROM regions WHERE level = 'kecamatan' ORDER BY code LIMIT 1`).get()?.code ?? '';
    const sum = queries.ranking(kecamatan, 'kependudukan_populasi', '2024');
    expect(sum?.parentValue).toBe(sum?.rows.reduce((total, row) => total + row.value, 0));
    const mean = queries.ranking(kecamatan, 'kependudukan_capaian', '2024');
    expect(mean?.parentValue).toBeCloseTo((mean?.rows.reduce((total, row) => total + row.value, 0) ?? 0) / (mean?.rows.length ?? 1), 9);
    const rate = queries.ranking(kecamatan, 'kependudukan_rasio', '2024');
    const weights = new Map(sum?.rows.map((row) => [row.region.code, row.value]));
    const weighted = (rate?.rows ?? []).reduce((total, row) => total + row.value * (weights.get(row.region.code) ?? 0), 0);
    expect(rate?.parentValue).toBeCloseTo(weighted / (sum?.parentValue ?? 1), 9);
    expect(rate?.rows.every((row) => !row.isRollup)).toBe(true);
    // The kabupaten's mean is over all its desa, not a mean of kecamatan means.
    const kabupaten = result.rootCode;
    const desaValues = db
      .prepare<[string, string], { value: number }>(`SELECT o.value FROM regions d JOIN regions k ON k.code = d.parent_code
        JOIN observations o ON o.region_code = d.code AND o.indicator_id = 'kependudukan_capaian' AND o.period = ? WHERE k.parent_code = ?`)
      .all('2024', kabupaten);
    const kabValue = queries.compare([kabupaten], ['kependudukan_capaian']).rows[0]?.cells[0]?.value;
    expect(kabValue).toBeCloseTo(desaValues.reduce((total, row) => total + row.value, 0) / desaValues.length, 9);
  });

  it('publishes rollup-none indicators for kabupaten/kota and provinsi only', () => {
    expect(count(`SELECT COUNT(*) AS n FROM observations o JOIN regions r ON r.code = o.region_code
      WHERE o.indicator_id = 'kependudukan_indeks' AND r.level NOT IN ('provinsi', 'kabupaten', 'kota')`)).toBe(0);
    expect(count(`SELECT COUNT(*) AS n FROM observations WHERE indicator_id = 'kependudukan_indeks'`)).toBe((1 + 5) * 5);
  });

  it('answers every screen query', () => {
    const profile = queries.regionProfile(result.rootCode);
    expect(profile?.figures.length).toBe(50);
    expect(profile?.children.every((child) => child.level === 'kecamatan')).toBe(true);
    const map = queries.mapValues('kesehatan_capaian', 'desa');
    expect(map?.period).toBe('2024');
    expect(map?.values.length).toBeGreaterThan(10);
    expect(queries.geometry('kecamatan')?.features.length).toBe(profile?.children.length);
    expect(queries.catalogue().flatMap((theme) => theme.indicators)).toHaveLength(50);
    const desa = profile?.children[0] && queries.regionProfile(profile.children[0].code)?.children[0];
    expect(desa && queries.search(desa.name).some((hit) => hit.kind === 'region' && hit.code === desa.code)).toBe(true);
    expect(queries.search('ka').length).toBeGreaterThan(0);
  });

  it('is deterministic for a seed', () => {
    const again = generateNationalSnapshot({ file: path.join(dir, 'again.sqlite'), scale: 0.01, seed: 7 });
    expect(again.counts).toEqual(result.counts);
    const other = new Database(again.file, { readonly: true });
    const digest = (handle: Database.Database) =>
      handle.prepare<[], { n: number; s: number }>(`SELECT COUNT(*) AS n, SUM(value) AS s FROM observations`).get();
    expect(digest(other)).toEqual(digest(db));
    other.close();
  });
});
