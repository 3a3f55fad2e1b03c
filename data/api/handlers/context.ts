import type { AdminPanel } from '../../admin/panel.js';
import type { EventBus } from '../../app/events.js';
import type { AppConfig } from '../../config/config.js';
import type { RefreshService } from '../../refresh/service.js';
import type { SnapshotStore } from '../../store/snapshot-store.js';
import type { WallService } from '../../wall/service.js';

/** What every handler may use: the active snapshot, the push-event bus, config and the refresh job. */
export interface HandlerContext {
  store: SnapshotStore;
  events: EventBus;
  config: AppConfig;
  /** The refresh job; absent only where a test builds a context without one. */
  refresh?: RefreshService;
  /** The wall display and its playlists; absent where a test builds a context without app state. */
  wall?: WallService;
  /** Admin sessions, audit log and the shell's hooks; absent likewise. */
  admin?: AdminPanel;
}
