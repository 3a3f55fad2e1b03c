import { useMemo, useState } from 'react';
import type { ProfileFigure, RegionRef } from '../../../data/api/types';
import { rankingQualifiers } from '../../i18n/figureStatus';
import { pick } from '../../i18n/format';
import { useLang } from '../../hooks/useLang';
import { useRequest } from '../../hooks/useRequest';
import { useProfileOnPress } from '../../api/prefetch';
import { RankingBars } from '../indicator/RankingBars';
import { SampleBadge } from '../SampleBadge';
import { SourceNote } from '../SourceNote';

interface ChildRankingProps {
  region: RegionRef;
  members: RegionRef[];
  /** Indicators a visitor may rank by: the profile's key figures. */
  choices: ProfileFigure[];
  onPick: (code: string) => void;
}

/** The region's kecamatan or villages, ranked by one of its key figures (chosen by chip); each row opens that profile. */
export function ChildRanking({ region, members, choices, onPick }: ChildRankingProps) {
  const { t, lang } = useLang();
  // Totals rank villages most plainly (who is biggest); fall back to the first figure.
  const initial = choices.find((figure) => figure.indicator.rollup === 'sum' && figure.indicator.themeId !== 'wilayah') ?? choices[0];
  const [indicatorId, setIndicatorId] = useState(initial?.indicator.id ?? null);
  const args = useMemo(() => (indicatorId ? { indicatorId, parentCode: region.code } : null), [indicatorId, region.code]);
  const ranking = useRequest('indicator.ranking', args);
  const press = useProfileOnPress();
  const rows = ranking.data?.rows ?? [];
  return (
    <section className="child-ranking card" aria-labelledby="child-ranking-title" data-testid="child-ranking">
      <div className="card-head">
        <h2 id="child-ranking-title" className="section-title">
          {t(`screens.region.children.${region.level}`, { count: members.length })}
        </h2>
        {ranking.data?.indicator.isSample && <SampleBadge />}
      </div>
      {choices.length > 1 && (
        <div className="chips" role="group" aria-label={t('screens.region.rankBy')}>
          {choices.map((figure) => (
            <button key={figure.indicator.id} type="button" className="chip" aria-pressed={figure.indicator.id === indicatorId} onClick={() => setIndicatorId(figure.indicator.id)}>
              {pick(figure.indicator.name, lang)}
            </button>
          ))}
        </div>
      )}
      {ranking.data && rows.length > 0 ? (
        <>
          <p className="card-unit">{t('screens.indicator.unitLine', { unit: pick(ranking.data.indicator.unit, lang) })}</p>
          <RankingBars ranking={ranking.data} onPick={onPick} onPress={press} />
          {ranking.data.period && <SourceNote source={ranking.data.indicator.source} period={ranking.data.period} qualifiers={rankingQualifiers(ranking.data)} />}
        </>
      ) : (
        ranking.status !== 'loading' && (
          <div className="child-list">
            {members.map((child) => (
              <button key={child.code} type="button" className="chip" data-region={child.code} onClick={() => onPick(child.code)}>
                {child.name}
              </button>
            ))}
          </div>
        )
      )}
    </section>
  );
}
