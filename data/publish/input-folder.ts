import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DatasetError, DatasetRejectedError, datasetFiles } from '../snapshot/index.js';

/**
 * The folder IT staff fill with CSV files (see data/publish/TEMPLATES.md). Every file in
 * it must be one the dataset format knows: a misspelt "observasi.csv" would otherwise
 * be skipped and its rows silently never published.
 */
const csvNames: readonly string[] = [datasetFiles.regions, datasetFiles.themes, datasetFiles.indicators, datasetFiles.observations, datasetFiles.points];
const ignorable = /^(\.|~\$|Thumbs\.db$|desktop\.ini$)|\.(md|txt)$/i;

export interface InputFile {
  /** Name inside the dataset folder, with / separators (geometry/kecamatan.geojson). */
  name: string;
  source: string;
}

export function listInputFiles(inputDir: string): InputFile[] {
  if (!existsSync(inputDir) || !statSync(inputDir).isDirectory()) {
    throw new DatasetRejectedError([new DatasetError(inputDir, 0, 'folder', 'is not a folder')], 0);
  }
  const problems: DatasetError[] = [];
  const files: InputFile[] = [];
  for (const name of readdirSync(inputDir).sort()) {
    const source = path.join(inputDir, name);
    if (ignorable.test(name)) continue;
    if (name === datasetFiles.geometryDir && statSync(source).isDirectory()) {
      for (const inner of readdirSync(source).sort()) {
        if (ignorable.test(inner)) continue;
        if (/^[a-z0-9][a-z0-9._-]{0,80}\.geojson$/.test(inner)) files.push({ name: `${name}/${inner}`, source: path.join(source, inner) });
        else problems.push(new DatasetError(`${name}/${inner}`, 0, 'file', 'is not a geometry file (lower-case name ending in .geojson)'));
      }
    } else if (csvNames.includes(name) || name === datasetFiles.manifest) {
      files.push({ name, source });
    } else {
      problems.push(new DatasetError(name, 0, 'file', `is not a dataset file (expected ${[datasetFiles.manifest, ...csvNames].join(', ')} and an optional geometry/ folder)`));
    }
  }
  for (const required of [datasetFiles.manifest, ...csvNames]) {
    if (!files.some((file) => file.name === required)) problems.push(new DatasetError(required, 0, 'file', `is missing from ${inputDir} (see the templates in data/publish/TEMPLATES.md)`));
  }
  if (problems.length > 0) throw new DatasetRejectedError(problems, 0);
  return files;
}

/** The version the input folder's dataset.json states, or null when it cannot be read (the validator reports why). */
export function readInputVersion(inputDir: string): number | null {
  try {
    const json = JSON.parse(readFileSync(path.join(inputDir, datasetFiles.manifest), 'utf8')) as { dataset_version?: unknown };
    return typeof json.dataset_version === 'number' ? json.dataset_version : null;
  } catch {
    return null;
  }
}

/**
 * Copies the input into a dataset folder with dataset.json's version set to the one
 * being published, so the snapshot a kiosk builds carries the manifest's version.
 */
export function stageDataset(files: readonly InputFile[], stagingDir: string, version: number): void {
  for (const file of files) {
    const target = path.join(stagingDir, ...file.name.split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    if (file.name !== datasetFiles.manifest) {
      copyFileSync(file.source, target);
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file.source, 'utf8'));
    } catch (error) {
      throw new DatasetRejectedError([new DatasetError(file.name, 0, 'json', `is not valid JSON: ${(error as Error).message}`)], 0);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      throw new DatasetRejectedError([new DatasetError(file.name, 0, 'json', 'must be a JSON object')], 0);
    }
    writeFileSync(target, `${JSON.stringify({ ...json, dataset_version: version }, null, 2)}\n`);
  }
}
