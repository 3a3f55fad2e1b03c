import type { TFunction } from 'i18next';
import type { Lang, ProfileFigure, RegionRef } from '../../../data/api/types';
import { valueQualifier } from '../../i18n/figureStatus';
import { formatNumber, pick } from '../../i18n/format';
import { figureText } from '../indicator/text';

export type Comparison = 'higher' | 'lower' | 'same';

/** Within half a percent of each other the numbers read as equal; "higher" would overstate it. */
export function compareValues(value: number, reference: number, decimals: number): Comparison {
  const factor = 10 ** Math.max(0, Math.min(decimals, 6));
  if (Math.round(value * factor) === Math.round(reference * factor)) return 'same';
  if (Math.abs(value - reference) <= Math.abs(reference) * 0.005) return 'same';
  return value > reference ? 'higher' : 'lower';
}

/** Whether a difference is good news; null when the indicator has no better direction. */
export function judgement(comparison: Comparison, higherIsBetter: boolean | null): 'better' | 'worse' | null {
  if (higherIsBetter === null || comparison === 'same') return null;
  return (comparison === 'higher') === higherIsBetter ? 'better' : 'worse';
}

/**
 * One plain sentence that says what a figure means beside the parent region's:
 * "Persentase penduduk miskin di desa ini 4,46 persen, lebih rendah (lebih baik) dari
 * rata-rata kecamatan 6,13 persen." Totals (roll-up by sum) are read as a share of the
 * parent's total, rates against its average. Words and word order come from the
 * catalogue, so each language builds its own sentence.
 */
export function figureSentence(figure: ProfileFigure, region: Pick<RegionRef, 'level'>, parent: Pick<RegionRef, 'level'> | null, t: TFunction, lang: Lang): string {
  const { indicator } = figure;
  const qualifier = valueQualifier(figure.status, t);
  const shown = figureText(figure.value, indicator, lang);
  const base = {
    name: pick(indicator.name, lang),
    here: t(`screens.sentence.here.${region.level}`),
    value: qualifier ? `${qualifier} ${shown}` : shown,
  };
  if (parent === null || figure.parentValue === null) return t('screens.sentence.plain', base);
  const there = t(`screens.sentence.there.${parent.level}`);
  const parentValue = figureText(figure.parentValue, indicator, lang);
  if (indicator.rollup === 'sum') {
    if (figure.parentValue <= 0) return t('screens.sentence.plain', base);
    const share = `${formatNumber((figure.value / figure.parentValue) * 100, lang, 1)}%`;
    return t('screens.sentence.share', { ...base, there, parentValue, share });
  }
  const comparison = compareValues(figure.value, figure.parentValue, indicator.decimals);
  if (comparison === 'same') return t('screens.sentence.same', { ...base, there, parentValue });
  const verdict = judgement(comparison, indicator.higherIsBetter);
  const word = t(`screens.sentence.${comparison}${verdict === 'better' ? 'Better' : verdict === 'worse' ? 'Worse' : ''}`);
  return t('screens.sentence.compare', { ...base, there, parentValue, comparison: word });
}
