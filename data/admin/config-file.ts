import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { ApiFailure } from '../api/dispatch.js';
import type { EditableConfig } from '../api/types.js';
import { configSchema, type AppConfig } from '../config/config.js';
import { renameWithRetrySync } from '../store/active.js';
import { editableKeys, type ConfigEdit } from './schemas.js';

/**
 * Editing config.json from the admin panel. The edit is merged into the file as it is on
 * disk (fields the panel does not know, such as `web`, are kept), the whole result is
 * checked with the app's config schema, and only a valid result is written, by
 * write-flush-rename: a bad value or a power cut leaves the old file exactly as it was.
 */
export function configFilePath(dataDir: string): string {
  return path.join(dataDir, 'config.json');
}

function readRaw(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new ApiFailure('unavailable', `config.json cannot be read (${(error as Error).message}); nothing was changed.`);
  }
  try {
    const json = JSON.parse(text) as unknown;
    if (typeof json === 'object' && json !== null && !Array.isArray(json)) return json as Record<string, unknown>;
  } catch {
    // Reported below.
  }
  throw new ApiFailure('unavailable', 'config.json on disk is not a JSON object; fix or remove it by hand. Nothing was changed.');
}

export function editableOf(config: AppConfig): EditableConfig {
  return Object.fromEntries(editableKeys.map((key) => [key, config[key]])) as unknown as EditableConfig;
}

/** The config as the file says (with defaults), which is what the next start will use. */
export function readConfigForEdit(dataDir: string): AppConfig {
  const parsed = configSchema.safeParse(readRaw(configFilePath(dataDir)));
  if (!parsed.success) throw new ApiFailure('unavailable', `config.json on disk is not valid (${describe(parsed.error)}); fix it by hand.`);
  return parsed.data;
}

function describe(error: z.ZodError): string {
  return error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || 'config'}: ${issue.message}`).join('; ');
}

export function saveConfigEdit(dataDir: string, edit: ConfigEdit): AppConfig {
  const file = configFilePath(dataDir);
  const raw = readRaw(file);
  const merged: Record<string, unknown> = { ...raw };
  for (const key of editableKeys) if (edit[key] !== undefined) merged[key] = edit[key];
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) throw new ApiFailure('invalid_arguments', `The settings were not saved: ${describe(parsed.error)}. Nothing was changed.`);
  mkdirSync(dataDir, { recursive: true });
  const temporary = `${file}.tmp`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(merged, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameWithRetrySync(temporary, file);
  return parsed.data;
}
