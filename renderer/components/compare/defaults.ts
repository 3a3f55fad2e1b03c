import type { CatalogueIndicator, CatalogueTheme, RegionRef } from '../../../data/api/types';
import { offeredThemes } from '../offeredThemes';
import { maxCompareIndicators, maxCompareRegions } from './limits';

/**
 * What a comparison starts with: people, land, poverty, village funds, schooling and
 * health, preferring indicators that exist down to village level so every column fills.
 */
export const preferredIndicators = [
  'sample_population',
  'area_boundary_km2',
  'sample_poverty_rate',
  'sample_dana_desa_allocation',
  'sample_dana_desa_realisation_pct',
  'sample_school_participation',
  'sample_immunisation',
];

export function defaultIndicatorIds(catalogue: readonly CatalogueTheme[]): string[] {
  const known = new Set(catalogue.flatMap((theme) => theme.indicators.map((entry) => entry.indicator.id)));
  const chosen = preferredIndicators.filter((id) => known.has(id));
  if (chosen.length > 0) return chosen;
  // Another dataset: its key figures, else its first indicators.
  const all = catalogue.flatMap((theme) => theme.indicators);
  const keys = all.filter((entry) => entry.isKey);
  return (keys.length > 0 ? keys : all).slice(0, 6).map((entry) => entry.indicator.id);
}

export function toggleIndicator(ids: readonly string[], id: string): string[] {
  if (ids.includes(id)) return ids.length > 1 ? ids.filter((other) => other !== id) : [...ids];
  return ids.length >= maxCompareIndicators ? [...ids] : [...ids, id];
}

export function addRegion(codes: readonly string[], code: string): string[] {
  if (codes.includes(code) || codes.length >= maxCompareRegions) return [...codes];
  return [...codes, code];
}

/** Whether a compared place can have the indicator's figure: the regency has every one; a kecamatan or village only what exists at its level. */
function fits(entry: CatalogueIndicator, level: RegionRef['level']): boolean {
  if (level === 'kecamatan') return entry.mapLevels.includes('kecamatan');
  if (level === 'desa' || level === 'kelurahan') return entry.mapLevels.includes('desa');
  return true;
}

/**
 * The indicators worth offering for these places: those at least one of them can have (a
 * figure that exists only for the regency would fill every kecamatan's column with "—"),
 * plus the ones already chosen, so they can be taken off. Every one before any place is chosen.
 */
export function comparableIndicators(catalogue: readonly CatalogueTheme[], levels: readonly RegionRef['level'][], chosen: readonly string[]): CatalogueTheme[] {
  if (levels.length === 0) return [...catalogue];
  return offeredThemes(catalogue, (entry) => levels.some((level) => fits(entry, level)), chosen);
}
