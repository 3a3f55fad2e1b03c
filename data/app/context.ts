import path from 'node:path';
import { dispatch } from '../api/dispatch.js';
import { handlers, type HandlerContext } from '../api/handlers/index.js';
import type { ApiResult } from '../api/types.js';
import type { AppConfig } from '../config/config.js';
import { ensureActiveSnapshot } from '../store/active.js';
import { SnapshotStore } from '../store/snapshot-store.js';
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
}

/** The app without any transport: both Electron and web mode build exactly this. */
export interface AppContext {
  readonly config: AppConfig;
  readonly dataDir: string;
  readonly events: EventBus;
  readonly store: SnapshotStore;
  request(name: unknown, args: unknown): Promise<ApiResult<unknown>>;
  close(): void;
}

export function createAppContext(options: AppContextOptions): AppContext {
  const dataDir = path.resolve(options.dataDir);
  const activeFile = ensureActiveSnapshot(dataDir, options.bundledSnapshot);
  const store = new SnapshotStore(activeFile, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  const events = new EventBus();
  const handlerContext: HandlerContext = { store, events };
  const log = options.log ?? ((message: string) => console.error(message));
  events.emit('snapshot.changed', { datasetVersion: store.meta.datasetVersion, dataAsOf: store.meta.dataAsOf });
  return {
    config: options.config,
    dataDir,
    events,
    store,
    request: (name, args) => dispatch(handlers, handlerContext, name, args, log),
    close: () => store.close(),
  };
}
