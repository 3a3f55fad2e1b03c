import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvFile, type Located } from './csv-file.js';
import {
  datasetManifest,
  geometryCollection,
  geometryFeature,
  indicatorRow,
  pointRow,
  regionRow,
  themeRow,
  type DatasetManifest,
  type IndicatorRow,
  type PointRow,
  type PolygonGeometry,
  type RegionRow,
  type ThemeRow,
} from './dataset-schema.js';
import { ErrorCollector } from './errors.js';
import { readPointRow, readRegionRow } from './fast-rows.js';
import { ObservationTable } from './observation-table.js';
import { readObservationsFile } from './observations-file.js';

/** The fixed file names of a dataset folder: the default one, a published one, a test fixture. */
export const datasetFiles = {
  manifest: 'dataset.json',
  regions: 'regions.csv',
  themes: 'themes.csv',
  indicators: 'indicators.csv',
  observations: 'observations.csv',
  points: 'points.csv',
  /** Optional folder; every *.geojson in it is read. */
  geometryDir: 'geometry',
} as const;

export interface GeometryEntry {
  file: string;
  /** 0 when the file does not hold one feature per line. */
  line: number;
  index: number;
  code: string;
  geometry: PolygonGeometry;
}

export interface Dataset {
  dir: string;
  manifest: DatasetManifest;
  regions: Located<RegionRow>[];
  themes: Located<ThemeRow>[];
  indicators: Located<IndicatorRow>[];
  /** Column by column: a country's observations are millions of rows. */
  observations: ObservationTable;
  points: Located<PointRow>[];
  geometries: GeometryEntry[];
}

/**
 * Reads a dataset folder and checks every row on its own (types, formats, ranges).
 * Cross-file checks (references, duplicates, min/max) are validateDataset's job; they
 * only run on a dataset whose rows all parsed, so one bad row does not cascade.
 * Throws DatasetRejectedError listing the problems.
 */
export function readDataset(dir: string, errors = new ErrorCollector()): Dataset {
  const head = readDatasetHead(dir, errors);
  const observations = readDatasetFile(dir, datasetFiles.observations, errors, (path) => readObservationsFile(datasetFiles.observations, path, errors), () => new ObservationTable());
  const tail = readDatasetTail(dir, errors);
  errors.throwIfAny();
  return assembleDataset(dir, head, observations, tail);
}

/** The files before observations.csv, in the order their problems are listed. */
export function readDatasetHead(dir: string, errors: ErrorCollector) {
  const manifest = readManifest(readManifestText(dir, errors), errors);
  const regions = readDatasetFile(dir, datasetFiles.regions, errors, (path) => parseCsvFile(datasetFiles.regions, path, regionRow, errors, readRegionRow), () => []);
  const themes = readDatasetFile(dir, datasetFiles.themes, errors, (path) => parseCsvFile(datasetFiles.themes, path, themeRow, errors), () => []);
  const indicators = readDatasetFile(dir, datasetFiles.indicators, errors, (path) => parseCsvFile(datasetFiles.indicators, path, indicatorRow, errors), () => []);
  return { manifest, regions, themes, indicators };
}

/** The files after observations.csv. */
export function readDatasetTail(dir: string, errors: ErrorCollector) {
  const points = readDatasetFile(dir, datasetFiles.points, errors, (path) => parseCsvFile(datasetFiles.points, path, pointRow, errors, readPointRow), () => []);
  return { points, geometries: readGeometries(dir, errors) };
}

/** Parses a required dataset file, or reports it missing and gives `empty()`. */
export function readDatasetFile<T>(dir: string, file: string, errors: ErrorCollector, parse: (path: string) => T, empty: () => T): T {
  const path = join(dir, file);
  if (existsSync(path)) return parse(path);
  errors.add(file, 0, 'file', `is missing from the dataset folder ${dir}`);
  return empty();
}

/** The dataset from its parts, once every part has read without a problem. */
export function assembleDataset(dir: string, head: ReturnType<typeof readDatasetHead>, observations: ObservationTable, tail: ReturnType<typeof readDatasetTail>): Dataset {
  if (!head.manifest) throw new Error('unreachable: a missing manifest is reported as an error');
  return { dir, ...head, manifest: head.manifest, observations, ...tail };
}

function readManifestText(dir: string, errors: ErrorCollector): string | null {
  const path = join(dir, datasetFiles.manifest);
  if (!existsSync(path)) {
    errors.add(datasetFiles.manifest, 0, 'file', `is missing from the dataset folder ${dir}`);
    return null;
  }
  return readFileSync(path, 'utf8');
}

function readManifest(content: string | null, errors: ErrorCollector): DatasetManifest | null {
  if (content === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    errors.add(datasetFiles.manifest, 0, 'json', `is not valid JSON: ${(error as Error).message}`);
    return null;
  }
  const result = datasetManifest.safeParse(json);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    errors.add(datasetFiles.manifest, 0, issue.path.join('.') || 'root', issue.message);
  }
  return null;
}

function readGeometries(dir: string, errors: ErrorCollector): GeometryEntry[] {
  const folder = join(dir, datasetFiles.geometryDir);
  if (!existsSync(folder)) return [];
  const entries: GeometryEntry[] = [];
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.geojson')).sort()) {
    const file = `${datasetFiles.geometryDir}/${name}`;
    const content = readFileSync(join(folder, name), 'utf8');
    let json: unknown;
    try {
      json = JSON.parse(content);
    } catch (error) {
      errors.add(file, 0, 'json', `is not valid JSON: ${(error as Error).message}`);
      continue;
    }
    const collection = geometryCollection.safeParse(json);
    if (!collection.success) {
      errors.add(file, 0, collection.error.issues[0]?.path.join('.') || 'root', 'must be a GeoJSON FeatureCollection');
      continue;
    }
    // The generator writes one feature per line; the line lets an editor jump to it.
    const found = lineIndexOfFeatures(content);
    const featureLines = found.length === collection.data.features.length ? found : [];
    collection.data.features.forEach((raw, index) => {
      const line = featureLines[index] ?? 0;
      const feature = geometryFeature.safeParse(raw);
      if (!feature.success) {
        const issue = feature.error.issues[0];
        errors.add(file, line, `features[${index}].${issue?.path.join('.') ?? ''}`, issue?.message ?? 'invalid feature');
        return;
      }
      entries.push({ file, line, index, code: feature.data.properties.code, geometry: feature.data.geometry });
    });
  }
  return entries;
}

/** Line of each feature when features are written one per line; empty otherwise. */
function lineIndexOfFeatures(content: string): number[] {
  const lines = content.split('\n');
  const result: number[] = [];
  lines.forEach((line, index) => {
    if (line.trimStart().startsWith('{"type":"Feature"')) result.push(index + 1);
  });
  return result;
}
