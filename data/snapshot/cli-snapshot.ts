import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSnapshot, type BuildReport } from './build.js';
import { DatasetRejectedError } from './errors.js';

export const defaultDatasetDir = 'data/default';
export const defaultSnapshotFile = 'dist/snapshot/default.sqlite';

const usage = `Usage: snapshot [--dataset DIR] [--out FILE]
  Builds a SQLite snapshot from a dataset folder.
  --dataset DIR   dataset folder (default: ${defaultDatasetDir})
  --out FILE      snapshot to write (default: ${defaultSnapshotFile})`;

interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/**
 * `npm run snapshot`: builds the default dataset (or --dataset) into --out. Returns the
 * exit code; a refused dataset prints its problem list, never a stack trace.
 */
export async function runSnapshotCommand(argv: string[], output: Output = consoleOutput): Promise<number> {
  let args: { dataset?: string | undefined; out?: string | undefined; help?: boolean | undefined };
  try {
    args = parseArgs({
      args: argv,
      options: { dataset: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    output.err(`snapshot: ${(error as Error).message}\n${usage}`);
    return 1;
  }
  if (args.help) {
    output.out(usage);
    return 0;
  }

  const datasetDir = resolve(args.dataset ?? defaultDatasetDir);
  const outFile = resolve(args.out ?? defaultSnapshotFile);
  try {
    const report = await buildSnapshot({
      datasetDir,
      outFile,
      isBundledDefault: datasetDir === resolve(defaultDatasetDir),
      onProgress: ({ stage, message }) => output.out(`snapshot: ${stage.padEnd(8)} ${message}`),
    });
    output.out(summary(report));
    return 0;
  } catch (error) {
    if (error instanceof DatasetRejectedError) {
      output.err(`snapshot: ${error.message}`);
      output.err(`snapshot: nothing was written to ${outFile}`);
      return 1;
    }
    output.err(`snapshot: failed: ${(error as Error).message}`);
    return 1;
  }
}

export function summary(report: BuildReport): string {
  const { counts } = report;
  return (
    `snapshot: wrote ${report.outFile} (dataset v${report.datasetVersion}, data as of ${report.dataAsOf}): ` +
    `${counts.regions} regions, ${counts.indicators} indicators (${counts.realIndicators} real, ${counts.sampleIndicators} sample), ` +
    `${counts.observations} observations (${counts.rollups} roll-ups), ${counts.points} points, ` +
    `${counts.geometries} geometries, ${(report.bytes / 1024).toFixed(0)} KiB in ${report.milliseconds} ms`
  );
}
