import type { CatalogueIndicator, CatalogueTheme } from '../../data/api/types';

/**
 * The catalogue's themes narrowed to the indicators `offers` accepts, plus the ones already
 * chosen (so they stay in view and can be taken off); a theme left with none is dropped.
 * The map's picker and compare's data sheet narrow it by what can be shown.
 */
export function offeredThemes(catalogue: readonly CatalogueTheme[], offers: (entry: CatalogueIndicator) => boolean, chosen: readonly string[]): CatalogueTheme[] {
  return catalogue
    .map((theme) => ({ ...theme, indicators: theme.indicators.filter((entry) => chosen.includes(entry.indicator.id) || offers(entry)) }))
    .filter((theme) => theme.indicators.length > 0);
}
