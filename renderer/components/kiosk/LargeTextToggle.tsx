import { useLang } from '../../hooks/useLang';
import { useLargeText } from '../../hooks/useLargeText';

/**
 * "A+": larger text for visitors who read at arm's length or with tired eyes. In the
 * shell's top bar and Home's masthead, beside the language switch, where it covers nothing.
 */
export function LargeTextToggle() {
  const { t } = useLang();
  const [large, setLarge] = useLargeText();
  return (
    <button
      type="button"
      className="large-text-toggle"
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
