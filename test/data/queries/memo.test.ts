import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalogueQuery } from '../../../data/store/queries/catalogue.js';
import { createGeometryQuery } from '../../../data/store/queries/geometry.js';
import { WeightedLru } from '../../../data/store/queries/memo.js';
import { createOverviewQuery } from '../../../data/store/queries/overview.js';
import { openFixture, type OpenFixture } from './open-fixture.js';

let fixture: OpenFixture;
beforeAll(() => {
  fixture = openFixture();
});
afterAll(() => fixture.close());

/** A fresh factory reads the snapshot again: what every call returned before results were kept. */
const fresh = () => ({
  catalogue: createCatalogueQuery(fixture.db)(),
  geometry: (level: 'kecamatan' | 'desa', within?: string) => createGeometryQuery(fixture.db)(level, within ? { within } : {}),
  overview: (code: string) => createOverviewQuery(fixture.db)(code),
});

describe('results kept per connection', () => {
  it('the catalogue: the same answer as a fresh read, the same object each time, and frozen', () => {
    const first = fixture.queries.catalogue();
    expect(first).toEqual(fresh().catalogue);
    expect(fixture.queries.catalogue()).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first[0]?.indicators[0]?.periods)).toBe(true);
  });

  it('outlines: the same answer as a fresh read for every map, kept per level and region', () => {
    const maps = [['kecamatan', undefined], ['desa', undefined], ['desa', '35.10.08']] as const;
    for (const [level, within] of maps) {
      const first = fixture.queries.geometry(level, within ? { within } : {});
      expect(first).toBeDefined();
      expect(first).toEqual(fresh().geometry(level, within));
      expect(fixture.queries.geometry(level, within ? { within } : {})).toBe(first);
      expect(Object.isFrozen(first?.features[0]?.geometry)).toBe(true);
    }
    // The root's own map asked for by its code is the same map as the default one.
    expect(fixture.queries.geometry('kecamatan', { within: '35.10' })).toEqual(fixture.queries.geometry('kecamatan'));
    expect(fixture.queries.geometry('desa', { within: '99.99' })).toBeUndefined();
  });

  it('the overview: the same answer as a fresh read, kept per region', () => {
    const first = fixture.queries.overview('35.10');
    expect(first).toEqual(fresh().overview('35.10'));
    expect(fixture.queries.overview('35.10')).toBe(first);
    expect(fixture.queries.overview('99.99')).toBeUndefined();
  });
});

describe('WeightedLru', () => {
  it('keeps the most recently used entries within its budget', () => {
    const lru = new WeightedLru<string>(10);
    lru.set('a', 'A', 4);
    lru.set('b', 'B', 4);
    expect(lru.get('a')).toBe('A');
    lru.set('c', 'C', 4);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe('A');
    expect(lru.get('c')).toBe('C');
    lru.set('huge', 'H', 11);
    expect(lru.get('huge')).toBeUndefined();
    expect(lru.size).toBe(2);
  });
});
