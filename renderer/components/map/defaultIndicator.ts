import type { CatalogueTheme } from '../../../data/api/types';

/** Without a choice, the map shows the first key indicator: key figures are the ones the data's publisher leads with. */
export function defaultMapIndicator(catalogue: readonly CatalogueTheme[] | null): string | undefined {
  if (!catalogue) return undefined;
  return catalogue.flatMap((theme) => theme.indicators).find((entry) => entry.isKey)?.indicator.id ?? catalogue[0]?.indicators[0]?.indicator.id;
}
