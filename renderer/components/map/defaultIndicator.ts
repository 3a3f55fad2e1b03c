import type { CatalogueIndicator, CatalogueTheme, MapLevel } from '../../../data/api/types';

/** Whether a map of `level` can show the indicator: it has figures there (a regency-only figure would be all hatched). */
export function drawsAt(entry: CatalogueIndicator, level: MapLevel): boolean {
  return entry.mapLevels.includes(level);
}

export function drawableAt(entries: readonly CatalogueIndicator[], level: MapLevel): CatalogueIndicator[] {
  return entries.filter((entry) => drawsAt(entry, level));
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
