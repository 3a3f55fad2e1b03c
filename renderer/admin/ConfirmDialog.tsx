import { useLang } from '../hooks/useLang';

/** A second tap for what cannot be undone from here: roll back, exit, restart, delete. */
export function ConfirmDialog({ text, confirmLabel, onConfirm, onCancel }: { text: string; confirmLabel: string; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useLang();
  return (
    <div className="admin-confirm" role="alertdialog" aria-modal="true" aria-labelledby="admin-confirm-text" data-testid="admin-confirm">
      <div className="admin-confirm__card">
        <p id="admin-confirm-text" className="admin-confirm__text">
          {text}
        </p>
        <div className="admin-confirm__actions">
          <button type="button" className="admin-button" data-testid="confirm-cancel" onClick={onCancel}>
            {t('admin.cancel')}
          </button>
          <button type="button" className="admin-button admin-button--danger" data-testid="confirm-ok" onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
