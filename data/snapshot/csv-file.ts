import { readFileSync } from 'node:fs';
import { CsvError, parse } from 'csv-parse/sync';
import type { z } from 'zod';
import { csvShape, forEachPlainLine } from './csv-lines.js';
import type { ErrorCollector } from './errors.js';
import type { FastRowReader } from './fast-rows.js';

/** A parsed row and the line it starts on, so every later check can point at the source. */
export interface Located<T> {
  line: number;
  row: T;
}

type RowSchema = z.ZodObject<Record<string, z.ZodType<unknown, string>>>;

/** Called with each record's fields in the file's column order (named by `header`); `fields` is reused between calls. */
export type RecordHandler = (fields: readonly string[], line: number, header: readonly string[]) => void;

/**
 * Reads one CSV file record by record. Columns are checked once against the header, so
 * a missing column is one error rather than one per row; a record with the wrong number
 * of fields is reported and skipped; blank lines are skipped. A file csvShape vouches for
 * is split line by line (csv-lines.ts); any other goes through csv-parse. Both give the
 * same records and line numbers (test/data/snapshot/csv-file.test.ts).
 */
export function forEachCsvRecord(file: string, path: string, expected: readonly string[], errors: ErrorCollector, onRecord: RecordHandler): void {
  const shape = csvShape(path);
  if (shape === 'other') return forEachCsvRecordOfCsvParse(file, path, expected, errors, onRecord);

  let header: string[] | null = null;
  let usable = false;
  let fields: string[] = [];
  const record = (text: string, start: number, end: number, line: number): void => {
    if (header === null) {
      header = splitRecord(text, start, end, []).fields.map((name) => name.trim());
      usable = checkHeader(file, header, expected, errors);
      fields = new Array<string>(header.length).fill('');
      return;
    }
    if (!usable) return;
    const count = splitRecord(text, start, end, fields).count;
    // A blank line (or a lone ""), which csv-parse reads as one empty field, is skipped.
    if (count === 1 && fields[0] === '') return;
    if (count !== fields.length) errors.add(file, line, 'row', `has ${count} fields; the header has ${fields.length}`);
    else onRecord(fields, line, header);
  };
  // A quoted field may hold line breaks: its record's lines are joined before splitting.
  let open = false;
  let pending = '';
  let pendingLine = 0;
  // The next quote in the current chunk, found by one forward scan per chunk (-1: none left).
  let quoteText = '';
  let quoteAt = -1;
  forEachPlainLine(path, (text, start, end, line) => {
    let quotes = 0;
    if (shape === 'quoted') {
      if (text !== quoteText) {
        quoteText = text;
        quoteAt = text.indexOf('"', start);
      }
      while (quoteAt !== -1 && quoteAt < end) {
        quotes += 1;
        quoteAt = text.indexOf('"', quoteAt + 1);
      }
    }
    if (!open) {
      if ((quotes & 1) === 0) return record(text, start, end, line);
      open = true;
      pending = text.slice(start, end);
      pendingLine = line;
      return;
    }
    pending += `\n${text.slice(start, end)}`;
    if ((quotes & 1) === 1) {
      open = false;
      record(pending, 0, pending.length, pendingLine);
    }
  });
  if (header === null) checkHeader(file, [], expected, errors);
}

/**
 * Splits one record of a plain or well-quoted file (see csvShape) into `into`, which it
 * fills up to its length; returns how many fields the record has.
 */
function splitRecord(text: string, start: number, end: number, into: string[]): { fields: string[]; count: number } {
  const growing = into.length === 0;
  let count = 0;
  let from = start;
  for (;;) {
    let value: string;
    let next: number;
    if (text.charCodeAt(from) === 0x22 && from < end) {
      let close = text.indexOf('"', from + 1);
      let escaped = false;
      while (close !== -1 && close + 1 < end && text.charCodeAt(close + 1) === 0x22) {
        escaped = true;
        close = text.indexOf('"', close + 2);
      }
      if (close === -1 || close > end) close = end;
      value = text.slice(from + 1, close);
      if (escaped) value = value.replaceAll('""', '"');
      next = close + 1;
    } else {
      let comma = text.indexOf(',', from);
      if (comma === -1 || comma > end) comma = end;
      value = text.slice(from, comma);
      next = comma;
    }
    if (growing) into.push(value);
    else if (count < into.length) into[count] = value;
    count += 1;
    if (next >= end) break;
    from = next + 1;
  }
  return { fields: into, count };
}

/** The reference reader: csv-parse over the whole file, for files csvShape does not vouch for. */
export function forEachCsvRecordOfCsvParse(file: string, path: string, expected: readonly string[], errors: ErrorCollector, onRecord: RecordHandler): void {
  let records: string[][];
  try {
    // Arrays without csv-parse's per-record info object parse about twice as fast; line numbers are counted below.
    records = parse(readFileSync(path, 'utf8'), { bom: true, skip_empty_lines: false, relax_column_count: true }) as string[][];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error['lines'] === 'number' ? error['lines'] : 0;
      errors.add(file, line, 'csv', error.message);
      return;
    }
    throw error;
  }
  const header = (records[0] ?? []).map((name) => name.trim());
  if (!checkHeader(file, header, expected, errors)) return;
  let line = 1 + newlinesIn(records[0] ?? []);
  for (let index = 1; index < records.length; index += 1) {
    const fields = records[index] ?? [];
    line += 1;
    const recordLine = line;
    line += newlinesIn(fields);
    if (fields.length === 1 && fields[0] === '') continue;
    if (fields.length !== header.length) {
      errors.add(file, recordLine, 'row', `has ${fields.length} fields; the header has ${header.length}`);
      continue;
    }
    onRecord(fields, recordLine, header);
  }
}

/** Reports a header that lacks, repeats or adds columns; true when the header is usable. */
function checkHeader(file: string, header: readonly string[], expected: readonly string[], errors: ErrorCollector): boolean {
  const missing = expected.filter((name) => !header.includes(name));
  const unknown = header.filter((name) => !expected.includes(name));
  const duplicated = header.filter((name, index) => header.indexOf(name) !== index);
  if (missing.length > 0) errors.add(file, 1, missing.join(','), `column missing from the header (expected: ${expected.join(',')})`);
  if (unknown.length > 0) errors.add(file, 1, unknown.join(','), `unknown column (expected: ${expected.join(',')})`);
  if (duplicated.length > 0) errors.add(file, 1, duplicated.join(','), 'column appears twice in the header');
  return missing.length + unknown.length + duplicated.length === 0;
}

/**
 * Validates one record with its zod schema: the row, or its problems reported with the
 * field and the text that was given. Also the error path of the compiled observation check,
 * so both report in the same words.
 */
export function parseRecord<S extends RowSchema>(
  file: string,
  schema: S,
  names: readonly string[],
  fields: readonly string[],
  line: number,
  errors: ErrorCollector,
): z.output<S> | null {
  const record: Record<string, string> = {};
  names.forEach((name, column) => (record[name] = fields[column] ?? ''));
  const result = schema.safeParse(record);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = issue.path.length > 0 ? issue.path.join('.') : 'row';
    const value = typeof issue.path[0] === 'string' ? record[issue.path[0]] : undefined;
    errors.add(file, line, field, value === undefined ? issue.message : `${issue.message} (got ${JSON.stringify(value)})`);
  }
  return null;
}

/**
 * Parses one CSV file and validates each row with its schema. Rows that fail are
 * reported and left out; the caller stops before using a dataset with errors.
 * `fast`, for big files, reads the rows it can decide on without zod (fast-rows.ts).
 */
export function parseCsvFile<S extends RowSchema>(
  file: string,
  path: string,
  schema: S,
  errors: ErrorCollector,
  fast?: FastRowReader<z.output<S>>,
): Located<z.output<S>>[] {
  const expected = Object.keys(schema.shape);
  const rows: Located<z.output<S>>[] = [];
  forEachCsvRecord(file, path, expected, errors, (fields, line, header) => {
    const row = fast?.(fields, header) ?? parseRecord(file, schema, header, fields, line, errors);
    if (row !== null) rows.push({ line, row });
  });
  return rows;
}

/** Line breaks inside quoted fields, so the next record's line number stays right. */
function newlinesIn(fields: readonly string[]): number {
  let count = 0;
  for (const field of fields) {
    if (!field.includes('\n')) continue;
    for (const char of field) if (char === '\n') count += 1;
  }
  return count;
}
