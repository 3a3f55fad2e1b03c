import { DatasetRejectedError, ErrorCollector } from './errors.js';
import type { ObservationTable } from './observation-table.js';
import { assembleDataset, readDatasetHead, readDatasetTail } from './read-dataset.js';
import { computeRollupTable, type RollupTable } from './rollup.js';
import { validateDataset } from './validate-dataset.js';

export type PlainErrors = ReturnType<ErrorCollector['toPlain']>;

/**
 * The files of a dataset besides its observations, as plain data that crosses a thread
 * boundary. When `errors` lists any problem (of these files or of the observations' rows)
 * the files are null: the dataset is refused, with the same problems in the same order
 * as one thread reading the folder would list them.
 */
export interface DatasetTables {
  errors: PlainErrors;
  head: ReturnType<typeof readDatasetHead> | null;
  tail: ReturnType<typeof readDatasetTail> | null;
}

/** The verdict on the whole dataset: the validator's problems, or the roll-ups. */
export interface DatasetVerdict {
  errors: PlainErrors;
  rollups: RollupTable | null;
}

/** Reads the other files of `dir` once its observations are read (with `observationErrors`). */
export function readDatasetTables(dir: string, observationErrors: PlainErrors): DatasetTables {
  const headErrors = new ErrorCollector();
  const head = readDatasetHead(dir, headErrors);
  const tailErrors = new ErrorCollector();
  const tail = readDatasetTail(dir, tailErrors);
  // The order the files are listed in (readDataset): head, observations, tail.
  const errors = new ErrorCollector();
  errors.absorb(headErrors.toPlain());
  errors.absorb(observationErrors);
  errors.absorb(tailErrors.toPlain());
  return errors.count > 0 ? { errors: errors.toPlain(), head: null, tail: null } : { errors: errors.toPlain(), head, tail };
}

/**
 * Validates a dataset whose files all read without a problem and computes its roll-ups:
 * what the builder does after reading the folder, done in the parser's thread while the
 * builder inserts.
 */
export function judgeDataset(dir: string, tables: DatasetTables, observations: ObservationTable): DatasetVerdict {
  if (!tables.head || !tables.tail) return { errors: tables.errors, rollups: null };
  const dataset = assembleDataset(dir, tables.head, observations, tables.tail);
  try {
    validateDataset(dataset);
  } catch (error) {
    if (!(error instanceof DatasetRejectedError)) throw error;
    const problems = error.errors.map(({ file, line, field, problem }) => ({ file, line, field, problem }));
    return { errors: { problems, omitted: error.omitted }, rollups: null };
  }
  const rollups = computeRollupTable(
    dataset.regions.map(({ row }) => row),
    dataset.manifest.root_code,
    dataset.indicators.map(({ row }) => row),
    dataset.observations,
  );
  return { errors: tables.errors, rollups };
}
