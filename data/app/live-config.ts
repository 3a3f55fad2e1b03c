import type { AppConfig } from '../config/config.js';
import { applyEnvironment } from '../config/config.js';
import { editableKeys } from '../admin/schemas.js';
import type { EventBus } from './events.js';
import type { RefreshService } from '../refresh/service.js';

/**
 * Settings saved in the admin panel take effect without a restart where the app can
 * apply them: the idle timeout and default language (pushed to every kiosk and wall
 * page as 'kiosk.settings'), and the data service, public key and refresh interval (the
 * refresh job is rebuilt with them once no refresh is running, so the next check uses
 * them). The wall display choice is applied by the Electron shell when it offers the
 * applyWallDisplay hook; web mode has no wall window to move.
 * An environment variable (ANJUNGAN_*) still wins over the file, as it does at start.
 */
export type EditableKey = (typeof editableKeys)[number];

/** Applied while the app runs; the rest wait for a restart. */
export const liveKeys: readonly EditableKey[] = ['dataServiceUrl', 'publicKey', 'refreshIntervalMinutes', 'idleTimeoutSeconds', 'defaultLanguage'];

/** The keys applied live in this app: the wall display too where the shell can move the wall window. */
export function liveKeysOf(shellMovesWall: boolean): readonly EditableKey[] {
  return shellMovesWall ? [...liveKeys, 'wallDisplay'] : liveKeys;
}

const refreshKeys = ['dataServiceUrl', 'publicKey', 'refreshIntervalMinutes'] as const;

/**
 * The running config with the settings just edited put in (those that apply live), and
 * the environment on top. Only what was edited: a setting the running app got from
 * elsewhere (a test's config, an old file hand-edited since) is not swapped behind the
 * admin's back by saving another one.
 */
export function nextRunningConfig(running: AppConfig, saved: AppConfig, edited: readonly string[], env: NodeJS.ProcessEnv, live: readonly EditableKey[] = liveKeys): AppConfig {
  const merged: AppConfig = { ...running };
  for (const key of live) if (edited.includes(key)) (merged as Record<EditableKey, unknown>)[key] = saved[key];
  return applyEnvironment(merged, env);
}

/** Saved settings the running app does not use yet: the ones that need a restart (or that the environment overrides). */
export function pendingKeys(running: AppConfig, saved: AppConfig): EditableKey[] {
  return editableKeys.filter((key) => running[key] !== saved[key]);
}

export function refreshSettingsDiffer(a: AppConfig, b: AppConfig): boolean {
  return refreshKeys.some((key) => a[key] !== b[key]);
}

const busyPhases = new Set(['checking', 'downloading', 'verifying', 'building', 'switching']);

/**
 * The refresh job, replaceable: a new data service, key or interval means a new job
 * (and a new schedule). A job that is running is never cut off: the replacement waits
 * for its 'refresh.status' event saying it is done.
 */
export class LiveRefresh {
  private service: RefreshService;
  private waiting: AppConfig | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly make: (config: AppConfig) => RefreshService,
    private readonly events: EventBus,
    initial: AppConfig,
    private readonly autoStart: boolean,
  ) {
    this.service = make(initial);
  }

  get current(): RefreshService {
    return this.service;
  }

  start(): void {
    if (this.autoStart) this.service.start();
  }

  reconfigure(config: AppConfig): void {
    if (!busyPhases.has(this.service.status().phase)) {
      this.replace(config);
      return;
    }
    this.waiting = config;
    this.unsubscribe ??= this.events.subscribe((event) => {
      if (event.name !== 'refresh.status' || busyPhases.has(event.payload.phase) || !this.waiting) return;
      const next = this.waiting;
      // Out of the emitting call: the finished job is still unwinding its own bookkeeping.
      queueMicrotask(() => this.replace(next));
    });
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.waiting = null;
    this.service.stop();
  }

  private replace(config: AppConfig): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.waiting = null;
    this.service.stop();
    this.service = this.make(config);
    this.start();
    this.events.emit('refresh.status', this.service.status());
  }
}
