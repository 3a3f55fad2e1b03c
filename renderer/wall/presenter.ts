import type { RequestArgs } from '../../data/api/contract';
import type { WallView } from '../../data/api/types';
import type { ApiClient } from '../api/client';
import type { WallViewInput } from './routeView';

/**
 * This kiosk's hold on the wall display. Kept outside React (one per client) because the
 * hold outlives every screen: the shell's button starts it, each screen the presenter
 * opens next is sent on, and the idle reset ends it while all screens are remounted.
 */
/** The contract types a view per screen; routeToView builds it from a route of that screen. */
type ShowView = RequestArgs<'wall.show'>['view'];

export interface PresenterState {
  presenting: boolean;
  busy: boolean;
  /** The last send or release failed (the wall display is off or unavailable). */
  failed: boolean;
}

export class WallPresenter {
  private current: PresenterState = { presenting: false, busy: false, failed: false };
  private readonly listeners = new Set<() => void>();
  private lastSent: string | null = null;
  /** Sends run one at a time; a view arriving meanwhile replaces any that waits. */
  private sending: Promise<void> | null = null;
  private waiting: WallViewInput | null = null;

  constructor(private readonly client: ApiClient) {}

  get state(): PresenterState {
    return this.current;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): PresenterState => this.current;

  private set(next: Partial<PresenterState>): void {
    this.current = { ...this.current, ...next };
    for (const listener of this.listeners) listener();
  }

  async start(view: WallViewInput): Promise<void> {
    this.lastSent = null;
    this.set({ busy: true, failed: false });
    try {
      await this.client.request('wall.show', { view: view as ShowView });
      this.lastSent = JSON.stringify(view);
      this.set({ presenting: true, busy: false });
    } catch {
      this.set({ presenting: false, busy: false, failed: true });
    }
  }

  /** Sends the presenter's new screen, if it is new; does nothing unless presenting. */
  follow(view: WallViewInput): Promise<void> {
    if (!this.current.presenting || JSON.stringify(view) === this.lastSent) return this.sending ?? Promise.resolve();
    this.waiting = view;
    this.sending ??= this.drain();
    return this.sending;
  }

  private async drain(): Promise<void> {
    while (this.waiting && this.current.presenting) {
      const view = this.waiting;
      this.waiting = null;
      const key = JSON.stringify(view);
      if (key === this.lastSent) continue;
      try {
        await this.client.request('wall.show', { view: view as ShowView });
        this.lastSent = key;
        if (this.current.failed) this.set({ failed: false });
      } catch {
        this.set({ failed: true });
      }
    }
    this.sending = null;
  }

  async release(): Promise<void> {
    if (!this.current.presenting) return;
    this.waiting = null;
    this.lastSent = null;
    this.set({ presenting: false, busy: true, failed: false });
    try {
      await this.client.request('wall.release');
      this.set({ busy: false });
    } catch {
      this.set({ busy: false, failed: true });
    }
  }

  /** The wall's own news: released elsewhere, or taken over by a playlist, ends this kiosk's hold. */
  observe(view: WallView | null): void {
    if (!this.current.presenting || this.current.busy) return;
    if (view === null || view.from === 'playlist') {
      this.waiting = null;
      this.lastSent = null;
      this.set({ presenting: false });
    }
  }
}

const presenters = new WeakMap<ApiClient, WallPresenter>();

export function presenterFor(client: ApiClient): WallPresenter {
  let presenter = presenters.get(client);
  if (!presenter) {
    presenter = new WallPresenter(client);
    presenters.set(client, presenter);
  }
  return presenter;
}
