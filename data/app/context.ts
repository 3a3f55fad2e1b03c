import path from 'node:path';
import type Database from 'better-sqlite3';
import type { AdminPanel } from '../admin/panel.js';
import { auditedRequestNames } from '../admin/schemas.js';
import { AdminAuth, type AdminAuthOptions } from '../admin/service.js';
import { dispatch } from '../api/dispatch.js';
import { handlers, type HandlerContext } from '../api/handlers/index.js';
import type { ApiResult } from '../api/types.js';
import type { AppConfig } from '../config/config.js';
import { openActiveSnapshot } from '../refresh/recover.js';
import { RefreshService, type RefreshServiceOptions } from '../refresh/service.js';
import { RotatingLog } from '../ops/log.js';
import { openStateDb } from '../state/open.js';
import type { SnapshotStore } from '../store/snapshot-store.js';
import type { WallClock } from '../wall/runner.js';
import { WallService } from '../wall/service.js';
import { EventBus } from './events.js';
import { LiveRefresh, liveKeysOf, nextRunningConfig, refreshSettingsDiffer } from './live-config.js';

export interface AppContextOptions {
  /** Writable folder of this kiosk: snapshots, the active pointer, config, logs. */
  dataDir: string;
  /** The default snapshot shipped with the app, used when no snapshot is active yet. */
  bundledSnapshot: string;
  config: AppConfig;
  /** better-sqlite3 addon built for Electron's ABI, when running inside Electron. */
  nativeBinding?: string;
  log?: (message: string) => void;
  /** Refresh job settings; tests shorten limits and timers. `autoStart: false` leaves the schedule off (refresh.now still works). */
  refresh?: Partial<Pick<RefreshServiceOptions, 'runBuild' | 'limits' | 'timeouts' | 'now' | 'random' | 'openWrite'>> & { autoStart?: boolean };
  /** Tests step playlists with a fake clock. */
  wallClock?: WallClock;
  /** Tests lower the scrypt cost and move the admin clock. */
  admin?: Pick<AdminAuthOptions, 'now' | 'sessions' | 'scryptCost'>;
  /** What the shell offers the data layer: Electron passes how to leave the kiosk. */
  hooks?: Pick<AdminPanel, 'exitKiosk' | 'applyWallDisplay'>;
  /** Writes <dataDir>/logs/anjungan.log (default true). */
  logFile?: boolean;
  /** What overrides config.json when settings are applied live (as at start); default process.env. */
  env?: NodeJS.ProcessEnv;
}

/** The app without any transport: both Electron and web mode build exactly this. */
export interface AppContext {
  /** The config in force now: settings saved in the admin panel replace it while the app runs (data/app/live-config.ts). */
  readonly config: AppConfig;
  readonly dataDir: string;
  readonly events: EventBus;
  readonly store: SnapshotStore;
  readonly refresh: RefreshService;
  readonly wall: WallService;
  readonly admin: AdminAuth;
  /** The rotating log file, when one is written. */
  readonly logFile: RotatingLog | null;
  /** Every message the app logs, to the log file and to `options.log`. */
  readonly log: (message: string) => void;
  request(name: unknown, args: unknown): Promise<ApiResult<unknown>>;
  close(): void;
}

export function createAppContext(options: AppContextOptions): AppContext {
  const dataDir = path.resolve(options.dataDir);
  const logFile = options.logFile === false ? null : new RotatingLog({ dir: path.join(dataDir, 'logs') });
  const echo = options.log ?? ((message: string) => console.error(message));
  const log = (message: string) => {
    logFile?.write(message);
    echo(message);
  };
  const open = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const store = openActiveSnapshot(dataDir, options.bundledSnapshot, open, log);
  const events = new EventBus();
  let stateDb: Database.Database;
  try {
    stateDb = openStateDb(dataDir, open);
  } catch (error) {
    store.close();
    throw error;
  }
  const { autoStart = true, ...refreshOptions } = options.refresh ?? {};
  const refresh = new LiveRefresh((config) => new RefreshService({ ...refreshOptions, ...open, dataDir, config, store, events, log }), events, options.config, autoStart);
  const wall = new WallService(stateDb, events, options.wallClock);
  const auth = new AdminAuth({ ...options.admin, db: stateDb, dataDir });
  let config = options.config;
  const applyConfig = (saved: AppConfig, edited: readonly string[]): AppConfig => {
    const applyWallDisplay = options.hooks?.applyWallDisplay;
    const next = nextRunningConfig(config, saved, edited, options.env ?? process.env, liveKeysOf(applyWallDisplay !== undefined));
    const refreshChanged = refreshSettingsDiffer(config, next);
    if (applyWallDisplay && next.wallDisplay !== config.wallDisplay) applyWallDisplay(next.wallDisplay);
    config = next;
    handlerContext.config = next;
    if (refreshChanged) refresh.reconfigure(next);
    events.emit('kiosk.settings', { idleTimeoutSeconds: next.idleTimeoutSeconds, defaultLanguage: next.defaultLanguage });
    log(`settings applied: idle ${next.idleTimeoutSeconds} s, language ${next.defaultLanguage}, refresh every ${next.refreshIntervalMinutes} min${refreshChanged ? ' (refresh job rebuilt)' : ''}`);
    return next;
  };
  const admin: AdminPanel = { auth, dataDir, log: logFile, applyConfig, ...open, ...options.hooks };
  // A getter: the refresh job is replaced when its settings change.
  const handlerContext: HandlerContext = {
    store,
    events,
    get refresh() {
      return refresh.current;
    },
    config,
    wall,
    admin,
  };
  events.emit('snapshot.changed', { datasetVersion: store.meta.datasetVersion, dataAsOf: store.meta.dataAsOf });
  events.emit('refresh.status', refresh.current.status());
  events.emit('kiosk.settings', { idleTimeoutSeconds: config.idleTimeoutSeconds, defaultLanguage: config.defaultLanguage });
  refresh.start();
  log(`Anjungan data layer started: snapshot version ${store.meta.datasetVersion} (data as of ${store.meta.dataAsOf}).`);
  return {
    get config() {
      return config;
    },
    dataDir,
    events,
    store,
    get refresh() {
      return refresh.current;
    },
    wall,
    admin: auth,
    logFile,
    log,
    request: async (name, args) => {
      const result = await dispatch(handlers, handlerContext, name, args, log);
      // Refused before any handler ran, so no handler could audit it; every admin attempt is on record.
      if (!result.ok && result.error.code === 'invalid_arguments' && typeof name === 'string' && auditedRequestNames.has(name)) {
        auth.refusedInput(name, result.error.message);
      }
      return result;
    },
    close: () => {
      refresh.stop();
      wall.dispose();
      stateDb.close();
      store.close();
    },
  };
}
