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
  // `npm run bench -- ui` (or queries, refresh) runs one part; no argument runs all.
  const only = new Set(process.argv.slice(2));
  const wanted = (part: string) => only.size === 0 || only.has(part);
  // Refresh first: the query bench reads and writes gigabytes, and on a small VM disk the
  // write-back that follows slows a refresh measured right after it by a fifth.
  if (wanted('refresh')) await runRefreshBench({ outDir });
  if (wanted('queries')) await runQueryBench({ outDir });
  if (wanted('ui')) await runUiBench({ outDir });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
