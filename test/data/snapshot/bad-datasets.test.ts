import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateRefreshWorker } from '../../../data/refresh/run-build.js';
import { buildSnapshot, DatasetRejectedError, type BuildOptions } from '../../../data/snapshot/index.js';
import { copyDataset, editFile, tempDir } from './helpers.js';

interface Case {
  name: string;
  file: string;
  edit: (text: string) => string;
  expected: { file: string; line: number; field: string; problem: RegExp };
}

const replace = (from: string, to: string) => (text: string) => {
  if (!text.includes(from)) throw new Error(`fixture does not contain ${from}`);
  return text.replace(from, to);
};
const append = (line: string) => (text: string) => `${text}${line}\n`;

const cases: Case[] = [
  { name: 'a word where a number belongs', file: 'regions.csv', edit: replace('35.10.01,Satu,kecamatan,35.10,60', '35.10.01,Satu,kecamatan,35.10,sixty'),
    expected: { file: 'regions.csv', line: 4, field: 'area_km2_bps', problem: /must be a number/ } },
  { name: 'an unknown region level', file: 'regions.csv', edit: replace('Karangrejo,desa', 'Karangrejo,dusun'),
    expected: { file: 'regions.csv', line: 6, field: 'level', problem: /must be one of/ } },
  { name: 'a malformed region code', file: 'regions.csv', edit: replace('35.10.02,Dua', '35.10.2,Dua'),
    expected: { file: 'regions.csv', line: 5, field: 'code', problem: /Kemendagri code/ } },
  { name: 'a missing parent', file: 'regions.csv', edit: replace('35.10.02.2002,Tamansari,desa,35.10.02', '35.10.02.2002,Tamansari,desa,35.10.09'),
    expected: { file: 'regions.csv', line: 9, field: 'parent_code', problem: /parent 35\.10\.09 .* is not in regions\.csv/ } },
  { name: 'a duplicate region code', file: 'regions.csv', edit: append('35.10.01,Satu lagi,kecamatan,35.10,,,,,'),
    expected: { file: 'regions.csv', line: 10, field: 'code', problem: /duplicate region code 35\.10\.01 \(first on line 4\)/ } },
  { name: 'a level that does not fit the code', file: 'regions.csv', edit: replace('35.10.01.2002,Sumberagung,desa', '35.10.01.2002,Sumberagung,kecamatan'),
    expected: { file: 'regions.csv', line: 7, field: 'level', problem: /does not fit code/ } },
  { name: 'an observation of an unknown region', file: 'observations.csv', edit: replace('population,35.10.01.2001,2024', 'population,35.10.01.2999,2024'),
    expected: { file: 'observations.csv', line: 2, field: 'region_code', problem: /unknown region 35\.10\.01\.2999/ } },
  { name: 'an observation of an unknown indicator', file: 'observations.csv', edit: replace('satisfaction,35.10.01.2001', 'happiness,35.10.01.2001'),
    expected: { file: 'observations.csv', line: 15, field: 'indicator_id', problem: /unknown indicator happiness/ } },
  { name: 'a value above the indicator maximum', file: 'observations.csv', edit: replace('poverty_rate,35.10.01.2001,2024,10', 'poverty_rate,35.10.01.2001,2024,150'),
    expected: { file: 'observations.csv', line: 11, field: 'value', problem: /above poverty_rate's maximum 100/ } },
  { name: 'a value below the indicator minimum', file: 'observations.csv', edit: replace('population,35.10.02.1001,2024,2000', 'population,35.10.02.1001,2024,-5'),
    expected: { file: 'observations.csv', line: 4, field: 'value', problem: /below population's minimum 0/ } },
  { name: 'a value with a thousands separator', file: 'observations.csv', edit: replace('population,35.10.01.2002,2024,3000', 'population,35.10.01.2002,2024,"3,000"'),
    expected: { file: 'observations.csv', line: 3, field: 'value', problem: /must be a number/ } },
  { name: 'a duplicate observation', file: 'observations.csv', edit: append('population,35.10.01.2001,2024,999,,,'),
    expected: { file: 'observations.csv', line: 23, field: 'period', problem: /duplicate observation .* \(first on line 2\)/ } },
  { name: 'an unsortable period', file: 'observations.csv', edit: replace('population,35.10.01.2001,2024', 'population,35.10.01.2001,Maret 2024'),
    expected: { file: 'observations.csv', line: 2, field: 'period', problem: /YYYY/ } },
  { name: 'a status the kiosk cannot name', file: 'observations.csv', edit: replace('population,35.10.01.2002,2024,3000,', 'population,35.10.01.2002,2024,3000,provisional'),
    expected: { file: 'observations.csv', line: 3, field: 'status', problem: /must be empty or one of preliminary, estimate, approximate, lower_bound, derived, partial/ } },
  { name: 'a misspelt column', file: 'observations.csv', edit: replace('indicator_id,region_code,period,value,', 'indicator_id,region_code,period,val,'),
    expected: { file: 'observations.csv', line: 1, field: 'value', problem: /column missing/ } },
  { name: 'a row with too many fields', file: 'observations.csv', edit: append('population,35.10.02.2002,2023,1,,,,extra'),
    expected: { file: 'observations.csv', line: 23, field: 'row', problem: /has 8 fields; the header has 7/ } },
  { name: 'weighted_mean without a weight', file: 'indicators.csv', edit: replace('weighted_mean,population,', 'weighted_mean,,'),
    expected: { file: 'indicators.csv', line: 3, field: 'rollup_weight', problem: /required when rollup is weighted_mean/ } },
  { name: 'an unknown weight indicator', file: 'indicators.csv', edit: replace('weighted_mean,population,', 'weighted_mean,people,'),
    expected: { file: 'indicators.csv', line: 3, field: 'rollup_weight', problem: /unknown weight indicator people/ } },
  { name: 'an unknown rollup rule', file: 'indicators.csv', edit: replace('1,mean,,1', '1,median,,1'),
    expected: { file: 'indicators.csv', line: 4, field: 'rollup', problem: /must be one of sum, mean, weighted_mean, none/ } },
  { name: 'an unknown theme', file: 'indicators.csv', edit: replace('gini,kependudukan', 'gini,ekonomi'),
    expected: { file: 'indicators.csv', line: 6, field: 'theme_id', problem: /unknown theme ekonomi/ } },
  { name: 'is_sample other than 0 or 1', file: 'indicators.csv', edit: replace('Test source,CC0,1,0,20', 'Test source,CC0,yes,0,20'),
    expected: { file: 'indicators.csv', line: 3, field: 'is_sample', problem: /must be 0 or 1/ } },
  { name: 'a duplicate theme', file: 'themes.csv', edit: append('kependudukan,Lagi,Again,users,30'),
    expected: { file: 'themes.csv', line: 4, field: 'id', problem: /duplicate id kependudukan/ } },
  { name: 'a project progress above 100', file: 'points.csv', edit: replace(',150000000,40,', ',150000000,140,'),
    expected: { file: 'points.csv', line: 2, field: 'progress_pct', problem: /between 0 and 100/ } },
  { name: 'a point in an unknown region', file: 'points.csv', edit: replace('Drainase,35.10.02.2002', 'Drainase,35.10.02.2999'),
    expected: { file: 'points.csv', line: 3, field: 'region_code', problem: /unknown region/ } },
  { name: 'a root region that is not in the regions', file: 'dataset.json', edit: replace('"root_code": "35.10"', '"root_code": "35.99"'),
    expected: { file: 'dataset.json', line: 0, field: 'root_code', problem: /root region 35\.99/ } },
  { name: 'a data_as_of that is not a date', file: 'dataset.json', edit: replace('"2025-06-30"', '"kemarin"'),
    expected: { file: 'dataset.json', line: 0, field: 'data_as_of', problem: /ISO date/ } },
  { name: 'a geometry of an unknown region', file: 'geometry/desa.geojson', edit: replace('"code":"35.10.02.2002"', '"code":"35.10.02.2999"'),
    expected: { file: 'geometry/desa.geojson', line: 3, field: 'features[1].properties.code', problem: /unknown region/ } },
  { name: 'an open polygon ring', file: 'geometry/desa.geojson', edit: replace('[[[114.1,-8.32],[114.12,-8.32],[114.12,-8.3],[114.1,-8.3],[114.1,-8.32]]]', '[[[114.1,-8.32],[114.12,-8.32],[114.1,-8.32]]]'),
    expected: { file: 'geometry/desa.geojson', line: 2, field: 'features[0].geometry.coordinates.0', problem: /at least 4 positions/ } },
];

// Every case both ways: one thread reading everything first, and observations.csv parsed in a second thread while rows are written.
const readers: [string, Pick<BuildOptions, 'parallelParse'>][] = [
  ['one thread', {}],
  ['a parser thread', { parallelParse: { workerUrl: locateRefreshWorker(), minBytes: 0, batchRows: 4 } }],
];

describe.each(readers)('read by %s', (_reader, reading) => {
  async function expectRefused(datasetDir: string): Promise<{ error: DatasetRejectedError; outFile: string }> {
    const outFile = join(tempDir('anjungan-out-'), 'snapshot.sqlite');
    const error = await buildSnapshot({ datasetDir, outFile, isBundledDefault: false, ...reading }).then(
      () => { throw new Error('the dataset was accepted'); },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatasetRejectedError);
    expect(existsSync(outFile)).toBe(false);
    expect(readdirSync(dirname(outFile))).toEqual([]);
    return { error: error as DatasetRejectedError, outFile };
  }

  describe('a bad dataset is refused with file, line and field, and nothing is written', () => {
    it.each(cases)('$name', async ({ file, edit, expected }) => {
      const dir = copyDataset();
      editFile(dir, file, edit);
      const { error } = await expectRefused(dir);
      expect(error.errors).toContainEqual(expect.objectContaining({ file: expected.file, line: expected.line, field: expected.field }));
      const match = error.errors.find((e) => e.file === expected.file && e.line === expected.line && e.field === expected.field);
      expect(match?.problem).toMatch(expected.problem);
      const where = expected.line > 0 ? `${expected.file}:${expected.line} [${expected.field}]` : `${expected.file} [${expected.field}]`;
      expect(error.message).toContain(where);
    });

    it('reports a missing file', async () => {
      const dir = copyDataset();
      rmSync(join(dir, 'themes.csv'));
      const { error } = await expectRefused(dir);
      expect(error.errors[0]).toMatchObject({ file: 'themes.csv', line: 0, field: 'file' });
    });

    it('reports many problems at once, up to 20, and counts the rest', async () => {
      const dir = copyDataset();
      const bad = Array.from({ length: 30 }, (_, i) => `population,35.10.01.2001,${1990 + i},-1,,,`).join('\n');
      editFile(dir, 'observations.csv', (text) => `${text}${bad}\n`);
      const { error } = await expectRefused(dir);
      expect(error.errors).toHaveLength(20);
      expect(error.omitted).toBe(10);
      expect(error.errors.map((e) => e.line)).toEqual(Array.from({ length: 20 }, (_, i) => 23 + i));
      expect(error.message).toMatch(/refused \(30 problems\)/);
      expect(error.message).toMatch(/and 10 more problems/);
    });

    it('counts lines across quoted line breaks and blank lines', async () => {
      const dir = copyDataset();
      editFile(dir, 'observations.csv', (text) => text
        .replace('population,35.10.01.2001,2024,1000,,,', 'population,35.10.01.2001,2024,1000,,"two\nlines",')
        .replace('population,35.10.02.1001,2024,2000,,,', '\npopulation,35.10.02.1001,2024,oops,,,'));
      const { error } = await expectRefused(dir);
      expect(error.errors).toEqual([expect.objectContaining({ file: 'observations.csv', line: 6, field: 'value' })]);
    });
  });
});
