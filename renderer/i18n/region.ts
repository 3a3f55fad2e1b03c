import type { TFunction } from 'i18next';
import type { RegionRef } from '../../data/api/types';

const levelWords: Record<RegionRef['level'], RegExp> = {
  provinsi: /^provinsi\s+/i,
  kabupaten: /^kabupaten\s+/i,
  kota: /^kota\s+/i,
  kecamatan: /^kecamatan\s+/i,
  desa: /^desa\s+/i,
  kelurahan: /^kelurahan\s+/i,
};

/**
 * "Kabupaten Banyuwangi" / "Banyuwangi Regency". Data may store the bare name or the
 * full one; the level word is dropped first so it is never doubled.
 */
export function regionTitle(name: string, level: RegionRef['level'], t: TFunction): string {
  return t(`region.${level}`, { name: name.replace(levelWords[level], '').trim() });
}
