import { useRef, type CSSProperties } from 'react';
import type { WallState, WallView } from '../../data/api/types';
import { LoadingPanel } from '../components/StatusPanel';
import { useLang } from '../hooks/useLang';
import { NavigationProvider } from '../navigation/NavigationContext';
import { ScreenSwitch } from '../navigation/ScreenSwitch';
import type { Route } from '../navigation/routes';
import { useAutoScroll } from './autoScroll';
import { viewKey } from './routeView';

/** Where a slide is, as a fraction done and the milliseconds left; null outside a timed slide. */
export function slideProgress(view: WallView, now: number): { done: number; remainingMs: number } | null {
  if (view.from !== 'playlist' || !view.slideEndsAt) return null;
  const start = Date.parse(view.sentAt);
  const end = Date.parse(view.slideEndsAt);
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) return null;
  const done = Math.min(1, Math.max(0, (now - start) / (end - start)));
  return { done, remainingMs: Math.max(0, end - now) };
}

/** A slim bar that fills until the next slide: one CSS animation, started part-way for a wall that joins late. */
function SlideProgress({ view }: { view: WallView }) {
  const progress = slideProgress(view, Date.now());
  if (!progress) return null;
  const total = progress.remainingMs / Math.max(0.001, 1 - progress.done);
  const style = { '--slide-ms': `${Math.round(total)}ms`, '--slide-delay': `${-Math.round(total * progress.done)}ms` } as CSSProperties;
  return (
    <div className="wall-progress" role="presentation" data-testid="wall-progress">
      <div key={view.sentAt} className="wall-progress__fill" style={style} />
    </div>
  );
}

/** The view, drawn by the kiosk's own screen for its route, with the wall's slim strip below. */
export function WallStage({ view, route, playlist, version }: { view: WallView; route: Route; playlist: WallState['playlist']; version: number | null }) {
  const { t } = useLang();
  const slide = view.from === 'playlist' && playlist ? t('wall.stage.slide', { name: playlist.name, index: playlist.index + 1, count: playlist.slideCount }) : null;
  const screen = useRef<HTMLDivElement>(null);
  const endsAt = view.from === 'playlist' && view.slideEndsAt ? Date.parse(view.slideEndsAt) : null;
  useAutoScroll(screen, `${viewKey(view)}@${view.sentAt}`, Number.isFinite(endsAt) ? endsAt : null);
  return (
    <div className="wall-stage" data-testid="wall-stage" data-screen={view.screen}>
      <div className="wall-stage__screen" ref={screen}>
        {/* A new screen per view (and per dataset), so nothing of the last one lingers. */}
        <NavigationProvider key={`${viewKey(view)}@${version ?? 0}`} initial={route}>
          <ScreenSwitch fallback={<LoadingPanel />} keep={1} />
        </NavigationProvider>
      </div>
      <footer className="wall-strip">
        <span className="wall-strip__brand">{t('wall.brand')}</span>
        <span className="wall-strip__title" data-testid="wall-title">
          {view.title}
        </span>
        <span className="wall-strip__source">{slide ?? t('wall.stage.fromKiosk')}</span>
      </footer>
      <SlideProgress view={view} />
    </div>
  );
}
