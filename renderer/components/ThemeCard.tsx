import type { Theme } from '../../data/api/types';
import { pick } from '../i18n/format';
import { useLang } from '../hooks/useLang';
import { useNavigation } from '../navigation/NavigationContext';
import { ThemeIcon } from './ThemeIcon';

/**
 * A theme of the data catalogue, by name (how many indicators it holds belongs on the
 * theme's own screen, not in the home screen's limited room). A button: it opens the
 * theme's screen with its indicators.
 */
export function ThemeCard({ theme }: { theme: Theme }) {
  const { lang } = useLang();
  const navigation = useNavigation();
  return (
    <button type="button" className="theme-card theme-card--button" data-theme={theme.id} onClick={() => navigation.go({ screen: 'theme', themeId: theme.id })}>
      <ThemeIcon name={theme.icon} />
      <span className="theme-card__name">{pick(theme.name, lang)}</span>
    </button>
  );
}
