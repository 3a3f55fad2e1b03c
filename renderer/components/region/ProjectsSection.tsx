import type { PointRow } from '../../../data/api/types';
import { useLang } from '../../hooks/useLang';
import { ShellIcon } from '../shell/ShellIcons';
import { ProjectCard } from './ProjectCard';

/** How many project cards a profile shows; the rest are one tap away, on the map. */
export const shownProjects = 6;

/** The region's e-monitoring projects, largest budgets first. */
export function ProjectsSection({ points, onMap }: { points: PointRow[]; onMap: () => void }) {
  const { t } = useLang();
  if (points.length === 0) return null;
  const shown = [...points].sort((a, b) => (b.budgetIdr ?? 0) - (a.budgetIdr ?? 0)).slice(0, shownProjects);
  return (
    <section className="projects" aria-labelledby="projects-title" data-testid="projects">
      <div className="card-head">
        <h2 id="projects-title" className="section-title">
          {t('screens.projects.title', { count: points.length })}
        </h2>
        <button type="button" className="chip chip--action" onClick={onMap}>
          <ShellIcon name="map" />
          {t('screens.projects.onMap')}
        </button>
      </div>
      <div className="projects__grid">
        {shown.map((point) => (
          <ProjectCard key={point.id} point={point} />
        ))}
      </div>
      {points.length > shown.length && <p className="projects__more">{t('screens.projects.more', { count: points.length - shown.length })}</p>}
    </section>
  );
}
