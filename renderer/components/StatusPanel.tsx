import type { ApiClientError } from '../api/client';
import { useLang } from '../hooks/useLang';

export function LoadingPanel() {
  const { t } = useLang();
  return (
    <div className="status-panel" role="status" data-testid="loading">
      <span className="status-panel__spinner" aria-hidden="true" />
      <p className="status-panel__title">{t('status.loading')}</p>
    </div>
  );
}

/** Plain words and one big way out; the code is for the staff member a visitor fetches. */
export function ErrorPanel({ error, onRetry }: { error: ApiClientError; onRetry: () => void }) {
  const { t } = useLang();
  return (
    <div className="status-panel status-panel--error" role="alert" data-testid="error">
      <svg className="status-panel__icon" viewBox="0 0 24 24" aria-hidden="true">
        <circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M12 7v6.5m0 3.5v.01" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
      </svg>
      <h2 className="status-panel__title">{t('status.errorTitle')}</h2>
      <p className="status-panel__body">{t('status.errorBody')}</p>
      <button type="button" className="touch-button status-panel__retry" onClick={onRetry}>
        {t('status.retry')}
      </button>
      <p className="status-panel__code">{t('status.errorCode', { code: error.code })}</p>
    </div>
  );
}
