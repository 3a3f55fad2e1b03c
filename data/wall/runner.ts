import type { WallState, WallView } from '../api/types.js';
import type { Slide, WallViewInput } from './views.js';

/**
 * The wall display as a state machine. A presenter's view always wins; while one is
 * shown a running playlist waits on its current slide, and on release the wall goes
 * back to that slide (with its full duration) or to idle. Time comes from an injected
 * clock, so tests step through a playlist without waiting; every change of what the wall
 * shows goes out through `emit` (the 'wall.view' event), null meaning idle.
 */
export interface WallClock {
  now(): number;
  /** Calls `fire` once after `ms`; returns the function that cancels it. */
  setTimer(ms: number, fire: () => void): () => void;
}

export const systemClock: WallClock = {
  now: () => Date.now(),
  setTimer(ms, fire) {
    const timer = setTimeout(fire, ms);
    // A playlist must never keep a process (a test, the CLI) alive on its own.
    timer.unref();
    return () => clearTimeout(timer);
  },
};

export interface RunnablePlaylist {
  id: number;
  name: string;
  slides: readonly Slide[];
}

interface Running extends RunnablePlaylist {
  index: number;
  endsAt: number | null;
}

export class WallRunner {
  private presenting: WallView | null = null;
  private playlist: Running | null = null;
  /** The slide view as it was stamped when it went up, so state() repeats the event exactly. */
  private slideShown: WallView | null = null;
  private cancelTimer: (() => void) | null = null;

  constructor(
    private readonly clock: WallClock,
    private readonly emit: (view: WallView | null) => void,
  ) {}

  state(): WallState {
    const playlist = this.playlist
      ? {
          id: this.playlist.id,
          name: this.playlist.name,
          index: this.playlist.index,
          slideCount: this.playlist.slides.length,
          slideEndsAt: this.playlist.endsAt === null ? null : new Date(this.playlist.endsAt).toISOString(),
        }
      : null;
    if (this.presenting) return { mode: 'presenting', view: this.presenting, playlist };
    if (this.playlist) return { mode: 'playlist', view: this.slideShown, playlist };
    return { mode: 'idle', view: null, playlist: null };
  }

  /** The presenter's view replaces whatever is on the wall; the next show replaces it again. */
  show(input: WallViewInput): WallState {
    this.pauseTimer();
    this.presenting = this.stamp(input, 'presenter', null);
    this.emit(this.presenting);
    return this.state();
  }

  release(): WallState {
    if (this.presenting === null) return this.state();
    this.presenting = null;
    this.showSlide();
    return this.state();
  }

  run(playlist: RunnablePlaylist): WallState {
    if (playlist.slides.length === 0) throw new Error(`Playlist ${playlist.name} has no slides.`);
    this.pauseTimer();
    this.playlist = { ...playlist, slides: [...playlist.slides], index: 0, endsAt: null };
    if (this.presenting === null) this.showSlide();
    return this.state();
  }

  stop(): WallState {
    this.pauseTimer();
    const wasShowing = this.playlist !== null && this.presenting === null;
    this.playlist = null;
    this.slideShown = null;
    if (wasShowing) this.emit(null);
    return this.state();
  }

  /** A saved or deleted playlist that is running takes effect at once. */
  playlistChanged(id: number, updated: RunnablePlaylist | null): void {
    if (this.playlist?.id !== id) return;
    if (updated === null || updated.slides.length === 0) {
      this.stop();
      return;
    }
    const index = Math.min(this.playlist.index, updated.slides.length - 1);
    this.pauseTimer();
    this.playlist = { ...updated, slides: [...updated.slides], index, endsAt: null };
    if (this.presenting === null) this.showSlide();
  }

  get runningPlaylistId(): number | null {
    return this.playlist?.id ?? null;
  }

  dispose(): void {
    this.pauseTimer();
  }

  private showSlide(): void {
    const playlist = this.playlist;
    if (!playlist) {
      this.emit(null);
      return;
    }
    const slide = playlist.slides[playlist.index];
    if (!slide) return;
    const durationMs = slide.durationSeconds * 1000;
    playlist.endsAt = this.clock.now() + durationMs;
    this.cancelTimer = this.clock.setTimer(durationMs, () => this.advance());
    this.slideShown = this.stamp(slide.view, 'playlist', playlist.endsAt);
    this.emit(this.slideShown);
  }

  private advance(): void {
    this.cancelTimer = null;
    if (!this.playlist || this.presenting) return;
    this.playlist.index = (this.playlist.index + 1) % this.playlist.slides.length;
    this.showSlide();
  }

  private pauseTimer(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
    if (this.playlist) this.playlist.endsAt = null;
  }

  private stamp(input: WallViewInput, from: WallView['from'], endsAt: number | null): WallView {
    return {
      screen: input.screen,
      params: input.params as WallView['params'],
      title: input.title,
      sentAt: new Date(this.clock.now()).toISOString(),
      from,
      ...(endsAt !== null ? { slideEndsAt: new Date(endsAt).toISOString() } : {}),
    };
  }
}
