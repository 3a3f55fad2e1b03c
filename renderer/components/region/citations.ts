import type { Lang, Series } from '../../../data/api/types';
import { pickBilingual } from '../../i18n/format';

/** One source and the periods whose figures it gives, in the reader's words. */
export interface Citation {
  periods: string[];
  source: string;
}

/** A web address at the end of a citation: nobody can follow it from a kiosk, and the title and date say where to look. */
const trailingAddress = /\s+\(?https?:\/\/\S+$/;

/**
 * The own citations of the figures of a series' first line (the region it is about), one
 * per source with the periods it covers, in the order of the periods. A series stitched
 * from one news report per year names each report here; empty when the indicator's
 * source covers every figure.
 */
export function seriesCitations(series: Series, periodLabel: (period: string) => string, lang: Lang): Citation[] {
  const bySource = new Map<string, string[]>();
  for (const point of series.lines[0]?.points ?? []) {
    if (point.source === null) continue;
    const source = pickBilingual(point.source, lang).replace(trailingAddress, '');
    const periods = bySource.get(source) ?? [];
    periods.push(periodLabel(point.period));
    bySource.set(source, periods);
  }
  return [...bySource].map(([source, periods]) => ({ source, periods }));
}
