import type { IndicatorMeta } from '../../../data/api/types';
import { pick, pickBilingual } from '../../i18n/format';
import { useLang } from '../../hooks/useLang';
import { SampleBadge } from '../SampleBadge';

/** What the number means and where it is from, in full: the tiles elsewhere only have room for a line. */
export function IndicatorFacts({ indicator, period }: { indicator: IndicatorMeta; period: string | null }) {
  const { t, lang } = useLang();
  const better = indicator.higherIsBetter === null ? null : indicator.higherIsBetter ? t('screens.legend.higherBetter') : t('screens.legend.lowerBetter');
  return (
    <section className="facts" aria-labelledby="facts-title" data-testid="indicator-facts">
      <div className="facts__head">
        <h2 id="facts-title" className="section-title">
          {t('screens.indicator.definition')}
        </h2>
        {indicator.isSample && <SampleBadge />}
      </div>
      <p className="facts__description">{pick(indicator.description, lang)}</p>
      <dl className="facts__list">
        <div>
          <dt>{t('screens.indicator.unit')}</dt>
          <dd>{pick(indicator.unit, lang)}</dd>
        </div>
        {period && (
          <div>
            <dt>{t('screens.indicator.period')}</dt>
            <dd>{period}</dd>
          </div>
        )}
        {better && (
          <div>
            <dt>{t('screens.indicator.direction')}</dt>
            <dd>{better}</dd>
          </div>
        )}
        <div>
          <dt>{t('screens.indicator.source')}</dt>
          <dd className="facts__source">{pickBilingual(indicator.source, lang)}</dd>
        </div>
        <div>
          <dt>{t('screens.indicator.licence')}</dt>
          <dd className="facts__source">{pickBilingual(indicator.licence, lang)}</dd>
        </div>
      </dl>
    </section>
  );
}
