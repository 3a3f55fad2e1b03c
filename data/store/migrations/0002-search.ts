import type { Migration } from './types.js';

/**
 * Full-text search over region and indicator names. The trigram tokenizer matches any
 * substring of three or more characters; `folded` holds foldForSearch(label), so
 * spacing and hyphenation of names do not matter.
 */
export const migration0002Search: Migration = {
  version: 2,
  name: 'search',
  up: `
    CREATE VIRTUAL TABLE search_index USING fts5(
      kind UNINDEXED,
      ref UNINDEXED,
      lang UNINDEXED,
      label,
      folded,
      tokenize = 'trigram'
    );
  `,
};
