import type { EventName, EventPayloads, PushEvent } from '../api/contract.js';

type Listener = (event: PushEvent) => void;

/**
 * Push events fan out to every transport: each IPC window and each SSE client
 * subscribes here. The last event of each name is kept so a late subscriber (a wall
 * display that just connected) starts from the current state.
 */
export class EventBus {
  private readonly listeners = new Set<Listener>();
  private readonly latest = new Map<EventName, PushEvent>();

  emit<N extends EventName>(name: N, payload: EventPayloads[N]): void {
    const event = { name, payload } as PushEvent;
    this.latest.set(name, event);
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // One broken subscriber (a closed socket) must not stop the others.
      }
    }
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  current(): PushEvent[] {
    return [...this.latest.values()];
  }

  get subscriberCount(): number {
    return this.listeners.size;
  }
}
