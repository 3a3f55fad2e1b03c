import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forEachCsvRecord, forEachCsvRecordOfCsvParse } from '../../../data/snapshot/csv-file.js';
import { chunkBytes, csvShape } from '../../../data/snapshot/csv-lines.js';
import { ErrorCollector } from '../../../data/snapshot/errors.js';
import { tempDir } from './helpers.js';

const expected = ['a', 'b', 'c'];

/** Records, line numbers and messages of a reader over one file. */
function read(path: string, reader: typeof forEachCsvRecord) {
  const errors = new ErrorCollector(1000);
  const records: [number, string[]][] = [];
  reader('test.csv', path, expected, errors, (fields, line) => records.push([line, [...fields]]));
  let messages: string[] = [];
  try {
    errors.throwIfAny();
  } catch (error) {
    messages = (error as Error).message.split('\n');
  }
  return { records, messages };
}

function compare(content: string, shape: ReturnType<typeof csvShape>): void {
  const path = join(tempDir(), 'test.csv');
  writeFileSync(path, content);
  expect(csvShape(path)).toBe(shape);
  expect(read(path, forEachCsvRecord)).toEqual(read(path, forEachCsvRecordOfCsvParse));
}

/** A file of many records, some with quoted commas, quotes and line breaks, long enough to cross read chunks. */
function large(): string {
  const lines = ['a,b,c'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  let size = 0;
  for (let row = 0; size < 9 << 20; row += 1) {
    const u = next();
    const text = u < 0.2 ? `"line ${row}\nnext, ""part"""` : u < 0.3 ? '""' : u < 0.35 ? '"' + 'x'.repeat(Math.floor(next() * 300)) + '"' : `v${row}`;
    const line = `${row},${text},${u < 0.5 ? '' : 'z'}`;
    lines.push(line);
    size += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

describe('the line-by-line CSV reader gives what csv-parse gives', () => {
  it('on plain text with blank lines, spaces and wrong field counts', () =>
    compare('a,b,c\n1,2,3\n\n4,5,\n ,6\n7,8,9,10\n,,\n', 'plain'));
  it('on a header with spaces and columns in another order', () => compare(' c , a,b\n3,1,2\n', 'plain'));
  it('on quoted fields with commas, doubled quotes and line breaks', () =>
    compare('a,"b",c\n"1,5","say ""hi""","multi\nline\n\ntext"\n""\n"",,\n4,"",6\n7,8,"9"', 'quoted'));
  it('on a byte-order mark before a quoted header', () => compare('\ufeff"a",b,c\n1,2,3\n', 'quoted'));
  it('on stray, unclosed and misplaced quotes (left to csv-parse)', () => {
    compare('a,b,c\n1,x"y,3\n', 'other');
    compare('a,b,c\n1,"open,3\n', 'other');
    compare('a,b,c\n1,"closed"late,3\n', 'other');
    compare('a,b,c\r\n1,2,3\r\n', 'other');
    compare('', 'other');
  });
  it('on a file larger than a read chunk, with quoted line breaks across chunk ends', () => compare(large(), 'quoted'));

  it('on a quote that ends a read chunk, closing a field or doubled', () => {
    // The quote at byte chunkBytes - 1: the next chunk's first byte says what it was.
    const padTo = (text: string, at: number) => `${text}${'p'.repeat(at - text.length)}`;
    const head = 'a,b,c\n1,2,"';
    compare(`${padTo(head, chunkBytes - 1)}",x\n3,4,5\n`, 'quoted');
    compare(`${padTo(head, chunkBytes - 1)}""q"\n3,4,5\n`, 'quoted');
    compare(`${padTo(head, chunkBytes - 1)}"q\n3,4,5\n`, 'other');
  });
});
