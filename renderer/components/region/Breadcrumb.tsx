import type { RegionRef } from '../../../data/api/types';
import { regionTitle } from '../../i18n/region';
import { useLang } from '../../hooks/useLang';
import { ShellIcon } from '../shell/ShellIcons';

/**
 * Where the region sits: Provinsi › Kabupaten › Kecamatan. Steps inside the snapshot
 * (from its root down) are buttons; the province above it has no profile here, so it
 * is plain text rather than a button that would fail.
 */
export function Breadcrumb({ trail, rootCode, onPick }: { trail: RegionRef[]; rootCode: string | null; onPick: (code: string) => void }) {
  const { t } = useLang();
  const rootIndex = trail.findIndex((step) => step.code === rootCode);
  return (
    <nav className="breadcrumb" aria-label={t('screens.region.breadcrumb')}>
      <ol className="breadcrumb__list">
        {trail.map((step, index) => (
          <li key={step.code} className="breadcrumb__item">
            {index > 0 && <ShellIcon name="chevron" className="breadcrumb__sep" />}
            {rootIndex >= 0 && index >= rootIndex ? (
              <button type="button" className="breadcrumb__button" data-region={step.code} onClick={() => onPick(step.code)}>
                {regionTitle(step.name, step.level, t)}
              </button>
            ) : (
              <span className="breadcrumb__text">{regionTitle(step.name, step.level, t)}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
