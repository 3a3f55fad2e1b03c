import type { IndicatorMeta, Lang } from '../../../data/api/types';
import { formatFigure } from '../../i18n/format';

/** A value with its unit as one run of text: "4,46 persen", "Rp 7,2 miliar". */
export function figureText(value: number, indicator: Pick<IndicatorMeta, 'unit' | 'decimals'>, lang: Lang): string {
  const { value: number, unit } = formatFigure(value, indicator, lang);
  return unit ? `${number} ${unit}` : number;
}
