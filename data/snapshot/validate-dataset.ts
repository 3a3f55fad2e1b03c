import type { IndicatorRow } from './dataset-schema.js';
import { ErrorCollector } from './errors.js';
import { observationKeyOrder } from './observation-order.js';
import type { ObservationTable } from './observation-table.js';
import { datasetFiles, type Dataset } from './read-dataset.js';

const levelDepth: Record<string, number> = { provinsi: 1, kabupaten: 2, kota: 2, kecamatan: 3, desa: 4, kelurahan: 4 };

/**
 * Checks that the files of a dataset agree with each other: every reference resolves,
 * every key is unique, every value sits within its indicator's range. Throws
 * DatasetRejectedError with every problem found (up to the collector's limit).
 */
export function validateDataset(dataset: Dataset, errors = new ErrorCollector()): void {
  const { regions, themes, indicators, observations, points, geometries, manifest } = dataset;

  const regionLine = new Map<string, number>();
  for (const { line, row } of regions) {
    const first = regionLine.get(row.code);
    if (first !== undefined) errors.add(datasetFiles.regions, line, 'code', `duplicate region code ${row.code} (first on line ${first})`);
    else regionLine.set(row.code, line);
  }
  for (const { line, row } of regions) {
    const depth = row.code.split('.').length;
    if (levelDepth[row.level] !== depth) {
      errors.add(datasetFiles.regions, line, 'level', `level ${row.level} does not fit code ${row.code} (${depth} part${depth === 1 ? '' : 's'})`);
    }
    if (row.parent_code === null) {
      if (row.level !== 'provinsi') errors.add(datasetFiles.regions, line, 'parent_code', `is required for a ${row.level}`);
    } else if (!regionLine.has(row.parent_code)) {
      errors.add(datasetFiles.regions, line, 'parent_code', `parent ${row.parent_code} of ${row.code} is not in ${datasetFiles.regions}`);
    } else if (!row.code.startsWith(`${row.parent_code}.`)) {
      errors.add(datasetFiles.regions, line, 'parent_code', `${row.code} cannot be a child of ${row.parent_code}`);
    }
    if (row.centroid_lat !== null && Math.abs(row.centroid_lat) > 90) errors.add(datasetFiles.regions, line, 'centroid_lat', 'must be between -90 and 90');
    if (row.centroid_lng !== null && Math.abs(row.centroid_lng) > 180) errors.add(datasetFiles.regions, line, 'centroid_lng', 'must be between -180 and 180');
    for (const field of ['area_km2_bps', 'area_km2_boundary'] as const) {
      const value = row[field];
      if (value !== null && value <= 0) errors.add(datasetFiles.regions, line, field, 'must be greater than 0');
    }
  }
  if (!regionLine.has(manifest.root_code)) {
    errors.add(datasetFiles.manifest, 0, 'root_code', `root region ${manifest.root_code} is not in ${datasetFiles.regions}`);
  }

  const themeIds = uniqueIds(themes, (row) => row.id, datasetFiles.themes, 'id', errors);
  const indicatorIds = uniqueIds(indicators, (row) => row.id, datasetFiles.indicators, 'id', errors);
  const indicatorById = new Map(indicators.map(({ row }) => [row.id, row]));
  for (const { line, row } of indicators) {
    const file = datasetFiles.indicators;
    if (!themeIds.has(row.theme_id)) errors.add(file, line, 'theme_id', `unknown theme ${row.theme_id}`);
    if (row.rollup === 'weighted_mean') {
      if (row.rollup_weight === null) errors.add(file, line, 'rollup_weight', 'is required when rollup is weighted_mean');
      else if (row.rollup_weight === row.id) errors.add(file, line, 'rollup_weight', 'an indicator cannot weight itself');
      else if (!indicatorIds.has(row.rollup_weight)) errors.add(file, line, 'rollup_weight', `unknown weight indicator ${row.rollup_weight}`);
    } else if (row.rollup_weight !== null) {
      errors.add(file, line, 'rollup_weight', `must be empty unless rollup is weighted_mean (rollup is ${row.rollup})`);
    }
    if (row.min_value !== null && row.max_value !== null && row.min_value > row.max_value) {
      errors.add(file, line, 'max_value', `is below min_value (${row.min_value})`);
    }
  }

  checkObservations(observations, indicatorById, regionLine, errors);

  uniqueIds(points, (row) => row.id, datasetFiles.points, 'id', errors);
  for (const { line, row } of points) {
    if (!regionLine.has(row.region_code)) errors.add(datasetFiles.points, line, 'region_code', `unknown region ${row.region_code}`);
  }

  const geometryCodes = new Map<string, string>();
  for (const entry of geometries) {
    const where = `features[${entry.index}].properties.code`;
    if (!regionLine.has(entry.code)) errors.add(entry.file, entry.line, where, `unknown region ${entry.code}`);
    const first = geometryCodes.get(entry.code);
    if (first !== undefined) errors.add(entry.file, entry.line, where, `second geometry for ${entry.code} (first in ${first})`);
    else geometryCodes.set(entry.code, entry.file);
  }

  errors.throwIfAny();
}

function uniqueIds<T>(
  rows: readonly { line: number; row: T }[],
  id: (row: T) => string,
  file: string,
  field: string,
  errors: ErrorCollector,
): Set<string> {
  const seen = new Map<string, number>();
  for (const { line, row } of rows) {
    const key = id(row);
    const first = seen.get(key);
    if (first !== undefined) errors.add(file, line, field, `duplicate ${field} ${key} (first on line ${first})`);
    else seen.set(key, line);
  }
  return new Set(seen.keys());
}

/**
 * References, repeated keys and ranges of every observation, in file order and with the
 * same messages as for any other file. Each distinct indicator and region is resolved
 * once; the rows themselves are numbers in typed arrays.
 */
function checkObservations(
  observations: ObservationTable,
  indicatorById: ReadonlyMap<string, IndicatorRow>,
  regionLine: ReadonlyMap<string, number>,
  errors: ErrorCollector,
): void {
  const file = datasetFiles.observations;
  const { indicatorIds, regionCodes, periods, indicator: indicatorColumn, region: regionColumn, period: periodColumn, value: valueColumn, line: lineColumn } = observations;
  const indicators = indicatorIds.map((id) => indicatorById.get(id));
  const minimum = Float64Array.from(indicators, (row) => row?.min_value ?? Number.NEGATIVE_INFINITY);
  const maximum = Float64Array.from(indicators, (row) => row?.max_value ?? Number.POSITIVE_INFINITY);
  const regionKnown = Uint8Array.from(regionCodes, (code) => (regionLine.has(code) ? 1 : 0));
  const { duplicateOf } = observationKeyOrder(observations);
  for (let row = 0; row < observations.length; row += 1) {
    const indicator = indicatorColumn[row]!;
    const region = regionColumn[row]!;
    const value = valueColumn[row]!;
    const first = duplicateOf.size > 0 ? duplicateOf.get(row) : undefined;
    // The common case, a good row, costs three array reads and two comparisons.
    if (regionKnown[region] === 1 && first === undefined && value >= minimum[indicator]! && value <= maximum[indicator]! && indicators[indicator]) continue;

    const line = lineColumn[row]!;
    const indicatorId = indicatorIds[indicator] ?? '';
    const regionCode = regionCodes[region] ?? '';
    if (!indicators[indicator]) errors.add(file, line, 'indicator_id', `unknown indicator ${indicatorId}`);
    if (regionKnown[region] !== 1) errors.add(file, line, 'region_code', `unknown region ${regionCode}`);
    if (first !== undefined) {
      errors.add(file, line, 'period', `duplicate observation of ${indicatorId} for ${regionCode} in ${periods[periodColumn[row]!] ?? ''} (first on line ${lineColumn[first]})`);
    }
    if (value < minimum[indicator]!) errors.add(file, line, 'value', `${value} is below ${indicatorId}'s minimum ${minimum[indicator]}`);
    if (value > maximum[indicator]!) errors.add(file, line, 'value', `${value} is above ${indicatorId}'s maximum ${maximum[indicator]}`);
  }
}
