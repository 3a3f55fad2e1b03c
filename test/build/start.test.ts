import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const sentence =
  "Electron's binary is not installed on this machine, so the kiosk window cannot open; run `npm run web` to use Anjungan in a browser at http://127.0.0.1:5178.";

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'anjungan-start-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Runs `npm start`'s script; ELECTRON_OVERRIDE_DIST_PATH decides where it looks for the binary. */
function start(args: string[], electronDir: string) {
  const env = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: electronDir };
  return spawnSync(process.execPath, ['build/start.mjs', ...args], { encoding: 'utf8', env, timeout: 20_000 });
}

describe('npm start (build/start.mjs)', () => {
  it('without an Electron binary: one sentence, exit code 1, no stack trace, no build', () => {
    const result = start([], tempDir());
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`${sentence}\n`);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(/\n\s+at |Error:/);
  });

  it('says the same with --dev', () => {
    const result = start(['--dev'], tempDir());
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(sentence);
  });

  it('finds a binary where node_modules/electron/index.js would (checked without launching it)', () => {
    const dir = tempDir();
    // path.txt (written by electron's installer) names the executable per platform.
    const pathTxt = path.join('node_modules', 'electron', 'path.txt');
    const binary = path.join(dir, existsSync(pathTxt) ? readFileSync(pathTxt, 'utf8').trim() : 'electron');
    mkdirSync(path.dirname(binary), { recursive: true });
    writeFileSync(binary, '');
    const result = start(['--check'], dir);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(binary);
  });
});
