import { DatasetRejectedError, ErrorCollector } from './errors.js';
import type { ObservationTable } from './observation-table.js';
import { assembleDataset, readDatasetHead, readDatasetTail } from './read-dataset.js';
import { computeRollupTable, type RollupTable } from './rollup.js';
import { validateDataset } from './validate-dataset.js';

export type PlainErrors = ReturnType<ErrorCollector['toPlain']>;

/**
 * Everything of a dataset besides its observations, read, validated with them and
 * rolled up, as plain data that crosses a thread boundary. When `errors` lists any
 * problem the rest is null: the dataset is refused, with the same problems in the same
 * order as one thread reading the folder would list them.
 */
export interface DatasetRest {
  errors: PlainErrors;
  head: ReturnType<typeof readDatasetHead> | null;
  tail: ReturnType<typeof readDatasetTail> | null;
  rollups: RollupTable | null;
}

/**
 * The other files of `dir`, once its observations are in `observations` (with their
 * problems in `observationErrors`), validated and rolled up: what the builder would do
 * after reading the folder, done in the parser's thread while the builder inserts.
 */
export function readDatasetRest(dir: string, observations: ObservationTable, observationErrors: PlainErrors): DatasetRest {
  const headErrors = new ErrorCollector();
  const head = readDatasetHead(dir, headErrors);
  const tailErrors = new ErrorCollector();
  const tail = readDatasetTail(dir, tailErrors);
  // The order the files are listed in (readDataset): head, observations, tail.
  const errors = new ErrorCollector();
  errors.absorb(headErrors.toPlain());
  errors.absorb(observationErrors);
  errors.absorb(tailErrors.toPlain());
  if (errors.count > 0) return { errors: errors.toPlain(), head: null, tail: null, rollups: null };

  const dataset = assembleDataset(dir, head, observations, tail);
  try {
    validateDataset(dataset);
  } catch (error) {
    if (!(error instanceof DatasetRejectedError)) throw error;
    const problems = error.errors.map(({ file, line, field, problem }) => ({ file, line, field, problem }));
    return { errors: { problems, omitted: error.omitted }, head: null, tail: null, rollups: null };
  }
  const rollups = computeRollupTable(
    dataset.regions.map(({ row }) => row),
    dataset.manifest.root_code,
    dataset.indicators.map(({ row }) => row),
    dataset.observations,
  );
  return { errors: errors.toPlain(), head, tail, rollups };
}
