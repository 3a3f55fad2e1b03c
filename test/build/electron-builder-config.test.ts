import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSnapshotFile } from '../../data/snapshot/cli-snapshot.js';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '../..');
const configFile = path.join(root, 'build/electron-builder.config.cjs');

interface Resource {
  from: string;
  to: string;
}
interface TargetEntry {
  target: string;
}
const config = require(configFile) as {
  appId: string;
  productName: string;
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  afterPack: string;
  extraResources: Resource[];
  linux: { target: string[]; icon: string; category: string; desktop: { entry: Record<string, string> }; extraResources: Resource[] };
  win: { target: TargetEntry[]; icon: string };
  nsis: { installerIcon: string; uninstallerIcon: string };
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const data = readFileSync(file);
  expect(data.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(data.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

describe('electron-builder config', () => {
  it('names the app and its targets', () => {
    expect(config.appId).toBe('id.go.banyuwangikab.anjungan');
    expect(config.productName).toBe('Anjungan');
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.win.target.map((entry) => entry.target)).toEqual(['nsis']);
    expect(config.linux.category).toBeTruthy();
    expect(config.linux.desktop.entry.Name).toBe('Anjungan');
  });

  it('packs the built app into asar, with the native addon unpacked and the fuses hook', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['package.json', 'dist/**/*']));
    expect(config.asarUnpack.some((pattern) => pattern.includes('better-sqlite3') && pattern.endsWith('.node'))).toBe(true);
    expect(config.afterPack).toBe('build/fuses.cjs');
  });

  it('passes electron-builder’s own schema validation', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(config: unknown, logger: { isEnabled: boolean; add(): void }): Promise<void>;
    };
    await expect(validateConfiguration(config, { isEnabled: false, add() {} })).resolves.toBeUndefined();
  });

  it('ships the snapshot that `npm run snapshot` writes', () => {
    // The file itself exists only after a build; what we can check always is that the
    // config and the snapshot command agree on its path.
    expect(config.extraResources).toContainEqual({ from: defaultSnapshotFile, to: 'default.sqlite' });
    const scripts = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.snapshot).toContain('cli.mjs snapshot');
    expect(scripts.dist).toMatch(/npm run build.*electron-builder --config build\/electron-builder\.config\.cjs/);
  });

  it.runIf(existsSync(path.join(root, defaultSnapshotFile)))('finds a real SQLite file there after a build', () => {
    expect(readFileSync(path.join(root, defaultSnapshotFile)).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
  });

  it('names only files that exist (other than the built snapshot)', () => {
    const named = [
      config.afterPack,
      config.linux.icon,
      config.win.icon,
      config.nsis.installerIcon,
      config.nsis.uninstallerIcon,
      ...[...config.extraResources, ...config.linux.extraResources].map((resource) => resource.from).filter((from) => from !== defaultSnapshotFile),
    ];
    for (const file of named) expect(existsSync(path.join(root, file)), file).toBe(true);
  });

  it('has real PNG icons at 512 and 256 pixels and an .ico with a 256-pixel image', () => {
    expect(pngSize(path.join(root, config.linux.icon, '512x512.png'))).toEqual([512, 512]);
    expect(pngSize(path.join(root, config.linux.icon, '256x256.png'))).toEqual([256, 256]);
    const icoFile = readFileSync(path.join(root, config.win.icon));
    expect(icoFile.readUInt16LE(2)).toBe(1);
    const count = icoFile.readUInt16LE(4);
    const widths = Array.from({ length: count }, (_, i) => icoFile[6 + i * 16] || 256);
    expect(widths).toContain(256);
    expect(widths).toContain(16);
  });
});

describe('fuses hook', () => {
  const hook = require(path.join(root, 'build/fuses.cjs')) as ((context: unknown) => Promise<void>) & {
    fuses: Record<string, unknown>;
    executablePath(context: unknown): string;
  };
  const { FuseV1Options } = require('@electron/fuses') as { FuseV1Options: Record<string, number> };
  const fuse = (name: string) => hook.fuses[String(FuseV1Options[name])];

  it('is an afterPack function', () => {
    expect(typeof hook).toBe('function');
  });

  it('turns Node-as-a-runtime off and asar-only loading on', () => {
    expect(fuse('RunAsNode')).toBe(false);
    expect(fuse('EnableNodeOptionsEnvironmentVariable')).toBe(false);
    expect(fuse('EnableNodeCliInspectArguments')).toBe(false);
    expect(fuse('OnlyLoadAppFromAsar')).toBe(true);
    expect(fuse('EnableEmbeddedAsarIntegrityValidation')).toBe(true);
    expect(fuse('EnableCookieEncryption')).toBe(true);
    expect(fuse('GrantFileProtocolExtraPrivileges')).toBe(false);
  });

  it('finds the executable electron-builder produced', () => {
    const packager = { appInfo: { productFilename: 'Anjungan' }, executableName: 'anjungan' };
    expect(hook.executablePath({ appOutDir: '/out/linux-unpacked', electronPlatformName: 'linux', packager })).toBe(path.join('/out/linux-unpacked', 'anjungan'));
    expect(hook.executablePath({ appOutDir: '/out/win-unpacked', electronPlatformName: 'win32', packager })).toBe(path.join('/out/win-unpacked', 'Anjungan.exe'));
  });
});
