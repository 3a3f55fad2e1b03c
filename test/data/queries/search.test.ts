import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../data/api/types.js';
import { openFixture, type OpenFixture } from './open-fixture.js';

let fixture: OpenFixture;
beforeAll(() => {
  fixture = openFixture();
});
afterAll(() => fixture.close());

const refs = (hits: SearchHit[]) => hits.map((hit) => (hit.kind === 'region' ? hit.code : hit.id));

describe('search', () => {
  it.each(['Genteng Wetan', 'genteng-wetan', 'gentengwetan', 'GENTENG  WETAN', ' genteng wet'])('finds Genteng Wetan from %j', (input) => {
    expect(fixture.queries.search(input)).toEqual([
      { kind: 'region', code: '35.10.08.2002', label: 'Genteng Wetan', level: 'desa', parentCode: '35.10.08', parentName: 'Genteng' },
    ]);
  });

  it('tells repeated village names apart by their kecamatan', () => {
    const hits = fixture.queries.search('karangrejo');
    expect(hits.map((hit) => hit.kind === 'region' && [hit.code, hit.parentName])).toEqual([
      ['35.10.07.2002', 'Gambiran'],
      ['35.10.08.2003', 'Genteng'],
    ]);
  });

  it('puts names starting with the input before names containing it, and higher levels first', () => {
    // "Genteng" the kecamatan, then its desa; "gen" occurs inside no other name.
    expect(refs(fixture.queries.search('gen'))).toEqual(['35.10.08', '35.10.08.2001', '35.10.08.2002']);
    // "ang" starts no name: all substring matches, kabupaten before desa, regions before indicators.
    expect(refs(fixture.queries.search('ang'))).toEqual(['35.10', '35.10.07.2002', '35.10.08.2003', 'idm', 'ipm']);
  });

  it('falls back to a prefix match for one or two letters', () => {
    expect(refs(fixture.queries.search('g'))).toEqual(['35.10.07', '35.10.08', '35.10.08.2001', '35.10.08.2002']);
    expect(refs(fixture.queries.search('Ka'))).toEqual(['35.10.07.2002', '35.10.08.2003']);
    // Two letters inside a word are not a prefix, so they find nothing.
    expect(fixture.queries.search('ng')).toEqual([]);
  });

  it('finds indicators in the UI language first, once each', () => {
    expect(fixture.queries.search('stunting', { lang: 'id' })).toEqual([
      { kind: 'indicator', id: 'stunting', label: 'Prevalensi Stunting', lang: 'id', themeId: 'kesehatan' },
    ]);
    expect(fixture.queries.search('stunting', { lang: 'en' })).toEqual([
      { kind: 'indicator', id: 'stunting', label: 'Stunting prevalence', lang: 'en', themeId: 'kesehatan' },
    ]);
    expect(refs(fixture.queries.search('population'))).toEqual(['penduduk']);
  });

  it('honours the limit, caps it at 50, and answers nothing for empty or punctuation-only input', () => {
    expect(refs(fixture.queries.search('a', { limit: 2 }))).toEqual(['akses_air']);
    expect(refs(fixture.queries.search('g', { limit: 2 }))).toEqual(['35.10.07', '35.10.08']);
    expect(fixture.queries.search('e', { limit: 500 }).length).toBeLessThanOrEqual(50);
    expect(fixture.queries.search('')).toEqual([]);
    expect(fixture.queries.search(' - ')).toEqual([]);
    expect(fixture.queries.search('zzzz')).toEqual([]);
  });

  it('treats quotes and FTS operators in the input as plain text', () => {
    expect(fixture.queries.search('"gen" OR *')).toEqual([]);
    expect(refs(fixture.queries.search('gen*'))).toEqual(['35.10.08', '35.10.08.2001', '35.10.08.2002']);
  });
});
