import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { refreshFaultKinds } from '../service/faults.js';
import { fsyncPath, renameWithRetrySync } from '../store/active.js';

/**
 * What the refresh job remembers between runs, in refresh-state.json beside the active
 * pointer. Only `rolledBackUpTo` guards safety (it keeps a rolled-back version from
 * being reinstalled); the rest serves conditional requests and the status. A damaged
 * file therefore reads as defaults rather than stopping the kiosk.
 */
const stateSchema = z.strictObject({
  etag: z.string().max(500).nullable(),
  lastModified: z.string().max(100).nullable(),
  /** Versions up to this one were rolled back here and are not installed again. */
  rolledBackUpTo: z.number().int().nonnegative(),
  lastSuccessAt: z.string().nullable(),
  lastCheckedAt: z.string().nullable(),
  note: z.string().max(500).nullable(),
  lastError: z.strictObject({ at: z.string(), message: z.string().max(2000), fault: z.enum(refreshFaultKinds) }).nullable(),
});

export type RefreshState = z.infer<typeof stateSchema>;

export const initialRefreshState: RefreshState = {
  etag: null,
  lastModified: null,
  rolledBackUpTo: 0,
  lastSuccessAt: null,
  lastCheckedAt: null,
  note: null,
  lastError: null,
};

function stateFile(dataDir: string): string {
  return path.join(dataDir, 'refresh-state.json');
}

export function loadRefreshState(dataDir: string): RefreshState {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(readFileSync(stateFile(dataDir), 'utf8')));
    return parsed.success ? parsed.data : { ...initialRefreshState };
  } catch {
    return { ...initialRefreshState };
  }
}

/** Write, flush, rename: the file is always either the old state or the new one. */
export function saveRefreshState(dataDir: string, state: RefreshState): void {
  mkdirSync(dataDir, { recursive: true });
  const target = stateFile(dataDir);
  const temporary = `${target}.tmp`;
  writeFileSync(temporary, JSON.stringify(state, null, 2));
  fsyncPath(temporary, 'r+');
  renameWithRetrySync(temporary, target);
}
