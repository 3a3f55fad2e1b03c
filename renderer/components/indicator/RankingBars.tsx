import type { CSSProperties } from 'react';
import type { Ranking } from '../../../data/api/types';
import { formatFigure, isRupiahUnit } from '../../i18n/format';
import { regionTitle } from '../../i18n/region';
import { useLang } from '../../hooks/useLang';

/** Bar length as a share of the longest; negative values (a shrinking economy) draw as no bar, their number still shows. */
export function barShare(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return 0;
  return Math.min(1, value / max);
}

interface RankingBarsProps {
  ranking: Ranking;
  onPick: (code: string) => void;
  /** The finger went down on a row: the screen may start loading what it opens. */
  onPress?: (code: string) => void;
  /** A region to mark (the one whose profile the visitor came from). */
  highlight?: string | undefined;
}

/**
 * The ranking as rows of real buttons rather than a canvas chart: every bar is a touch
 * target of full row height that opens the region, readable by screen readers and
 * testable by its text. Best first, as the API orders it; a thin mark shows the parent's
 * value where comparing with it makes sense (rates, not totals).
 */
export function RankingBars({ ranking, onPick, onPress, highlight }: RankingBarsProps) {
  const { t, lang } = useLang();
  const max = Math.max(0, ...ranking.rows.map((row) => row.value), ranking.indicator.rollup === 'sum' ? 0 : (ranking.parentValue ?? 0));
  const reference = ranking.indicator.rollup !== 'sum' && ranking.parentValue !== null ? barShare(ranking.parentValue, max) : null;
  // Rupiah keeps its scale word ("miliar") on every row; other units are said once, in the heading.
  const money = isRupiahUnit(ranking.indicator.unit);
  const half = Math.ceil(ranking.rows.length / 2);
  const style = { '--rows': half } as CSSProperties;
  return (
    <div className="ranking" data-testid="ranking">
      {reference !== null && ranking.parentValue !== null && (
        <p className="ranking__reference">
          <span className="ranking__reference-mark" aria-hidden="true" />
          {t('screens.indicator.parentMark', {
            parent: regionTitle(ranking.parent.name, ranking.parent.level, t),
            value: formatFigure(ranking.parentValue, ranking.indicator, lang).value,
          })}
        </p>
      )}
      <ol className={`ranking__rows${ranking.rows.length > 12 ? ' ranking__rows--two' : ''}`} style={style}>
        {ranking.rows.map((row, index) => {
          const formatted = formatFigure(row.value, ranking.indicator, lang);
          return (
            // The second half is the right-hand column where two fit (indicator.css).
            <li key={row.region.code} className="ranking__item" data-side={index < half ? '1' : '2'}>
              <button
                type="button"
                className={`rank-row${row.region.code === highlight ? ' rank-row--highlight' : ''}`}
                data-testid="rank-row"
                data-region={row.region.code}
                onPointerDown={onPress && (() => onPress(row.region.code))}
                onClick={() => onPick(row.region.code)}
              >
                <span className="rank-row__rank">{row.rank}</span>
                <span className="rank-row__name">{row.region.name}</span>
                <span className="rank-row__track">
                  <span className="rank-row__bar" style={{ width: `${barShare(row.value, max) * 100}%` }} />
                  {reference !== null && <span className="rank-row__mark" style={{ left: `${reference * 100}%` }} />}
                </span>
                <span className="rank-row__value" data-testid="rank-value">
                  {money && formatted.unit ? `${formatted.value} ${formatted.unit}` : formatted.value}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
