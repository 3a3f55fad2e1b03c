import { lazy, Suspense, useState } from 'react';
import { useLang } from '../../hooks/useLang';
import { useNavigation } from '../../navigation/NavigationContext';
import { routeToView, type WallViewInput } from '../../wall/routeView';

// The sheet brings the PIN pad and the admin keyboard: loaded only when an official taps.
const SaveToPlaylist = lazy(() => import('../../admin/SaveToPlaylist'));

/**
 * "Save to playlist": puts the screen on show into a wall playlist, behind the admin PIN.
 * The view is taken when the button is tapped, exactly as "Show on wall display" would
 * send it, so running the playlist later shows this very screen.
 */
export function SaveToPlaylistButton({ title }: { title: string | null }) {
  const { t } = useLang();
  const { route } = useNavigation();
  const [view, setView] = useState<WallViewInput | null>(null);
  const label = t('wall.button.save');
  return (
    <>
      <button
        type="button"
        className="shell-button save-playlist__button"
        aria-label={label}
        aria-haspopup="dialog"
        data-testid="save-playlist"
        onClick={() => setView(routeToView(route, title ?? t(`wall.screens.${route.screen}`)))}
      >
        <svg className="wall-toggle__icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M3 6h12M3 11h12M3 16h7" stroke="currentColor" strokeWidth="2" strokeLinecap="round" fill="none" />
          <path d="M18 13v8M14 17h8" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" fill="none" />
        </svg>
      </button>
      {view && (
        <Suspense fallback={null}>
          <SaveToPlaylist view={view} onClose={() => setView(null)} />
        </Suspense>
      )}
    </>
  );
}
