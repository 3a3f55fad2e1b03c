import type Database from 'better-sqlite3';
import { ApiFailure } from '../api/dispatch.js';
import type { Playlist } from '../api/types.js';
import { maxSlides, slidesSchema, type Slide } from './views.js';

/** Saved playlists in the app-state database. Slides are stored as validated JSON and re-validated on read. */
export const maxPlaylists = 100;

interface PlaylistRow {
  id: number;
  name: string;
  slides_json: string;
  created_at: string;
  updated_at: string;
}

function toPlaylist(row: PlaylistRow): Playlist {
  // A row written by an older app version may no longer pass today's rules: it then reads as empty, not as a crash.
  const parsed = slidesSchema.safeParse(JSON.parse(row.slides_json));
  return { id: row.id, name: row.name, slides: parsed.success ? parsed.data : [], createdAt: row.created_at, updatedAt: row.updated_at };
}

export class PlaylistStore {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(): Playlist[] {
    return (this.db.prepare('SELECT * FROM playlist ORDER BY name COLLATE NOCASE').all() as PlaylistRow[]).map(toPlaylist);
  }

  get(id: number): Playlist | null {
    const row = this.db.prepare('SELECT * FROM playlist WHERE id = ?').get(id) as PlaylistRow | undefined;
    return row ? toPlaylist(row) : null;
  }

  /** Creates a playlist, or replaces the one with `id`. Names are unique regardless of case. */
  save(input: { id?: number | undefined; name: string; slides: Slide[] }): Playlist {
    const at = this.now().toISOString();
    const clash = this.db.prepare('SELECT id FROM playlist WHERE name = ? COLLATE NOCASE').get(input.name) as { id: number } | undefined;
    if (clash && clash.id !== input.id) throw new ApiFailure('conflict', `A playlist named "${input.name}" already exists; choose another name or edit that one.`);
    const json = JSON.stringify(input.slides);
    if (input.id !== undefined) {
      const changed = this.db.prepare('UPDATE playlist SET name = ?, slides_json = ?, updated_at = ? WHERE id = ?').run(input.name, json, at, input.id);
      if (changed.changes === 0) throw new ApiFailure('not_found', `There is no playlist ${input.id}.`);
      return this.get(input.id) as Playlist;
    }
    const count = (this.db.prepare('SELECT count(*) AS n FROM playlist').get() as { n: number }).n;
    if (count >= maxPlaylists) throw new ApiFailure('conflict', `There are already ${maxPlaylists} playlists; delete one first.`);
    const inserted = this.db.prepare('INSERT INTO playlist (name, slides_json, created_at, updated_at) VALUES (?, ?, ?, ?)').run(input.name, json, at, at);
    return this.get(Number(inserted.lastInsertRowid)) as Playlist;
  }

  /**
   * Appends one slide to a playlist (by id) or to a new one (by name), in one
   * transaction: two kiosks saving at the same moment each get their own slide number,
   * and a refusal (unknown playlist, full playlist, name taken) leaves everything as it was.
   */
  addSlide(target: { playlistId: number } | { newName: string }, slide: Slide): { playlist: Playlist; slideNumber: number } {
    return this.db.transaction(() => {
      if ('newName' in target) {
        const created = this.save({ name: target.newName, slides: [slide] });
        return { playlist: created, slideNumber: 1 };
      }
      const current = this.get(target.playlistId);
      if (!current) throw new ApiFailure('not_found', `There is no playlist ${target.playlistId} (it may have been deleted a moment ago); nothing was added.`);
      if (current.slides.length >= maxSlides) {
        throw new ApiFailure('conflict', `Playlist "${current.name}" already has ${maxSlides} slides, the most a playlist can hold; remove one in the admin panel first. Nothing was added.`);
      }
      const saved = this.save({ id: current.id, name: current.name, slides: [...(current.slides as Slide[]), slide] });
      return { playlist: saved, slideNumber: saved.slides.length };
    })();
  }

  delete(id: number): boolean {
    return this.db.prepare('DELETE FROM playlist WHERE id = ?').run(id).changes > 0;
  }
}
