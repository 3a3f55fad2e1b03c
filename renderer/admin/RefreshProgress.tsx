import type { RefreshStatus } from '../../data/api/types';
import { useLang } from '../hooks/useLang';
import { isRunning, refreshFraction } from './refreshText';

/** The refresh's phase in words, with a bar while it runs (indeterminate until the size is known). */
export function RefreshProgress({ status }: { status: RefreshStatus }) {
  const { t } = useLang();
  const running = isRunning(status);
  const fraction = refreshFraction(status);
  return (
    <div className="admin-progress" data-testid="refresh-progress" data-phase={status.phase}>
      <p className="admin-progress__phase" aria-live="polite">
        {t(`admin.phase.${status.phase}`)}
      </p>
      {running && (
        <div
          className={`admin-progress__bar${fraction === null ? ' admin-progress__bar--unknown' : ''}`}
          role="progressbar"
          aria-label={t(`admin.phase.${status.phase}`)}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={fraction === null ? undefined : Math.round(fraction * 100)}
        >
          <div className="admin-progress__fill" style={fraction === null ? undefined : { width: `${fraction * 100}%` }} />
        </div>
      )}
    </div>
  );
}
