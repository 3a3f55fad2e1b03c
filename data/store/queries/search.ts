import type Database from 'better-sqlite3';
import type { Lang, RegionRef, SearchHit } from '../../api/types.js';
import { foldForSearch } from '../search-fold.js';
import { defaultSearchLimit, maxSearchLimit, minTrigramChars } from './limits.js';
import { readSearchLayout } from './search-index.js';

interface HitRow {
  kind: 'region' | 'indicator';
  ref: string;
  lang: string;
  label: string;
  level: RegionRef['level'] | null;
  parent_code: string | null;
  parent_name: string | null;
  theme_id: string | null;
}

/**
 * Three letters or more: the trigram index finds every name containing the input, then
 * only the sort key is read per match (Kemendagri code length stands in for the level:
 * 2, 5, 8, 13 characters), and the joins run for the rows returned. Order: regions
 * before indicators, the UI's language first, names starting with the input before
 * names containing it, higher levels first, then by label.
 */
const trigramSql = `
  WITH hits AS (
    SELECT s.rowid AS id, s.kind <> 'region' AS k1, s.lang NOT IN ('', :lang) AS k2,
      substr(s.folded, 1, length(:folded)) <> :folded AS k3, length(s.ref) AS k4, s.label AS k5, s.ref AS k6
    FROM search_index s WHERE s.folded MATCH :phrase
    ORDER BY k1, k2, k3, k4, k5, k6
    LIMIT :limit
  )
  SELECT s.kind, s.ref, s.lang, s.label, r.level, r.parent_code, p.name AS parent_name, i.theme_id
  FROM hits CROSS JOIN search_index s ON s.rowid = hits.id
  LEFT JOIN regions r ON s.kind = 'region' AND r.code = s.ref
  LEFT JOIN regions p ON p.code = r.parent_code
  LEFT JOIN indicators i ON s.kind = 'indicator' AND i.id = s.ref
  ORDER BY hits.k1, hits.k2, hits.k3, hits.k4, hits.k5, hits.k6`;

/**
 * One or two letters cannot use the trigram index, and a prefix scan of search_index
 * reads every name of the snapshot. Names starting with the letters are read instead
 * from regions_level_name (migration 4), one level tier at a time in index order, so
 * the query stops as soon as the limit is filled. For such short inputs the name's
 * own letters equal its folded form except where a name starts with punctuation or a
 * diacritic, which Indonesian region names do not.
 */
const tiers = [`('provinsi')`, `('kabupaten', 'kota')`, `('kecamatan')`, `('desa', 'kelurahan')`];
const prefixTierSql = (levels: string) => `
  SELECT 'region' AS kind, r.code AS ref, '' AS lang, r.name AS label, r.level, r.parent_code, p.name AS parent_name, NULL AS theme_id
  FROM regions r INDEXED BY regions_level_name LEFT JOIN regions p ON p.code = r.parent_code
  WHERE r.level IN ${levels} AND r.name LIKE :pattern
  ORDER BY r.level, r.name COLLATE NOCASE, r.code
  LIMIT :limit`;
const prefixIndicatorSql = `
  SELECT 'indicator' AS kind, i.id AS ref, 'id' AS lang, i.name_id AS label, NULL AS level, NULL AS parent_code, NULL AS parent_name, i.theme_id
  FROM indicators i WHERE i.name_id LIKE :pattern
  UNION ALL
  SELECT 'indicator', i.id, 'en', i.name_en, NULL, NULL, NULL, i.theme_id
  FROM indicators i WHERE i.name_en LIKE :pattern`;

/**
 * For a snapshot whose search index is in rank order (search-index.ts): region matches
 * are read in rowid order, those starting with the input first (FTS5's ^ matches a
 * phrase at the start of the column), then the others, each query stopping at the limit;
 * so a common trigram costs a screenful of rows, not a sort of every match. Indicators
 * (two rows each, after the regions) are few and sorted as before.
 */
const rankedRegionSql = `
  SELECT s.kind, s.ref, s.lang, s.label, r.level, r.parent_code, p.name AS parent_name, NULL AS theme_id
  FROM (SELECT rowid AS id FROM search_index WHERE search_index MATCH :query AND rowid <= :end ORDER BY rowid LIMIT :limit) hits
  CROSS JOIN search_index s ON s.rowid = hits.id
  LEFT JOIN regions r ON r.code = s.ref
  LEFT JOIN regions p ON p.code = r.parent_code
  ORDER BY hits.id`;
const rankedIndicatorSql = trigramSql.replace('WHERE s.folded MATCH :phrase', 'WHERE s.folded MATCH :phrase AND s.rowid > :end');

export interface SearchOptions {
  limit?: number;
  /** The UI's language: its indicator names come first and win over the other language's. */
  lang?: Lang;
}

/** Regions and indicators by name, tolerant of case, diacritics, spaces and hyphens. */
export function createSearchQuery(db: Database.Database) {
  const trigram = db.prepare<{ phrase: string; folded: string; lang: string; limit: number }, HitRow>(trigramSql);
  const prefixTiers = tiers.map((levels) => db.prepare<{ pattern: string; limit: number }, HitRow>(prefixTierSql(levels)));
  // Indicators are few (tens): a scan of their names costs less than any index would save.
  const prefixIndicators = db.prepare<{ pattern: string }, HitRow>(prefixIndicatorSql);
  const layout = readSearchLayout(db);
  const rankedRegions = layout ? db.prepare<{ query: string; end: number; limit: number }, HitRow>(rankedRegionSql) : null;
  const rankedIndicators = layout ? db.prepare<{ phrase: string; folded: string; lang: string; limit: number; end: number }, HitRow>(rankedIndicatorSql) : null;

  const shortSearch = (folded: string, lang: Lang, limit: number): HitRow[] => {
    const rows: HitRow[] = [];
    for (const tier of prefixTiers) {
      if (rows.length >= limit) return rows;
      rows.push(...tier.all({ pattern: `${folded}%`, limit: limit - rows.length }));
    }
    const indicators = prefixIndicators
      .all({ pattern: `${folded}%` })
      .filter((row) => foldForSearch(row.label).startsWith(folded))
      .sort((a, b) => Number(a.lang !== lang) - Number(b.lang !== lang) || a.label.localeCompare(b.label) || a.ref.localeCompare(b.ref));
    return rows.concat(indicators);
  };

  const trigramSearch = (folded: string, lang: Lang, limit: number): HitRow[] => {
    const phrase = `"${folded.replaceAll('"', '""')}"`;
    // Each indicator is indexed once per language; over-fetch so dropping the duplicates still fills the limit.
    if (!layout || !rankedRegions || !rankedIndicators) return trigram.all({ phrase, folded, lang, limit: limit * 2 });
    const end = layout.regionsEnd;
    const rows = rankedRegions.all({ query: `folded : ^${phrase}`, end, limit });
    if (rows.length < limit) rows.push(...rankedRegions.all({ query: `folded : ${phrase} NOT folded : ^${phrase}`, end, limit: limit - rows.length }));
    if (rows.length < limit) rows.push(...rankedIndicators.all({ phrase, folded, lang, limit: (limit - rows.length) * 2, end }));
    return rows;
  };

  return (text: string, options: SearchOptions = {}): SearchHit[] => {
    const folded = foldForSearch(text);
    if (folded.length === 0) return [];
    const limit = Math.max(1, Math.min(Math.floor(options.limit ?? defaultSearchLimit), maxSearchLimit));
    const lang = options.lang ?? 'id';
    const rows = folded.length >= minTrigramChars ? trigramSearch(folded, lang, limit) : shortSearch(folded, lang, limit);
    const hits: SearchHit[] = [];
    const seenIndicators = new Set<string>();
    for (const row of rows) {
      if (hits.length >= limit) break;
      if (row.kind === 'region' && row.level !== null) {
        hits.push({ kind: 'region', code: row.ref, label: row.label, level: row.level, parentCode: row.parent_code, parentName: row.parent_name });
      } else if (row.kind === 'indicator' && row.theme_id !== null && !seenIndicators.has(row.ref)) {
        seenIndicators.add(row.ref);
        hits.push({ kind: 'indicator', id: row.ref, label: row.label, lang: row.lang === 'en' ? 'en' : 'id', themeId: row.theme_id });
      }
    }
    return hits;
  };
}
