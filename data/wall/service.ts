import type Database from 'better-sqlite3';
import { ApiFailure } from '../api/dispatch.js';
import type { Playlist, WallState } from '../api/types.js';
import type { EventBus } from '../app/events.js';
import { readSetting, writeSetting } from '../state/open.js';
import { PlaylistStore } from './playlists.js';
import { WallRunner, systemClock, type RunnablePlaylist, type WallClock } from './runner.js';
import type { Slide, WallViewInput } from './views.js';

const runningKey = 'wall.runningPlaylist';

function runnable(playlist: Playlist): RunnablePlaylist {
  return { id: playlist.id, name: playlist.name, slides: playlist.slides as Slide[] };
}

/**
 * The wall as the app sees it: the runner, the saved playlists and the 'wall.view'
 * event on the bus (which both transports carry). The running playlist is remembered in
 * the state database, so a kiosk restarted overnight resumes its loop in the morning.
 */
export class WallService {
  readonly playlists: PlaylistStore;
  private readonly runner: WallRunner;

  constructor(
    private readonly db: Database.Database,
    events: EventBus,
    clock: WallClock = systemClock,
  ) {
    this.playlists = new PlaylistStore(db, () => new Date(clock.now()));
    this.runner = new WallRunner(clock, (view) => events.emit('wall.view', view));
    const resume = Number(readSetting(db, runningKey));
    const playlist = Number.isInteger(resume) && resume > 0 ? this.playlists.get(resume) : null;
    // Nothing is emitted for an idle start: a wall that has seen no 'wall.view' shows its idle screen.
    if (playlist && playlist.slides.length > 0) this.runner.run(runnable(playlist));
  }

  state(): WallState {
    return this.runner.state();
  }

  show(view: WallViewInput): WallState {
    return this.runner.show(view);
  }

  release(): WallState {
    return this.runner.release();
  }

  run(id: number): WallState {
    const playlist = this.playlists.get(id);
    if (!playlist) throw new ApiFailure('not_found', `There is no playlist ${id}.`);
    if (playlist.slides.length === 0) throw new ApiFailure('conflict', `Playlist "${playlist.name}" has no slides it can show.`);
    writeSetting(this.db, runningKey, String(id));
    return this.runner.run(runnable(playlist));
  }

  stop(): WallState {
    writeSetting(this.db, runningKey, null);
    return this.runner.stop();
  }

  save(input: { id?: number | undefined; name: string; slides: Slide[] }): Playlist {
    const saved = this.playlists.save(input);
    this.runner.playlistChanged(saved.id, runnable(saved));
    return saved;
  }

  /** One slide more, at the end; a running playlist picks it up at once. */
  addSlide(target: { playlistId: number } | { newName: string }, slide: Slide): { playlist: Playlist; slideNumber: number } {
    const added = this.playlists.addSlide(target, slide);
    this.runner.playlistChanged(added.playlist.id, runnable(added.playlist));
    return added;
  }

  delete(id: number): void {
    if (!this.playlists.delete(id)) throw new ApiFailure('not_found', `There is no playlist ${id}.`);
    if (this.runner.runningPlaylistId === id) writeSetting(this.db, runningKey, null);
    this.runner.playlistChanged(id, null);
  }

  dispose(): void {
    this.runner.dispose();
  }
}
