import type { Theme } from '../../data/api/types';
import { pick } from '../i18n/format';
import { useLang } from '../hooks/useLang';
import { ThemeIcon } from './ThemeIcon';

/**
 * A theme of the data catalogue, by name (how many indicators it holds belongs on the
 * theme's own screen, not in the home screen's limited room). Not a button yet (the theme screens are a later
 * issue): a card that looks tappable but does nothing would teach visitors that
 * tapping fails.
 */
export function ThemeCard({ theme }: { theme: Theme }) {
  const { lang } = useLang();
  return (
    <div className="theme-card" data-theme={theme.id}>
      <ThemeIcon name={theme.icon} />
      <span className="theme-card__name">{pick(theme.name, lang)}</span>
    </div>
  );
}
