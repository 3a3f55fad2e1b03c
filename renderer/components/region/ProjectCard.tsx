import type { PointRow } from '../../../data/api/types';
import { progressClass } from '../../charts/classes';
import { formatNumber, formatRupiah } from '../../i18n/format';
import { useLang } from '../../hooks/useLang';
import { SampleBadge } from '../SampleBadge';
import { SourceNote } from '../SourceNote';

/** Project kinds the catalogue names; anything else reads as "other". */
const knownKinds = new Set(['air_bersih', 'drainase', 'ekonomi', 'gedung', 'jalan', 'jembatan', 'penerangan', 'sanitasi', 'talud']);

/** An e-monitoring project: what, where, its budget in words and how far it has come. */
export function ProjectCard({ point }: { point: PointRow }) {
  const { t, lang } = useLang();
  const progress = point.progressPct;
  return (
    <article className="project-card" data-point={point.id}>
      <div className="project-card__head">
        <span className="project-card__kind">{t(`screens.projects.kind.${knownKinds.has(point.kind) ? point.kind : 'other'}`)}</span>
        {point.isSample && <SampleBadge />}
      </div>
      <h3 className="project-card__name">{point.name}</h3>
      <p className="project-card__where">{point.regionName}</p>
      <p className="project-card__budget">
        {point.budgetIdr === null ? t('screens.projects.noBudget') : t('screens.projects.budget', { amount: formatRupiah(point.budgetIdr, lang) })}
      </p>
      {progress !== null && (
        <div className="project-card__progress">
          <span
            className={`progress progress--${progressClass(progress)}`}
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={progress}
            aria-label={t('screens.projects.progress')}
          >
            <span className="progress__fill" style={{ width: `${Math.max(0, Math.min(100, progress))}%` }} />
          </span>
          <span className="project-card__pct">{t('screens.projects.progressValue', { pct: formatNumber(progress, lang, 0) })}</span>
        </div>
      )}
      <SourceNote source={point.source} period={point.period} />
    </article>
  );
}
