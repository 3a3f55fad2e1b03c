import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { openSnapshotReadOnly } from '../../../data/store/open.js';
import { createQueries, type Queries } from '../../../data/store/queries/index.js';
import { createFixtureSnapshot } from '../../fixtures/snapshot-fixture.js';

export interface OpenFixture {
  db: Database.Database;
  queries: Queries;
  close: () => void;
}

/** The fixture snapshot opened read-only, as the app opens a snapshot. */
export function openFixture(): OpenFixture {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anjungan-queries-'));
  const db = openSnapshotReadOnly(createFixtureSnapshot(dir));
  return {
    db,
    queries: createQueries(db),
    close: () => {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
