import path from 'node:path';
import { dispatch } from '../api/dispatch.js';
import { handlers, type HandlerContext } from '../api/handlers/index.js';
import type { ApiResult } from '../api/types.js';
import type { AppConfig } from '../config/config.js';
import { openActiveSnapshot } from '../refresh/recover.js';
import { RefreshService, type RefreshServiceOptions } from '../refresh/service.js';
import type { SnapshotStore } from '../store/snapshot-store.js';
import { EventBus } from './events.js';

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
}

/** The app without any transport: both Electron and web mode build exactly this. */
export interface AppContext {
  readonly config: AppConfig;
  readonly dataDir: string;
  readonly events: EventBus;
  readonly store: SnapshotStore;
  readonly refresh: RefreshService;
  request(name: unknown, args: unknown): Promise<ApiResult<unknown>>;
  close(): void;
}

export function createAppContext(options: AppContextOptions): AppContext {
  const dataDir = path.resolve(options.dataDir);
  const log = options.log ?? ((message: string) => console.error(message));
  const open = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const store = openActiveSnapshot(dataDir, options.bundledSnapshot, open, log);
  const events = new EventBus();
  const { autoStart = true, ...refreshOptions } = options.refresh ?? {};
  const refresh = new RefreshService({ ...refreshOptions, ...open, dataDir, config: options.config, store, events, log });
  const handlerContext: HandlerContext = { store, events, refresh, config: options.config };
  events.emit('snapshot.changed', { datasetVersion: store.meta.datasetVersion, dataAsOf: store.meta.dataAsOf });
  events.emit('refresh.status', refresh.status());
  if (autoStart) refresh.start();
  return {
    config: options.config,
    dataDir,
    events,
    store,
    refresh,
    request: (name, args) => dispatch(handlers, handlerContext, name, args, log),
    close: () => {
      refresh.stop();
      store.close();
    },
  };
}
