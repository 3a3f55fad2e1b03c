import { useLang } from '../../hooks/useLang';
import { useLargeText } from '../../hooks/useLargeText';

/**
 * "A+": larger text for visitors who read at arm's length or with tired eyes. Exported
 * so the shell's top bar can host it; `floating` places it in a corner on its own.
 */
export function LargeTextToggle({ floating = false }: { floating?: boolean }) {
  const { t } = useLang();
  const [large, setLarge] = useLargeText();
  return (
    <button
      type="button"
      className={`large-text-toggle${floating ? ' large-text-toggle--floating' : ''}`}
      aria-pressed={large}
      // The name starts with what is seen ("A+"), so a voice user can say what they see.
      aria-label={`${t('kiosk.largeText.short')} ${t('kiosk.largeText.label')}`}
      data-testid="large-text-toggle"
      onClick={() => setLarge(!large)}
    >
      {t('kiosk.largeText.short')}
    </button>
  );
}
