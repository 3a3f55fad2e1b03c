import type { Migration } from './types.js';

/**
 * The citation of a single figure. Real series are often stitched together from several
 * releases (one news report per year, a census, a registry extract), so the indicator's
 * own source cannot name them all. NULL means "see the indicator's source"; roll-ups
 * and generated sample rows leave it NULL.
 */
export const migration0003ObservationSource: Migration = {
  version: 3,
  name: 'observation-source',
  up: `
    ALTER TABLE observations ADD COLUMN source TEXT;
  `,
};
