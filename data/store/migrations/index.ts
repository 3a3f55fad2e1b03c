import { migration0001Initial } from './0001-initial.js';
import { migration0002Search } from './0002-search.js';
import { migration0003ObservationSource } from './0003-observation-source.js';
import { migration0004RegionNamePrefix } from './0004-region-name-prefix.js';
import type { Migration } from './types.js';

/** Every migration in order; a snapshot's PRAGMA user_version names the last one applied. */
export const migrations: readonly Migration[] = [migration0001Initial, migration0002Search, migration0003ObservationSource, migration0004RegionNamePrefix];

export const latestSchemaVersion = migrations.length;
