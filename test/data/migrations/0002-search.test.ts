import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../../data/store/search-fold.js';
import { migratedDatabase, tableSql } from './helpers.js';

describe('migration 0002 search', () => {
  it('creates the FTS5 trigram index and sets user_version 2', () => {
    const db = migratedDatabase(2);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    const sql = tableSql(db, 'search_index');
    expect(sql).toMatch(/USING fts5/i);
    expect(sql).toMatch(/trigram/);
  });

  it('finds a substring of a folded name, whatever the spacing', () => {
    const db = migratedDatabase(2);
    const insert = db.prepare('INSERT INTO search_index (kind, ref, lang, label, folded) VALUES (?, ?, ?, ?, ?)');
    for (const [ref, label] of [['35.10.09.2002', 'Genteng Wetan'], ['35.10.09.2003', 'Genteng Kulon'], ['35.10.16.1001', 'Karangrejo']] as const) {
      insert.run('region', ref, '', label, foldForSearch(label));
    }
    const find = (text: string) => db.prepare('SELECT ref FROM search_index WHERE folded MATCH ? ORDER BY ref').pluck().all(`"${foldForSearch(text)}"`);
    expect(find('gentengwetan')).toEqual(['35.10.09.2002']);
    expect(find('Genteng-Kulon')).toEqual(['35.10.09.2003']);
    expect(find('teng')).toEqual(['35.10.09.2002', '35.10.09.2003']);
  });
});
