import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDevMode, resolveAppPaths } from '../../electron/paths.js';

const repo = path.resolve('/home/dev/anjungan');

describe('resolveAppPaths', () => {
  it('uses the repository build in dev, with the Electron-ABI addon from .cache', () => {
    const paths = resolveAppPaths({ mainFile: path.join(repo, 'dist/electron/main.mjs'), isPackaged: false, resourcesPath: '/opt/electron/resources', appData: '/home/dev/.config', env: {} });
    expect(paths).toEqual({
      distDir: path.join(repo, 'dist'),
      rendererDir: path.join(repo, 'dist/renderer'),
      preloadFile: path.join(repo, 'dist/electron/preload.cjs'),
      dataDir: path.resolve('/home/dev/.config/Anjungan'),
      bundledSnapshot: path.join(repo, 'dist/snapshot/default.sqlite'),
      nativeBindingCandidate: path.join(repo, '.cache/electron-native/better_sqlite3.node'),
      icon: path.join(repo, 'build/icons/png/512x512.png'),
    });
  });

  it('uses resources beside app.asar when packaged, and the rebuilt addon inside it', () => {
    const asar = path.resolve('/opt/Anjungan/resources/app.asar');
    const paths = resolveAppPaths({ mainFile: path.join(asar, 'dist/electron/main.mjs'), isPackaged: true, resourcesPath: path.resolve('/opt/Anjungan/resources'), appData: '/home/kiosk/.config', env: {} });
    expect(paths.rendererDir).toBe(path.join(asar, 'dist/renderer'));
    expect(paths.bundledSnapshot).toBe(path.resolve('/opt/Anjungan/resources/default.sqlite'));
    expect(paths.nativeBindingCandidate).toBeNull();
    expect(paths.dataDir).toBe(path.resolve('/home/kiosk/.config/Anjungan'));
  });

  it('honours ANJUNGAN_DATA_DIR like web mode', () => {
    const paths = resolveAppPaths({ mainFile: path.join(repo, 'dist/electron/main.mjs'), isPackaged: false, resourcesPath: '', appData: '/x', env: { ANJUNGAN_DATA_DIR: 'relative/data' } });
    expect(paths.dataDir).toBe(path.resolve('relative/data'));
  });
});

describe('isDevMode', () => {
  it('needs --dev and an unpackaged build', () => {
    expect(isDevMode(['electron', '.', '--dev'], false)).toBe(true);
    expect(isDevMode(['electron', '.'], false)).toBe(false);
    expect(isDevMode(['/opt/Anjungan/anjungan', '--dev'], true)).toBe(false);
  });
});
