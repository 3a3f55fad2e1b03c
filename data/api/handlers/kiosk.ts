import { configSchema } from '../../config/config.js';
import type { KioskSettings } from '../types.js';
import type { HandlerContext } from './context.js';

/** The schema's defaults, so a context built without config still answers as a fresh install would. */
const defaults = configSchema.parse({});

export function kioskSettings(_args: Record<string, never>, { config = defaults }: HandlerContext): KioskSettings {
  return { idleTimeoutSeconds: config.idleTimeoutSeconds, defaultLanguage: config.defaultLanguage };
}
