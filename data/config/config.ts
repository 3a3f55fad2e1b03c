import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * The app's one config file (config.json in the data folder), validated with zod.
 * Every field has a default, so a fresh install needs no file; environment variables
 * override the file for tests and web mode.
 */
export const configSchema = z.strictObject({
  dataServiceUrl: z.url({ protocol: /^https?$/ }).nullable().default(null),
  publicKey: z.string().max(200).nullable().default(null),
  refreshIntervalMinutes: z.number().int().min(5).max(24 * 60).default(60),
  idleTimeoutSeconds: z.number().int().min(20).max(900).default(90),
  defaultLanguage: z.enum(['id', 'en']).default('id'),
  wallDisplay: z.string().max(100).nullable().default(null),
  web: z
    .strictObject({
      port: z.number().int().min(1).max(65535).default(5178),
      /** Binding beyond loopback is an explicit choice and needs a token (issue 6). */
      lan: z.boolean().default(false),
      /** Every request must carry it when `lan` is on (Authorization: Bearer, or ?token= once on the wall's first page load). */
      token: z.string().min(24, 'must be at least 24 characters (a long random string)').max(200).regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces').nullable().default(null),
      /** The address to listen on when `lan` is on: all interfaces unless one is named. */
      lanAddress: z.union([z.ipv4(), z.ipv6()]).default('0.0.0.0'),
    })
    .prefault({})
    .refine((web) => !web.lan || web.token !== null, { message: 'lan is on, so a token of at least 24 characters is required', path: ['token'] }),
});

export type AppConfig = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

function describe(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'config'}: ${issue.message}`).join('; ');
}

export function parseConfig(raw: unknown, origin: string): AppConfig {
  const parsed = configSchema.safeParse(raw ?? {});
  if (!parsed.success) throw new ConfigError(`${origin} is not a valid Anjungan config: ${describe(parsed.error)}.`);
  return parsed.data;
}

/** Reads config.json if it exists; a missing file means defaults, a broken one is an error. */
export function loadConfigFile(file: string): AppConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return parseConfig({}, file);
    throw new ConfigError(`Cannot read ${file}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  return parseConfig(json, file);
}

/** PORT and ANJUNGAN_* variables win over the file. */
export function applyEnvironment(config: AppConfig, env: NodeJS.ProcessEnv): AppConfig {
  const overrides: Record<string, unknown> = { ...config, web: { ...config.web } };
  if (env.PORT !== undefined) (overrides.web as Record<string, unknown>).port = Number(env.PORT);
  if (env.ANJUNGAN_DATA_SERVICE_URL !== undefined) overrides.dataServiceUrl = env.ANJUNGAN_DATA_SERVICE_URL;
  if (env.ANJUNGAN_PUBLIC_KEY !== undefined) overrides.publicKey = env.ANJUNGAN_PUBLIC_KEY;
  if (env.ANJUNGAN_IDLE_TIMEOUT_SECONDS !== undefined) overrides.idleTimeoutSeconds = Number(env.ANJUNGAN_IDLE_TIMEOUT_SECONDS);
  return parseConfig(overrides, 'the environment (PORT, ANJUNGAN_*)');
}
