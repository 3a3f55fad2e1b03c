import type { Figure } from '../../../data/api/types';
import { qualifiersOfFigure } from '../../i18n/figureStatus';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../hooks/useLang';
import { figureText } from '../indicator/text';
import { SampleBadge } from '../SampleBadge';
import { SourceNote } from '../SourceNote';
import type { SexBreakdown } from './pickFigures';

/** Male and female as one bar split in two: two numbers need no chart library, and the split reads at a glance. */
export function SexBar({ breakdown }: { breakdown: SexBreakdown<Figure> }) {
  const { t, lang } = useLang();
  const { male, female } = breakdown;
  const total = male.value + female.value;
  const malePct = (male.value / total) * 100;
  const sides = [
    { key: 'male', figure: male, pct: malePct },
    { key: 'female', figure: female, pct: 100 - malePct },
  ] as const;
  return (
    <section className="sex-bar" aria-labelledby="sex-bar-title" data-testid="sex-breakdown">
      <div className="card-head">
        <h2 id="sex-bar-title" className="section-title">
          {t('screens.region.bySex')}
        </h2>
        {male.indicator.isSample && <SampleBadge />}
      </div>
      <p className="sex-bar__caption" data-testid="sex-total">
        {t('screens.region.sexTotal', { total: figureText(total, male.indicator, lang) })}
      </p>
      <div className="sex-bar__track" aria-hidden="true">
        {sides.map((side) => (
          <span key={side.key} className={`sex-bar__part sex-bar__part--${side.key}`} style={{ width: `${side.pct}%` }} />
        ))}
      </div>
      <dl className="sex-bar__legend">
        {sides.map((side) => (
          <div key={side.key} className={`sex-bar__entry sex-bar__entry--${side.key}`}>
            <dt>{t(`screens.region.${side.key}`)}</dt>
            <dd>
              {figureText(side.figure.value, side.figure.indicator, lang)} · {formatNumber(side.pct, lang, 1)}%
            </dd>
          </div>
        ))}
      </dl>
      <SourceNote source={male.indicator.source} period={male.period} qualifiers={qualifiersOfFigure(male.status)} />
    </section>
  );
}
