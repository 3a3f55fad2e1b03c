import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { runQueryBench } from './queries.js';
import { runRefreshBench } from './refresh.js';
import { runUiBench } from './ui.js';

/**
 * `npm run bench`: speed and memory are measured here, never by timed assertions in
 * tests. Each part writes its own bench/out/<part>.json.
 */
async function main(): Promise<void> {
  const outDir = path.resolve('bench', 'out');
  mkdirSync(outDir, { recursive: true });
  await runQueryBench({ outDir });
  await runRefreshBench({ outDir });
  await runUiBench({ outDir });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
