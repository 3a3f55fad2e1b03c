import type { TFunction } from 'i18next';
import type { RegionRef, SearchHit } from '../../../data/api/types';
import { regionTitle } from '../../i18n/region';

/** The level a region's parent has, for naming it: a village's parent is a kecamatan, and so on up. */
const parentLevels: Partial<Record<RegionRef['level'], RegionRef['level']>> = {
  desa: 'kecamatan',
  kelurahan: 'kecamatan',
  kecamatan: 'kabupaten',
  kabupaten: 'provinsi',
  kota: 'provinsi',
};

export interface HitLabel {
  key: string;
  title: string;
  /** What tells two hits of the same name apart: level and parent, or that it is data and its theme. */
  detail: string;
}

/**
 * "Karangrejo" + "Desa · Kecamatan Blimbingsari" beside "Karangrejo" + "Kelurahan ·
 * Kecamatan Banyuwangi": a repeated village name is told apart by its level and parent.
 */
export function describeHit(hit: SearchHit, t: TFunction, themeName: (id: string) => string | null): HitLabel {
  if (hit.kind === 'region') {
    const level = t(`kiosk.level.${hit.level}`);
    const parentLevel = parentLevels[hit.level];
    const parent = hit.parentName && parentLevel ? regionTitle(hit.parentName, parentLevel, t) : null;
    return { key: `region:${hit.code}`, title: hit.label, detail: parent ? t('kiosk.search.levelIn', { level, parent }) : level };
  }
  const theme = themeName(hit.themeId);
  return { key: `indicator:${hit.id}`, title: hit.label, detail: theme ? t('kiosk.search.indicatorIn', { theme }) : t('kiosk.search.indicator') };
}

/** Places before data (visitors mostly look for their village), each keeping the search's own order. */
export function orderHits(hits: readonly SearchHit[]): SearchHit[] {
  return [...hits.filter((hit) => hit.kind === 'region'), ...hits.filter((hit) => hit.kind === 'indicator')];
}
