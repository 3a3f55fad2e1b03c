import type { Migration } from './types.js';

/**
 * Search inputs of one or two letters cannot use the trigram index, and scanning every
 * name of a national-size snapshot takes tens of milliseconds. This index answers
 * "regions of this level whose name starts with these letters" in name order, so a short
 * search reads only the rows it returns.
 */
export const migration0004RegionNamePrefix: Migration = {
  version: 4,
  name: 'region-name-prefix',
  up: `
    CREATE INDEX regions_level_name ON regions(level, name COLLATE NOCASE);
  `,
};
