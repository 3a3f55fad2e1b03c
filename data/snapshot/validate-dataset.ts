import { datasetFiles, type Dataset } from './read-dataset.js';
import { ErrorCollector } from './errors.js';

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

  const observationLine = new Map<string, number>();
  for (const { line, row } of observations) {
    const file = datasetFiles.observations;
    const indicator = indicatorById.get(row.indicator_id);
    if (!indicator) errors.add(file, line, 'indicator_id', `unknown indicator ${row.indicator_id}`);
    if (!regionLine.has(row.region_code)) errors.add(file, line, 'region_code', `unknown region ${row.region_code}`);
    const key = `${row.indicator_id}|${row.region_code}|${row.period}`;
    const first = observationLine.get(key);
    if (first !== undefined) {
      errors.add(file, line, 'period', `duplicate observation of ${row.indicator_id} for ${row.region_code} in ${row.period} (first on line ${first})`);
    } else observationLine.set(key, line);
    if (indicator?.min_value != null && row.value < indicator.min_value) {
      errors.add(file, line, 'value', `${row.value} is below ${row.indicator_id}'s minimum ${indicator.min_value}`);
    }
    if (indicator?.max_value != null && row.value > indicator.max_value) {
      errors.add(file, line, 'value', `${row.value} is above ${row.indicator_id}'s maximum ${indicator.max_value}`);
    }
  }

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
