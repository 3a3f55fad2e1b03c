import type { ProfileFigure, RegionRef } from '../../../data/api/types';
import { qualifiersOfFigure, valueQualifier } from '../../i18n/figureStatus';
import { formatFigure, pick } from '../../i18n/format';
import { regionTitle } from '../../i18n/region';
import { useLang } from '../../hooks/useLang';
import { figureText } from '../indicator/text';
import { FigureValue } from '../FigureValue';
import { SampleBadge } from '../SampleBadge';
import { SourceNote } from '../SourceNote';
import { figureSentence } from './sentence';

interface ProfileFigureCardProps {
  figure: ProfileFigure;
  region: RegionRef;
  parent: RegionRef | null;
  root: RegionRef | null;
  onOpen: () => void;
}

/**
 * A key figure of a region, beside its parent's and the regency's, with the sentence
 * that says what the difference means. The whole card is one button: it opens the
 * indicator's ranking among the region's neighbours.
 */
export function ProfileFigureCard({ figure, region, parent, root, onOpen }: ProfileFigureCardProps) {
  const { t, lang } = useLang();
  const { indicator } = figure;
  const formatted = formatFigure(figure.value, indicator, lang);
  const qualifier = valueQualifier(figure.status, t);
  const refs: { key: string; label: string; value: number }[] = [];
  if (parent && figure.parentValue !== null) refs.push({ key: 'parent', label: regionTitle(parent.name, parent.level, t), value: figure.parentValue });
  if (root && parent && root.code !== parent.code && root.code !== region.code && figure.rootValue !== null) {
    refs.push({ key: 'root', label: regionTitle(root.name, root.level, t), value: figure.rootValue });
  }
  return (
    <button type="button" className={`figure-card profile-figure${indicator.isSample ? ' figure-card--sample' : ''}`} data-indicator={indicator.id} onClick={onOpen}>
      <span className="profile-figure__head">
        <span className="profile-figure__name">{pick(indicator.name, lang)}</span>
        {indicator.isSample && <SampleBadge />}
      </span>
      <FigureValue block="profile-figure" qualifier={qualifier} formatted={formatted} testId="figure-value" />
      {refs.length > 0 && (
        <span className="profile-figure__refs">
          {refs.map((ref) => (
            <span key={ref.key} className="profile-figure__ref" data-testid={`figure-${ref.key}`}>
              <span className="profile-figure__ref-label">{ref.label}</span>
              <span className="profile-figure__ref-value">{figureText(ref.value, indicator, lang)}</span>
            </span>
          ))}
        </span>
      )}
      <span className="profile-figure__sentence" data-testid="figure-sentence">
        {figureSentence(figure, region, parent, t, lang)}
      </span>
      <SourceNote source={indicator.source} period={figure.period} qualifiers={qualifiersOfFigure(figure.status)} />
    </button>
  );
}
