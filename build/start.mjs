// `npm start`: build everything, then open the kiosk in Electron (`npm start -- --dev`
// for a normal window with devtools). Where Electron's binary is missing, say so in one
// sentence and point at web mode instead of failing somewhere deep in a build.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const missingBinaryMessage =
  "Electron's binary is not installed on this machine, so the kiosk window cannot open; run `npm run web` to use Anjungan in a browser at http://127.0.0.1:5178.";

/**
 * Finds the Electron executable the way node_modules/electron/index.js does, without its
 * side effect: requiring that file tries to download a missing binary.
 */
export function findElectronBinary(projectRoot = root, env = process.env) {
  const electronDir = path.join(projectRoot, 'node_modules', 'electron');
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const file = env.ELECTRON_OVERRIDE_DIST_PATH
    ? path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron')
    : relative && path.join(electronDir, 'dist', relative);
  return file && existsSync(file) ? file : null;
}

function run(command, args) {
  // npm is npm.cmd on Windows, which only a shell can start.
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function main() {
  const args = process.argv.slice(2);
  const binary = findElectronBinary();
  if (binary === null) {
    console.error(missingBinaryMessage);
    process.exit(1);
  }
  if (args.includes('--check')) {
    console.log(binary);
    return;
  }

  run('npm', ['run', 'build']);

  const electronVersion = JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  const { ensureElectronNative } = await import('./native.mjs');
  try {
    await ensureElectronNative({ root, electronVersion });
  } catch (error) {
    console.error(`better-sqlite3 could not be built for Electron ${electronVersion} (${error instanceof Error ? error.message : String(error)}); install a C++ toolchain and Python 3, or run \`npm run web\` instead.`);
    process.exit(1);
  }

  // `electron .` runs package.json's main (dist/electron/main.mjs) under the app's own name.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, ['.', ...args], { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
