import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../data/api/types';
import { describeHit, orderHits } from '../../renderer/components/search/labels';
import { normaliseQuery } from '../../renderer/components/search/useSearch';
import { createI18n } from '../../renderer/i18n';

const karangrejoDesa: SearchHit = { kind: 'region', code: '35.10.25.2008', label: 'Karangrejo', level: 'desa', parentCode: '35.10.25', parentName: 'Blimbingsari' };
const karangrejoKelurahan: SearchHit = { kind: 'region', code: '35.10.16.1007', label: 'Karangrejo', level: 'kelurahan', parentCode: '35.10.16', parentName: 'Banyuwangi' };
const genteng: SearchHit = { kind: 'region', code: '35.10.09', label: 'Genteng', level: 'kecamatan', parentCode: '35.10', parentName: 'Kabupaten Banyuwangi' };
const poverty: SearchHit = { kind: 'indicator', id: 'poverty_rate', label: 'Persentase penduduk miskin', lang: 'id', themeId: 'kemiskinan' };
const themeName = (id: string) => (id === 'kemiskinan' ? 'Kemiskinan' : null);

describe('search result labels', () => {
  const id = createI18n('id').t;
  const en = createI18n('en').t;

  it('tells repeated village names apart by level and kecamatan', () => {
    const a = describeHit(karangrejoDesa, id, themeName);
    const b = describeHit(karangrejoKelurahan, id, themeName);
    expect(a.title).toBe(b.title);
    expect(a.detail).toBe('Desa · Kecamatan Blimbingsari');
    expect(b.detail).toBe('Kelurahan · Kecamatan Banyuwangi');
    expect(a.key).not.toBe(b.key);
    expect(describeHit(karangrejoDesa, en, themeName).detail).toBe('Village · Blimbingsari District');
  });

  it('names a kecamatan\'s regency without doubling the level word', () => {
    expect(describeHit(genteng, id, themeName).detail).toBe('Kecamatan · Kabupaten Banyuwangi');
    expect(describeHit(genteng, en, themeName).detail).toBe('District · Banyuwangi Regency');
  });

  it('marks indicators as data with their theme', () => {
    expect(describeHit(poverty, id, themeName).detail).toBe('Data · Kemiskinan');
    expect(describeHit({ ...poverty, themeId: 'unknown' }, id, themeName).detail).toBe('Data');
  });

  it('lists places before data, each in the search\'s own order', () => {
    expect(orderHits([poverty, karangrejoDesa, genteng])).toEqual([karangrejoDesa, genteng, poverty]);
  });

  it('normalises what is sent', () => {
    expect(normaliseQuery('  genteng   wetan ')).toBe('genteng wetan');
  });
});
