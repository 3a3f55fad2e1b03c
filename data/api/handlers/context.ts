import type { EventBus } from '../../app/events.js';
import type { SnapshotStore } from '../../store/snapshot-store.js';

/** What every handler may use: the active snapshot and the push-event bus. */
export interface HandlerContext {
  store: SnapshotStore;
  events: EventBus;
}
