import path from 'node:path';

/**
 * Where everything lives, decided once at start from a few facts about the process.
 * Dev runs `electron .` on the repository (main at dist/electron/main.mjs); a packaged
 * build has the same dist/ layout inside app.asar, plus resources beside it.
 */
export interface PathFacts {
  /** Absolute path of the running main bundle (dist/electron/main.mjs). */
  mainFile: string;
  isPackaged: boolean;
  /** `process.resourcesPath`: where electron-builder's extraResources land. */
  resourcesPath: string;
  /** `app.getPath('appData')`: the per-user folder every app's data folder lives in. */
  appData: string;
  env: Readonly<Record<string, string | undefined>>;
}

export interface AppPaths {
  distDir: string;
  rendererDir: string;
  preloadFile: string;
  /** The app's writable data folder (becomes Electron's userData too). */
  dataDir: string;
  bundledSnapshot: string;
  /** Where build/start.mjs puts the Electron-ABI better-sqlite3 addon in dev; null when packaged. */
  nativeBindingCandidate: string | null;
  icon: string;
}

export const productName = 'Anjungan';

export function resolveAppPaths(facts: PathFacts): AppPaths {
  const distDir = path.resolve(path.dirname(facts.mainFile), '..');
  const projectRoot = path.resolve(distDir, '..');
  // ANJUNGAN_DATA_DIR matches web mode, and lets tests run beside a live kiosk.
  const dataDir = facts.env.ANJUNGAN_DATA_DIR ? path.resolve(facts.env.ANJUNGAN_DATA_DIR) : path.join(facts.appData, productName);
  return {
    distDir,
    rendererDir: path.join(distDir, 'renderer'),
    preloadFile: path.join(distDir, 'electron', 'preload.cjs'),
    dataDir,
    bundledSnapshot: facts.isPackaged ? path.join(facts.resourcesPath, 'default.sqlite') : path.join(distDir, 'snapshot', 'default.sqlite'),
    // Packaged builds carry a better-sqlite3 that electron-builder rebuilt for Electron.
    nativeBindingCandidate: facts.isPackaged ? null : path.join(projectRoot, '.cache', 'electron-native', 'better_sqlite3.node'),
    icon: facts.isPackaged ? path.join(facts.resourcesPath, 'icon.png') : path.join(projectRoot, 'build', 'icons', 'png', '512x512.png'),
  };
}

/**
 * `--dev` opens devtools and a normal window, so it is honoured only on an unpackaged
 * build: a packaged kiosk cannot be unlocked by anyone who can edit its shortcut.
 */
export function isDevMode(argv: readonly string[], isPackaged: boolean): boolean {
  return !isPackaged && argv.includes('--dev');
}
