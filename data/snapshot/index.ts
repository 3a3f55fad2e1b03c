/** The snapshot builder's public surface, reused by the CLI, the publisher tool and the refresh job. */
import { readDataset, type Dataset } from './read-dataset.js';
import { validateDataset } from './validate-dataset.js';

export { buildSnapshot, collectSources, type BuildOptions, type BuildProgress, type BuildReport, type BuildStage } from './build.js';
export { checkSnapshot, checkSnapshotFile, type SnapshotCheck, type SnapshotCounts } from './check-snapshot.js';
export { DatasetError, DatasetRejectedError, ErrorCollector } from './errors.js';
export { datasetFiles, readDataset, type Dataset, type GeometryEntry } from './read-dataset.js';
export { validateDataset } from './validate-dataset.js';
export { computeRollups, type RollupIndicator, type RollupObservation, type RollupRegion } from './rollup.js';
export { runSnapshotCommand } from './cli-snapshot.js';

/** Reads and fully validates a dataset folder; throws DatasetRejectedError listing every problem. */
export function loadDataset(dir: string): Dataset {
  const dataset = readDataset(dir);
  validateDataset(dataset);
  return dataset;
}
