import { CsvError, parse } from 'csv-parse/sync';
import type { z } from 'zod';
import type { ErrorCollector } from './errors.js';

/** A parsed row and the line it starts on, so every later check can point at the source. */
export interface Located<T> {
  line: number;
  row: T;
}

type RowSchema = z.ZodObject<Record<string, z.ZodType<unknown, string>>>;

/**
 * Parses one CSV file and validates each row with its schema. Columns are checked once
 * against the header, so a missing column is one error rather than one per row.
 * Rows that fail are reported and left out; the caller stops before using a dataset with errors.
 */
export function parseCsvFile<S extends RowSchema>(
  file: string,
  content: string,
  schema: S,
  errors: ErrorCollector,
): Located<z.output<S>>[] {
  const expected = Object.keys(schema.shape);
  let records: string[][];
  try {
    // Arrays without csv-parse's per-record info object parse about twice as fast; line numbers are counted below.
    records = parse(content, { bom: true, skip_empty_lines: false, relax_column_count: true }) as string[][];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error['lines'] === 'number' ? error['lines'] : 0;
      errors.add(file, line, 'csv', error.message);
      return [];
    }
    throw error;
  }
  const header = (records[0] ?? []).map((name) => name.trim());

  const missing = expected.filter((name) => !header.includes(name));
  const unknown = header.filter((name) => !expected.includes(name));
  const duplicated = header.filter((name, index) => header.indexOf(name) !== index);
  if (missing.length > 0) errors.add(file, 1, missing.join(','), `column missing from the header (expected: ${expected.join(',')})`);
  if (unknown.length > 0) errors.add(file, 1, unknown.join(','), `unknown column (expected: ${expected.join(',')})`);
  if (duplicated.length > 0) errors.add(file, 1, duplicated.join(','), 'column appears twice in the header');
  if (missing.length + unknown.length + duplicated.length > 0) return [];

  const rows: Located<z.output<S>>[] = [];
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
    const record: Record<string, string> = {};
    header.forEach((name, column) => (record[name] = fields[column] ?? ''));
    const result = schema.safeParse(record);
    if (result.success) {
      rows.push({ line: recordLine, row: result.data });
      continue;
    }
    for (const issue of result.error.issues) {
      const field = issue.path.length > 0 ? issue.path.join('.') : 'row';
      const value = typeof issue.path[0] === 'string' ? record[issue.path[0]] : undefined;
      errors.add(file, recordLine, field, value === undefined ? issue.message : `${issue.message} (got ${JSON.stringify(value)})`);
    }
  }
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
