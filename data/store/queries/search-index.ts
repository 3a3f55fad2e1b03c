import type Database from 'better-sqlite3';
import { foldForSearch } from '../search-fold.js';

/**
 * The meta key that says the search index is written in rank order (see writeSearchIndex)
 * and where its region rows end. A snapshot without it (built by an older builder) is
 * searched the old way, by sorting every match.
 */
export const searchLayoutKey = 'search_layout';

export interface SearchLayout {
  version: 1;
  /** Rowids 1..regionsEnd are regions in rank order; indicators follow. */
  regionsEnd: number;
}

export interface SearchIndexIndicator {
  id: string;
  name_id: string;
  name_en: string;
}

/**
 * Fills the (empty) search index from the regions table and the given indicators.
 * Regions go first, in the order the search lists them: higher levels first (a shorter
 * Kemendagri code), then by name, then by code. SQLite sorts them, so the order is its
 * own BINARY collation, the one the search compares with. A search can then walk the
 * matches in rowid order and stop once it has a screenful, instead of sorting thousands
 * of matches of a common trigram. `rootCode` limits regions to the root's subtree; null
 * takes every region.
 */
export function writeSearchIndex(db: Database.Database, rootCode: string | null, indicators: readonly SearchIndexIndicator[]): number {
  if (db.prepare('SELECT rowid FROM search_index LIMIT 1').get() !== undefined) throw new Error('writeSearchIndex fills an empty search index only.');
  db.function('anjungan_fold_for_search', { deterministic: true }, (text: unknown) => foldForSearch(String(text)));
  const within = rootCode === null ? '' : `WHERE code = :root OR substr(code, 1, length(:root) + 1) = :root || '.'`;
  const regions = db
    .prepare(`INSERT INTO search_index (kind, ref, lang, label, folded)
      SELECT 'region', code, '', name, anjungan_fold_for_search(name) FROM regions ${within}
      ORDER BY length(code), name, code`)
    .run(rootCode === null ? {} : { root: rootCode });
  const regionsEnd = regions.changes === 0 ? 0 : Number(regions.lastInsertRowid);
  const insert = db.prepare('INSERT INTO search_index (kind, ref, lang, label, folded) VALUES (?, ?, ?, ?, ?)');
  for (const indicator of indicators) {
    insert.run('indicator', indicator.id, 'id', indicator.name_id, foldForSearch(indicator.name_id));
    insert.run('indicator', indicator.id, 'en', indicator.name_en, foldForSearch(indicator.name_en));
  }
  const layout: SearchLayout = { version: 1, regionsEnd };
  db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(searchLayoutKey, JSON.stringify(layout));
  return regions.changes + indicators.length * 2;
}

/** The layout of a snapshot's search index, or null when it is not in rank order. */
export function readSearchLayout(db: Database.Database): SearchLayout | null {
  const value = db.prepare<[string], string>('SELECT value FROM meta WHERE key = ?').pluck().get(searchLayoutKey);
  if (value === undefined) return null;
  try {
    const layout = JSON.parse(value) as Partial<SearchLayout>;
    return layout.version === 1 && Number.isInteger(layout.regionsEnd) ? { version: 1, regionsEnd: layout.regionsEnd ?? 0 } : null;
  } catch {
    return null;
  }
}
