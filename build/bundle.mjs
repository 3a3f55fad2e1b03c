// Bundles the Node-side entry points with esbuild (type-checking is `tsc -b`'s job).
// Packages stay external: they are installed in node_modules, and better-sqlite3 is native.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning', packages: 'external' };

const entries = [
  { entryPoints: ['data/web-main.ts'], outfile: 'dist/web.mjs', format: 'esm' },
  { entryPoints: ['data/cli.ts'], outfile: 'dist/cli.mjs', format: 'esm' },
  // The refresh job's worker thread; located at run time beside or above the bundle that starts it (data/refresh/run-build.ts).
  { entryPoints: ['data/refresh/worker.ts'], outfile: 'dist/refresh-worker.mjs', format: 'esm' },
  { entryPoints: ['bench/main.ts'], outfile: 'dist/bench.mjs', format: 'esm', optional: true },
  { entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.mjs', format: 'esm', external: ['electron'], optional: true },
  // A sandboxed preload cannot require anything but electron, so it is one CommonJS file.
  { entryPoints: ['electron/preload.cts'], outfile: 'dist/electron/preload.cjs', format: 'cjs', external: ['electron'], packages: 'bundle', optional: true },
];

await Promise.all(
  entries
    .filter((entry) => !entry.optional || existsSync(entry.entryPoints[0]))
    .map(({ optional: _optional, ...entry }) => build({ ...common, ...entry })),
);
