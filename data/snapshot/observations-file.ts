import { forEachCsvRecord, parseRecord } from './csv-file.js';
import type { ObservationStatus } from '../api/types.js';
import { numberPattern, observationRow, observationStatuses, periodPattern, regionCodePattern, slugPattern } from './dataset-schema.js';
import type { ErrorCollector } from './errors.js';
import { ObservationTable } from './observation-table.js';

const columns = Object.keys(observationRow.shape);
const knownStatuses: ReadonlySet<string> = new Set(observationStatuses);

type Seven = [number, number, number, number, number, number, number];

/** `optionalText` of the schema, inlined: it cannot fail. */
const optionalText = (raw: string): string | null => {
  if (raw === '') return null;
  const trimmed = raw.trim();
  return trimmed === '' ? null : trimmed;
};

/**
 * Reads observations.csv into an ObservationTable. The observations are millions of rows
 * of four short fields, so each row is checked by hand instead of by zod: an id, code or
 * period already seen has passed its pattern and is only looked up; a new one is tested
 * against the schema's own pattern. The hand check accepts only text zod would accept
 * unchanged (no surrounding spaces, plain numbers); anything else, valid or not, goes
 * through observationRow itself, so a refused row gets exactly zod's messages and a row
 * zod accepts after trimming is read exactly as zod reads it. `table` may be one that
 * hands its rows on as they come (observations-stream.ts).
 */
export function readObservationsFile(file: string, path: string, errors: ErrorCollector, table = new ObservationTable()): ObservationTable {
  // Column positions in the file, known from the first record on.
  let indicatorAt = -1;
  let regionAt = 0;
  let periodAt = 0;
  let valueAt = 0;
  let statusAt = 0;
  let noteAt = 0;
  let sourceAt = 0;
  let lastIndicatorText = '';
  let lastIndicator = -1;
  let lastPeriodText = '';
  let lastPeriod = -1;
  let lastRegion = -1;
  const viaSchema = (fields: readonly string[], line: number, header: readonly string[]): void => {
    const row = parseRecord(file, observationRow, header, fields, line, errors);
    if (row !== null) table.pushRow(row, line);
  };

  forEachCsvRecord(file, path, columns, errors, (fields, line, header) => {
    if (indicatorAt < 0) [indicatorAt, regionAt, periodAt, valueAt, statusAt, noteAt, sourceAt] = columns.map((name) => header.indexOf(name)) as Seven;

    // Rows come grouped by indicator and period, so the previous row's ids usually match.
    const indicatorText = fields[indicatorAt] ?? '';
    let indicator = indicatorText === lastIndicatorText ? lastIndicator : table.knownIndicator(indicatorText);
    if (indicator === undefined || indicator < 0) {
      if (!slugPattern.test(indicatorText)) return viaSchema(fields, line, header);
      indicator = table.indicatorOf(indicatorText);
    }
    // Files grouped by indicator and period list the regions in the same order in every
    // group, so the region after the previous row's is the likely one: a string compare
    // instead of hashing the code.
    const regionText = fields[regionAt] ?? '';
    let region: number | undefined = lastRegion + 1;
    if (table.regionCodes[region] !== regionText) region = table.knownRegion(regionText);
    if (region === undefined) {
      if (!regionCodePattern.test(regionText)) return viaSchema(fields, line, header);
      region = table.regionOf(regionText);
    }
    const periodText = fields[periodAt] ?? '';
    let period = periodText === lastPeriodText ? lastPeriod : table.knownPeriod(periodText);
    if (period === undefined || period < 0) {
      if (!periodPattern.test(periodText)) return viaSchema(fields, line, header);
      period = table.periodOf(periodText);
    }
    const valueText = fields[valueAt] ?? '';
    if (!numberPattern.test(valueText)) return viaSchema(fields, line, header);

    const status = optionalText(fields[statusAt] ?? '');
    if (status !== null && (status !== fields[statusAt] || !knownStatuses.has(status))) return viaSchema(fields, line, header);
    const note = optionalText(fields[noteAt] ?? '');
    const source = optionalText(fields[sourceAt] ?? '');
    const extras = status === null && note === null && source === null ? null : { status: status as ObservationStatus | null, note, source };
    table.push(indicator, region, period, Number(valueText), line, extras);
    lastIndicatorText = indicatorText;
    lastIndicator = indicator;
    lastPeriodText = periodText;
    lastPeriod = period;
    lastRegion = region;
  });
  return table;
}
