import { useEffect, useRef } from 'react';
import { useApiClient } from '../../api/ApiContext';
import { useIdleTimeout } from '../../hooks/useIdleTimeout';
import { idleCountdownSeconds, useKioskSettings } from '../../hooks/useKioskSettings';
import { useLang } from '../../hooks/useLang';
import { useNavigation } from '../../navigation/NavigationContext';

/**
 * Starts the kiosk over for the next visitor: after the configured time without a
 * touch, a calm overlay counts down; a tap anywhere on it continues, zero calls
 * `onExpire`. The attract loop is itself the idle state, so nothing runs there.
 */
export function IdleGuard({ onExpire }: { onExpire: () => void }) {
  const { route } = useNavigation();
  const settings = useKioskSettings(useApiClient());
  const enabled = route.screen !== 'attract';
  const { state, secondsLeft, continueSession } = useIdleTimeout(
    enabled,
    { timeoutMs: settings.idleTimeoutSeconds * 1000, countdownMs: idleCountdownSeconds * 1000 },
    onExpire,
  );
  if (state.phase !== 'warning') return null;
  return <IdleOverlay secondsLeft={secondsLeft} onContinue={continueSession} />;
}

function IdleOverlay({ secondsLeft, onContinue }: { secondsLeft: number; onContinue: () => void }) {
  const { t } = useLang();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus({ preventScroll: true }), []);
  const progress = secondsLeft / idleCountdownSeconds;
  return (
    // The whole backdrop continues, so a visitor who taps anywhere is not sent away.
    <div className="idle-overlay" data-testid="idle-overlay" onClick={onContinue}>
      <div className="idle-overlay__card" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-body">
        <h2 id="idle-title" className="idle-overlay__title">
          {t('kiosk.idle.title')}
        </h2>
        <div className="idle-overlay__ring" aria-hidden="true">
          <svg viewBox="0 0 120 120">
            <circle className="idle-overlay__track" cx="60" cy="60" r="52" />
            <circle className="idle-overlay__arc" cx="60" cy="60" r="52" pathLength="1" strokeDasharray={`${progress} 1`} />
          </svg>
          <span className="idle-overlay__number" data-testid="idle-countdown">
            {secondsLeft}
          </span>
        </div>
        <p id="idle-body" className="idle-overlay__body" aria-live="polite">
          {t('kiosk.idle.body')} <strong>{t('kiosk.idle.seconds', { count: secondsLeft })}</strong>
        </p>
        <button ref={button} type="button" className="touch-button idle-overlay__continue" onClick={onContinue}>
          {t('kiosk.idle.continue')}
        </button>
      </div>
    </div>
  );
}
