import type { Figure } from '../../data/api/types';
import { qualifiersOfFigure, valueQualifier } from '../i18n/figureStatus';
import { formatFigure, pick } from '../i18n/format';
import { useLang } from '../hooks/useLang';
import { SampleBadge } from './SampleBadge';
import { FigureValue } from './FigureValue';
import { SourceNote } from './SourceNote';

/**
 * One key figure: name, the number large, its unit, and always its period, source and
 * sample mark. With `onOpen` the tile is a button (it opens the indicator's ranking).
 */
export function FigureTile({ figure, onOpen }: { figure: Figure; onOpen?: () => void }) {
  const { t, lang } = useLang();
  const { indicator } = figure;
  const formatted = formatFigure(figure.value, indicator, lang);
  const qualifier = valueQualifier(figure.status, t);
  const Tile = onOpen ? 'button' : 'article';
  return (
    <Tile
      {...(onOpen ? { type: 'button' as const, onClick: onOpen } : {})}
      className={`figure-tile${indicator.isSample ? ' figure-tile--sample' : ''}${onOpen ? ' figure-tile--button' : ''}`}
      data-indicator={indicator.id}
    >
      <span className="figure-tile__head">
        <span className="figure-tile__name">{pick(indicator.name, lang)}</span>
        {indicator.isSample && <SampleBadge />}
      </span>
      <FigureValue block="figure-tile" qualifier={qualifier} formatted={formatted} testId="figure-value" fit />
      <SourceNote source={indicator.source} period={figure.period} qualifiers={qualifiersOfFigure(figure.status)} />
    </Tile>
  );
}
