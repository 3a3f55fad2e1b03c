import type { CSSProperties } from 'react';
import type { Figure } from '../../data/api/types';
import { formatFigure, pick } from '../i18n/format';
import { useLang } from '../hooks/useLang';
import { SampleBadge } from './SampleBadge';
import { SourceNote } from './SourceNote';

/** One key figure: name, the number large, its unit, and always its period, source and sample mark. */
export function FigureTile({ figure }: { figure: Figure }) {
  const { lang } = useLang();
  const { indicator } = figure;
  const formatted = formatFigure(figure.value, indicator, lang);
  return (
    <article className={`figure-tile${indicator.isSample ? ' figure-tile--sample' : ''}`} data-indicator={indicator.id}>
      <div className="figure-tile__head">
        <h3 className="figure-tile__name">{pick(indicator.name, lang)}</h3>
        {indicator.isSample && <SampleBadge />}
      </div>
      <p className="figure-tile__value" data-testid="figure-value">
        <span className="figure-tile__number" style={{ '--chars': formatted.value.length } as CSSProperties}>
          {formatted.value}
        </span>{' '}
        {formatted.unit && <span className="figure-tile__unit">{formatted.unit}</span>}
      </p>
      <SourceNote source={indicator.source} period={figure.period} />
    </article>
  );
}
