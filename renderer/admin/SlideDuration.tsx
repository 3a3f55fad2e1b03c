import { useLang } from '../hooks/useLang';

/** The server's limit on a playlist's name (data/wall/views.ts). */
export const maxPlaylistNameLength = 80;

/** How long a slide stays up: − and + (stepDuration's steps), the seconds in words between them. */
export function SlideDuration({ seconds, onChange }: { seconds: number; onChange: (direction: 1 | -1) => void }) {
  const { t } = useLang();
  return (
    <div className="slide-duration" role="group" aria-labelledby="slide-duration-label">
      <span id="slide-duration-label" className="slide-duration__label">
        {t('admin.playlists.duration')}
      </span>
      <button type="button" className="admin-button admin-button--small" aria-label={t('admin.playlists.shorter')} data-testid="slide-shorter" onClick={() => onChange(-1)}>
        −
      </button>
      <output className="slide-duration__seconds" data-testid="slide-seconds">
        {t('admin.playlists.seconds', { count: seconds })}
      </output>
      <button type="button" className="admin-button admin-button--small" aria-label={t('admin.playlists.longer')} data-testid="slide-longer" onClick={() => onChange(1)}>
        +
      </button>
    </div>
  );
}
