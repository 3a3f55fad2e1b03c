import { useEffect } from 'react';
import { useLang } from '../../hooks/useLang';
import { useNavigation } from '../../navigation/NavigationContext';
import { useScreenInFront } from '../../navigation/KeptScreenView';
import { routeToView } from '../../wall/routeView';
import { usePresenter } from '../../wall/usePresenter';
import { SaveToPlaylistButton } from './SaveToPlaylistButton';
import '../../styles/wall.css';

/**
 * "Show on wall display": sends the screen the presenter is on and, while it holds the
 * wall, each next screen as soon as its title is known. The same button releases it.
 * `title` is the screen's title as the bar shows it (null while it loads).
 */
export function WallToggleButton({ title }: { title: string | null }) {
  const { t } = useLang();
  const { route } = useNavigation();
  const [presenter, state] = usePresenter();
  // Only the screen in front leads the wall; a kept screen coming back to the front leads it again.
  const inFront = useScreenInFront();

  useEffect(() => {
    if (inFront && state.presenting && title) void presenter.follow(routeToView(route, title));
  }, [inFront, state.presenting, presenter, route, title]);

  const toggle = () => {
    if (state.busy) return;
    if (state.presenting) void presenter.release();
    else void presenter.start(routeToView(route, title ?? t(`wall.screens.${route.screen}`)));
  };

  const label = state.presenting ? t('wall.button.release') : t('wall.button.show');
  // The bar has no room for words beside seven other controls: an icon there, and while
  // this kiosk presents, a pill that says so in words with its own release button.
  return (
    <div className={`wall-toggle${state.presenting ? ' wall-toggle--live' : ''}`}>
      <button
        type="button"
        className="shell-button wall-toggle__button"
        aria-label={label}
        aria-pressed={state.presenting}
        aria-busy={state.busy}
        data-testid="wall-toggle"
        onClick={toggle}
      >
        <svg className="wall-toggle__icon" viewBox="0 0 24 24" aria-hidden="true">
          <rect x="2.5" y="4" width="19" height="12.5" rx="1.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M8 20.5h8M12 16.5v4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          {state.presenting && <circle cx="12" cy="10.25" r="3" fill="currentColor" />}
        </svg>
      </button>
      {/* Beside the wall button on every screen (the bar and Home's masthead): the other way a view reaches the wall. */}
      <SaveToPlaylistButton title={title} />
      {state.presenting && (
        <div className="wall-toggle__live" role="status" data-testid="wall-live">
          <span className="wall-toggle__dot" aria-hidden="true" />
          <span>{t('wall.button.live')}</span>
          <button type="button" className="wall-toggle__release" data-testid="wall-release" onClick={toggle}>
            {t('wall.button.release')}
          </button>
        </div>
      )}
      {state.failed && (
        <p className="wall-toggle__error" role="status">
          {t('wall.button.failed')}
        </p>
      )}
    </div>
  );
}
