import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvFile } from '../../../data/snapshot/csv-file.js';
import { observationRow, pointRow, regionRow } from '../../../data/snapshot/dataset-schema.js';
import { ErrorCollector } from '../../../data/snapshot/errors.js';
import { readPointRow, readRegionRow } from '../../../data/snapshot/fast-rows.js';
import { readObservationsFile } from '../../../data/snapshot/observations-file.js';
import { tempDir } from './helpers.js';

/** Text that probes every rule of the fields: spaces, signs, exponents, separators, case, empty. */
const tricky = ['', ' ', '0', '12', '-3.5', '+4', '.5', '5.', '1e3', '1E-2', ' 7', '7 ', '1,5', '1.000.000', 'x', 'NaN', 'Infinity', '0x10',
  '35', '35.10', '35.10.01', '35.10.01.2001', '35.1', ' 35.10', '35.10.01.2001 ', 'desa', 'Desa', ' desa', 'kelurahan', 'Ka rang', '  Ka rang  ', '\u00a0a'];

describe('the fast region reader', () => {
  const good = { code: '35.10.01.2001', name: 'Satu', level: 'desa', parent_code: '35.10.01', area_km2_bps: '1.5', area_km2_boundary: '', centroid_lat: '-8.2', centroid_lng: '114.3', postal_code: '68411' };
  const header = Object.keys(good);

  it.each(header)('reads %s exactly as zod does, or leaves the row to zod', (field) => {
    for (const text of tricky) {
      const record = { ...good, [field]: text };
      const fast = readRegionRow(header.map((name) => record[name as keyof typeof record]), header);
      const zod = regionRow.safeParse(record);
      if (fast !== null) expect(zod.success ? zod.data : `zod refused ${JSON.stringify(text)}`).toEqual(fast);
    }
  });

  it('follows the header order of the file', () => {
    const reversed = [...header].reverse();
    expect(readRegionRow(reversed.map((name) => good[name as keyof typeof good]), reversed)).toEqual(regionRow.parse(good));
  });
});

describe('the fast point reader', () => {
  const good = { id: 'p1', kind: 'jalan', name: 'Jalan Satu', region_code: '35.10.01.2001', budget_idr: '150000000', progress_pct: '40', lat: '-8.2', lng: '114.3', period: '2024', source: 'Dinas PU', is_sample: '0' };
  const header = Object.keys(good);
  // Beyond the shared probes: the ends of each range, and the forms of flags, slugs and periods.
  const more = ['-1', '100', '100.5', '90', '-90', '90.1', '180', '-180.5', '1', '2024-03', '2024-Q1', '2024-13', 'jalan_desa', 'Jalan', '1jalan', 'true'];

  it.each(header)('reads %s exactly as zod does, or leaves the row to zod', (field) => {
    for (const text of [...tricky, ...more]) {
      const record = { ...good, [field]: text };
      const fast = readPointRow(header.map((name) => record[name as keyof typeof record]), header);
      const zod = pointRow.safeParse(record);
      if (fast !== null) expect(zod.success ? zod.data : `zod refused ${JSON.stringify(text)}`).toEqual(fast);
    }
  });

  it('reads a good row', () => expect(readPointRow(header.map((name) => good[name as keyof typeof good]), header)).toEqual(pointRow.parse(good)));
});

describe('the observations reader', () => {
  const header = 'indicator_id,region_code,period,value,status,note,source';
  const rows = [
    'pop,35.10.01.2001,2024,100,,,',
    'pop,35.10.01.2002,2024,+4,,,',
    'pop,35.10.01.2003,2024, 7 ,,,',
    'pop,35.10.01.2004,2024,.5,estimate, a note ,BPS',
    'pop,35.10.01.2017,2024,1,est,,',
    'pop,35.10.01.2018,2024,1, partial ,,',
    'pop,35.10.01.2019,2024,1,Partial,,',
    'pop,35.10.01.2005,2024,1e3,,,',
    ' pop,35.10.01.2006,2024,1,,,',
    'pop, 35.10.01.2007,2024-03,1,,,',
    'pop,35.10.01.2008, 2024-Q1,1,,,',
    'Pop,35.10.01.2009,2024,1,,,',
    'pop,35.10.1.2010,2024,1,,,',
    'pop,35.10.01.2011,Maret 2024,1,,,',
    'pop,35.10.01.2012,2024,1.000,,,',
    'pop,35.10.01.2013,2024,,,,',
    'pop,35.10.01.2014,2024,x,,,',
    '',
    'pop,35.10.01.2015,2024,1,,',
    'pop,35.10.01.2016,2024,1,,,,',
    'rate,35.10.01.2001,2024,-2.5,,,   ',
  ];

  /** Rows and messages of the compiled reader against parseCsvFile with the zod schema alone. */
  function compare(content: string): void {
    const path = join(tempDir(), 'observations.csv');
    writeFileSync(path, content);
    const fastErrors = new ErrorCollector(100);
    const table = readObservationsFile('observations.csv', path, fastErrors);
    const zodErrors = new ErrorCollector(100);
    const expected = parseCsvFile('observations.csv', path, observationRow, zodErrors);
    expect(Array.from({ length: table.length }, (_, row) => ({ line: table.line[row], row: table.row(row) }))).toEqual(expected);
    const messages = (errors: ErrorCollector) => {
      try {
        errors.throwIfAny();
        return [];
      } catch (error) {
        return (error as Error).message.split('\n');
      }
    };
    expect(messages(fastErrors)).toEqual(messages(zodErrors));
    expect(expected.length).toBeGreaterThan(0);
  }

  it('agrees with zod on a plain file', () => compare(`${[header, ...rows].join('\n')}\n`));
  it('agrees with zod on a file with quotes (read by csv-parse)', () => compare(`${[header, ...rows, 'pop,35.10.01.2020,2024,5,,"a, quoted\nnote",'].join('\n')}\n`));
  it('agrees with zod on a file with CRLF line ends and a byte-order mark', () => compare(`\ufeff${[header, ...rows].join('\r\n')}\r\n`));
  it('agrees with zod on a file with a byte-order mark and columns in another order', () => {
    const reorder = (line: string) => {
      const fields = line.split(',');
      return fields.length === 7 ? [fields[3], fields[0], fields[6], fields[1], fields[2], fields[5], fields[4]].join(',') : line;
    };
    compare(`\ufeff${[header, ...rows].map(reorder).join('\n')}`);
  });
});
