import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * The first PIN. A fixed default PIN would be the same secret on every kiosk of the
 * regency (and in this public repository); letting whoever first opens the admin panel
 * choose one would hand a fresh kiosk to the first visitor who finds the gesture. So on
 * a kiosk without a PIN the app writes a random one-time setup code into a file in its
 * data folder (owner-only), which only someone at the machine's file system (IT staff,
 * at install) can read; admin.setup needs that code. Once a PIN is set the file is removed.
 */
export const setupCodeFileName = 'admin-setup-code.txt';

export function setupCodeFile(dataDir: string): string {
  return path.join(dataDir, setupCodeFileName);
}

/** Reads the current code, writing a new one first when there is none. */
export function ensureSetupCode(dataDir: string): string {
  const file = setupCodeFile(dataDir);
  const existing = readCode(file);
  if (existing) return existing;
  const code = Array.from({ length: 10 }, () => randomInt(10)).join('');
  const fd = openSync(file, 'w', 0o600);
  try {
    writeSync(
      fd,
      `${code}\n\n# Anjungan one-time admin setup code. Enter it in the admin panel together with a new PIN.\n# This file is deleted once the PIN is set.\n`,
    );
  } finally {
    closeSync(fd);
  }
  return code;
}

function readCode(file: string): string | null {
  try {
    const first = readFileSync(file, 'utf8').split('\n')[0]?.trim() ?? '';
    return /^\d{10}$/.test(first) ? first : null;
  } catch {
    return null;
  }
}

export function setupCodeMatches(dataDir: string, attempt: string): boolean {
  const code = readCode(setupCodeFile(dataDir));
  if (code === null) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(code), digest(attempt.trim()));
}

export function removeSetupCode(dataDir: string): void {
  rmSync(setupCodeFile(dataDir), { force: true });
}
