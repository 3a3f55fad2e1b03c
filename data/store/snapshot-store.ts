import type Database from 'better-sqlite3';
import { openSnapshotReadOnly, type OpenOptions } from './open.js';
import { readSnapshotMeta, type SnapshotMeta } from './queries/meta.js';
import { createQueries, type Queries } from './queries/index.js';

export type SnapshotQueries = Queries;

interface OpenSnapshot {
  file: string;
  db: Database.Database;
  meta: SnapshotMeta;
  queries: SnapshotQueries;
}

/**
 * Holds the one read-only connection to the active snapshot. Switching opens and
 * checks the new file first and only then drops the old one, so a reader never sees
 * a half-switched state and a bad file leaves the current snapshot in place.
 */
export class SnapshotStore {
  private current: OpenSnapshot;

  constructor(
    file: string,
    private readonly options: OpenOptions = {},
  ) {
    this.current = this.openFile(file);
  }

  private openFile(file: string): OpenSnapshot {
    const db = openSnapshotReadOnly(file, this.options);
    try {
      return { file, db, meta: readSnapshotMeta(db), queries: createQueries(db) };
    } catch (error) {
      db.close();
      throw error;
    }
  }

  get file(): string {
    return this.current.file;
  }

  get meta(): SnapshotMeta {
    return this.current.meta;
  }

  get queries(): SnapshotQueries {
    return this.current.queries;
  }

  switchTo(file: string): SnapshotMeta {
    const next = this.openFile(file);
    const previous = this.current;
    this.current = next;
    previous.db.close();
    return next.meta;
  }

  close(): void {
    this.current.db.close();
  }
}
