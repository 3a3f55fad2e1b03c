import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach } from 'vitest';

export const repoRoot = resolve(import.meta.dirname, '../../..');
export const defaultDatasetDir = join(repoRoot, 'data/default');
export const miniDatasetDir = join(repoRoot, 'test/fixtures/datasets/mini');

const created: string[] = [];

/** A fresh temporary folder, removed after the test. */
export function tempDir(prefix = 'anjungan-snapshot-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Copies a dataset folder into a temp dir so a test can break one file of it. */
export function copyDataset(from = miniDatasetDir): string {
  const dir = join(tempDir(), 'dataset');
  cpSync(from, dir, { recursive: true });
  return dir;
}

export function editFile(dir: string, file: string, edit: (text: string) => string): void {
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
}
