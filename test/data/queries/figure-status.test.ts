import Database from 'better-sqlite3';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../../data/snapshot/index.js';
import { createQueries, type Queries } from '../../../data/store/queries/index.js';
import { defaultDatasetDir, tempDir } from '../snapshot/helpers.js';

/*
 * The default dataset's real figures carry how their source qualifies them (a part-year
 * total, an "about", a census quick count). Every screen's answer hands it on, so the
 * kiosk can say so beside the number.
 */
let queries: Queries;

beforeAll(async () => {
  const outFile = join(tempDir('anjungan-status-'), 'default.sqlite');
  await buildSnapshot({ datasetDir: defaultDatasetDir, outFile, isBundledDefault: true });
  const db = new Database(outFile, { readonly: true });
  queries = createQueries(db);
  return () => db.close();
});

describe("a figure's status", () => {
  it('reach the regency profile: the 2024 Dana Desa disbursed is a part-year total', () => {
    const figures = queries.regionProfile('35.10')?.figures ?? [];
    const disbursed = figures.find((figure) => figure.indicator.id === 'dana_desa_realisation');
    expect(disbursed).toMatchObject({ period: '2024', status: 'partial' });
    const services = figures.find((figure) => figure.indicator.id === 'mpp_service_types');
    expect(services).toMatchObject({ status: 'approximate' });
    expect(figures.find((figure) => figure.indicator.id === 'hdi')).toMatchObject({ status: null });
  });

  it('reach the sample figures as none: generated rows are as generated', () => {
    const village = queries.regionProfile('35.10.09.2001')?.figures ?? [];
    expect(village.length).toBeGreaterThan(5);
    expect(village.filter((figure) => figure.indicator.isSample).every((figure) => figure.status === null)).toBe(true);
  });

  it('reach the key figures of Home', () => {
    const key = queries.overview('35.10')?.keyFigures ?? [];
    expect(key.length).toBeGreaterThan(3);
    expect(key.find((figure) => figure.indicator.id === 'population_total')).toMatchObject({ status: null });
  });

  it('reach each ranked row, each point of a series and each compared cell', () => {
    const census = queries.ranking('35.10', 'population_sp2010_total');
    expect(census?.rows).toHaveLength(24);
    expect(census?.rows.every((row) => row.status === 'preliminary')).toBe(true);
    const area = queries.ranking('35.10', 'area_boundary_km2');
    expect(area?.rows.every((row) => row.status === 'derived')).toBe(true);

    const series = queries.series('dana_desa_realisation', ['35.10']);
    expect(series?.lines[0]?.points.map((point) => [point.period, point.status])).toEqual([['2023', null], ['2024', 'partial']]);
    // A series stitched from one report per figure names each report.
    const services = queries.series('mpp_service_types', ['35.10'])?.lines[0]?.points ?? [];
    expect(services).toHaveLength(6);
    expect(new Set(services.map((point) => point.source)).size).toBe(6);
    expect(services[0]?.source).toContain('merdeka.com');
    expect(queries.series('sample_poverty_rate', ['35.10.09.2002'])?.lines[0]?.points.every((point) => point.source === null)).toBe(true);

    const compared = queries.compare(['35.10', '35.10.09'], ['mpp_service_types', 'population_sp2010_total']);
    expect(compared.rows.map((row) => row.cells.map((cell) => cell?.status ?? 'none'))).toEqual([['approximate', 'none'], ['preliminary', 'preliminary']]);
  });
});
