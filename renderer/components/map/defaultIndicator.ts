import type { CatalogueIndicator, CatalogueTheme, MapLevel } from '../../../data/api/types';

/** The indicators a map of `level` can show: the ones with figures there (a regency-only figure would be all hatched). */
export function drawableAt(entries: readonly CatalogueIndicator[], level: MapLevel): CatalogueIndicator[] {
  return entries.filter((entry) => entry.mapLevels.includes(level));
}

/**
 * Without a choice, the map shows the first key indicator it can draw at the level: key
 * figures are the ones the data's publisher leads with; else the first it can draw.
 */
export function defaultMapIndicator(catalogue: readonly CatalogueTheme[] | null, level: MapLevel): string | undefined {
  if (!catalogue) return undefined;
  const drawable = drawableAt(catalogue.flatMap((theme) => theme.indicators), level);
  return (drawable.find((entry) => entry.isKey) ?? drawable[0])?.indicator.id ?? catalogue[0]?.indicators[0]?.indicator.id;
}
