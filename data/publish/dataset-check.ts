import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSnapshot as buildSnapshotFile, datasetFiles, loadDataset, type BuildOptions, type BuildProgress, type BuildReport } from '../snapshot/index.js';

export type { BuildProgress };

/** What a publication's manifest repeats from its (already validated) dataset. */
export interface DatasetSummary {
  rootCode: string;
  dataAsOf: string;
  publisher: string;
  observations: number;
}

function summaryOf(dir: string, observations: number): DatasetSummary {
  const json = JSON.parse(readFileSync(path.join(dir, datasetFiles.manifest), 'utf8')) as { root_code: string; data_as_of: string; publisher: string };
  return { rootCode: json.root_code, dataAsOf: json.data_as_of, publisher: json.publisher, observations };
}

/** Reads and validates only; DatasetRejectedError names file, line and field of each problem. */
export function loadDatasetForPublishing(dir: string): DatasetSummary {
  const dataset = loadDataset(dir);
  return summaryOf(dir, dataset.observations.length);
}

/** Builds a throwaway snapshot with the kiosk's own builder: what passes here, a kiosk accepts. */
export async function buildSnapshot(options: BuildOptions): Promise<{ dataset: DatasetSummary; report: BuildReport }> {
  const report = await buildSnapshotFile(options);
  return { dataset: summaryOf(options.datasetDir, report.counts.inputObservations), report };
}
