import type { EventBus } from '../../app/events.js';
import type { AppConfig } from '../../config/config.js';
import type { RefreshService } from '../../refresh/service.js';
import type { SnapshotStore } from '../../store/snapshot-store.js';

/** What every handler may use: the active snapshot, the push-event bus, config and the refresh job. */
export interface HandlerContext {
  store: SnapshotStore;
  events: EventBus;
  config: AppConfig;
  /** The refresh job; absent only where a test builds a context without one. */
  refresh?: RefreshService;
}
