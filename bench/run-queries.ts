import path from 'node:path';
import { runQueryBench, type BenchScale } from './queries.js';

/**
 * `npx tsx bench/run-queries.ts [--runs N] [--scale regency|national] [--national-scale 0.1]`:
 * the query benchmark on its own, without building the app.
 */
const args = process.argv.slice(2);
const value = (flag: string) => {
  const index = args.indexOf(flag);
  return index >= 0 ? args[index + 1] : undefined;
};
const scale = value('--scale') as BenchScale | undefined;
const runs = value('--runs');
const nationalScale = value('--national-scale');

runQueryBench({
  outDir: path.resolve('bench', 'out'),
  ...(runs ? { runs: Number(runs) } : {}),
  ...(scale ? { scales: [scale] } : {}),
  ...(nationalScale ? { nationalScale: Number(nationalScale) } : {}),
}).catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
