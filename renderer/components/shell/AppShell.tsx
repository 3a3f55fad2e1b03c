import type { ReactNode } from 'react';
import { DataAsOfBadge } from '../DataAsOfBadge';
import { LanguageToggle } from '../LanguageToggle';
import { LargeTextToggle } from '../kiosk/LargeTextToggle';
import { WallToggleButton } from '../wall/WallToggleButton';
import { useLang } from '../../hooks/useLang';
import { useNavigation } from '../../navigation/NavigationContext';
import { ShellIcon } from './ShellIcons';
import { useEdgeSwipe } from './useEdgeSwipe';
import { useSnapshotInfo } from './useSnapshotInfo';
import '../../styles/shell.css';

interface AppShellProps {
  /** The screen's name, large in the bar; null while it is not known yet. */
  title: string | null;
  /** A line above the title (the kind of screen, or the parent region). */
  eyebrow?: string | null;
  busy?: boolean;
  /** Extra class on the body, for screens that lay out edge to edge (the map). */
  bodyClass?: string;
  /** Which screen this is, and whether its data is on screen: markers for tests and the UI benchmark. */
  screen?: string;
  ready?: boolean;
  children: ReactNode;
}

/**
 * The bar across every screen below Home: Back and Home where a thumb finds them first,
 * the screen's title, search, how current the data is and the language. The bar renders
 * before the screen's data, so a visitor can always leave, even from an error.
 */
export function AppShell({ title, eyebrow = null, busy = false, bodyClass, screen, ready = false, children }: AppShellProps) {
  const { t } = useLang();
  const navigation = useNavigation();
  const info = useSnapshotInfo();
  const swipe = useEdgeSwipe(navigation.back);
  return (
    <div className="screen shell" data-screen={screen} data-ready={ready ? 'true' : undefined} {...swipe}>
      <header className="shell-bar">
        <nav className="shell-bar__nav" aria-label={t('screens.shell.navigation')}>
          <button type="button" className="shell-button" data-testid="shell-back" onClick={navigation.back}>
            <ShellIcon name="back" />
            <span className="shell-button__label">{t('screens.shell.back')}</span>
          </button>
          <button type="button" className="shell-button" data-testid="shell-home" onClick={navigation.home}>
            <ShellIcon name="home" />
            <span className="shell-button__label">{t('screens.shell.home')}</span>
          </button>
        </nav>
        <div className="shell-bar__titles">
          {eyebrow && <p className="shell-bar__eyebrow">{eyebrow}</p>}
          <h1 className="shell-bar__title" data-testid="screen-title">
            {title ?? t('status.loading')}
          </h1>
        </div>
        <div className="shell-bar__aside">
          <WallToggleButton title={title} />
          <button type="button" className="shell-button shell-button--search" data-testid="shell-search" onClick={() => navigation.go({ screen: 'search' })}>
            <ShellIcon name="search" />
            <span className="shell-button__label">{t('screens.shell.search')}</span>
          </button>
          {info && <DataAsOfBadge dataAsOf={info.dataAsOf} />}
          <LanguageToggle short />
          <LargeTextToggle />
        </div>
      </header>
      <main className={`screen__body${bodyClass ? ` ${bodyClass}` : ''}`} aria-busy={busy} data-scroll-root="">
        {children}
      </main>
    </div>
  );
}
