// better-sqlite3 in node_modules is compiled for Node's ABI (the tests and web mode need
// that one). Electron has its own ABI, so `npm start` keeps a second copy of the addon,
// built once per Electron and better-sqlite3 version, in .cache/electron-native/, and the
// main process passes its path to better-sqlite3 as `nativeBinding`.
// Packaged builds do not use this: electron-builder rebuilds node_modules for Electron.
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** Returns the path of an Electron-ABI better_sqlite3.node, building it if the cached one is stale. */
export async function ensureElectronNative({ root, electronVersion, log = console.log }) {
  const cacheDir = path.join(root, '.cache', 'electron-native');
  const target = path.join(cacheDir, 'better_sqlite3.node');
  const stampFile = path.join(cacheDir, 'stamp.json');
  const source = path.join(root, 'node_modules', 'better-sqlite3');
  const sqliteVersion = readJson(path.join(source, 'package.json')).version;
  const stamp = JSON.stringify({ electronVersion, sqliteVersion, platform: process.platform, arch: process.arch });
  if (existsSync(target) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return target;

  log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (once; kept in .cache/electron-native)…`);
  // @electron/rebuild works on an app folder, so the module gets a tiny one of its own:
  // rebuilding node_modules in place would break the Node-ABI copy the tests use.
  const appDir = path.join(cacheDir, 'app');
  const moduleDir = path.join(appDir, 'node_modules', 'better-sqlite3');
  rmSync(appDir, { recursive: true, force: true });
  mkdirSync(appDir, { recursive: true });
  cpSync(source, moduleDir, { recursive: true, filter: (file) => path.relative(source, file).split(path.sep)[0] !== 'build' });
  writeFileSync(path.join(appDir, 'package.json'), JSON.stringify({ name: 'anjungan-electron-native', version: '0.0.0', private: true, dependencies: { 'better-sqlite3': sqliteVersion } }));

  const { rebuild } = await import('@electron/rebuild');
  // Tries the published Electron prebuild first, then compiles with node-gyp against Electron's headers.
  await rebuild({ buildPath: appDir, electronVersion, onlyModules: ['better-sqlite3'], force: true });

  copyFileSync(path.join(moduleDir, 'build', 'Release', 'better_sqlite3.node'), target);
  writeFileSync(stampFile, stamp);
  rmSync(appDir, { recursive: true, force: true });
  return target;
}
