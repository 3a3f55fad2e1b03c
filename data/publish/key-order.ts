import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { datasetFiles, ErrorCollector } from '../snapshot/index.js';
import { observationKeyOrder } from '../snapshot/observation-order.js';
import { readObservationsFile } from '../snapshot/observations-file.js';

/** The template's columns (TEMPLATES.md), in the order each row below is written. */
const header = 'indicator_id,region_code,period,value,status,note,source';

const csvField = (value: string | null): string => (value === null ? '' : /[",\n\r]/.test(value) || value !== value.trim() ? `"${value.replaceAll('"', '""')}"` : value);

/**
 * Rewrites a validated dataset folder's observations.csv in the snapshot's primary-key
 * order (indicator, period, region) when it is not in that order already. A kiosk
 * inserts rows while it is still reading the file for as long as they come in key order
 * (data/snapshot/observation-writer.ts); a file in any other order is read to the end
 * first, which makes a country-sized refresh about a second slower. The rewrite keeps
 * every value exactly (numbers are written in the shortest form that reads back as the
 * same double; text fields are written as the validator read them) and returns whether
 * it changed the file.
 */
export function writeObservationsInKeyOrder(datasetDir: string): { reordered: boolean; rows: number } {
  const file = path.join(datasetDir, datasetFiles.observations);
  const errors = new ErrorCollector();
  const table = readObservationsFile(datasetFiles.observations, file, errors);
  errors.throwIfAny();
  const { order } = observationKeyOrder(table);
  if (!order) return { reordered: false, rows: table.length };

  const { indicatorIds, regionCodes, periods, indicator, region, period, value, extras } = table;
  const temporary = `${file}.ordering`;
  const fd = openSync(temporary, 'w');
  try {
    let chunk = `${header}\n`;
    for (const row of order) {
      const extra = extras.get(row);
      // Ids, codes and periods match patterns without commas or quotes: written as they are.
      chunk += `${indicatorIds[indicator[row]!]},${regionCodes[region[row]!]},${periods[period[row]!]},${String(value[row])},${csvField(extra?.status ?? null)},${csvField(extra?.note ?? null)},${csvField(extra?.source ?? null)}\n`;
      if (chunk.length > 1 << 20) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temporary, file);
  return { reordered: true, rows: table.length };
}
