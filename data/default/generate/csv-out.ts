import { writeFileSync } from 'node:fs';

export type Cell = string | number | boolean | null | undefined;

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '1' : '0';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Writes rows under a fixed header, LF line endings, so the files diff cleanly in git. */
export function writeCsv(file: string, header: readonly string[], rows: readonly Record<string, Cell>[]): void {
  const lines = [header.join(',')];
  for (const row of rows) lines.push(header.map((name) => cell(row[name])).join(','));
  writeFileSync(file, `${lines.join('\n')}\n`);
}
