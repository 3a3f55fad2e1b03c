import { useState } from 'react';
import type { AdminSession } from '../../data/api/types';
import { useLang } from '../hooks/useLang';
import { errorMessage, type AdminApi } from './adminApi';
import { ChangePin } from './ChangePin';
import { ConfirmDialog } from './ConfirmDialog';

/** Leaving the kiosk (for maintenance) or starting it again (for new settings), changing the PIN, and logging out. */
export function SystemSection({ api, onLogout, onSession }: { api: AdminApi; onLogout: () => void; onSession: (session: AdminSession) => void }) {
  const { t } = useLang();
  const [confirm, setConfirm] = useState<'exit' | 'restart' | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string; detail: string } | null>(null);
  const [changingPin, setChangingPin] = useState(false);

  if (changingPin) {
    return (
      <ChangePin
        api={api}
        onCancel={() => setChangingPin(false)}
        onChanged={(session) => {
          setChangingPin(false);
          setMessage({ ok: true, text: t('admin.changePin.changed'), detail: t('admin.changePin.changedDetail') });
          onSession(session);
        }}
      />
    );
  }

  const exit = (relaunch: boolean) => {
    setConfirm(null);
    api.call('admin.exitKiosk', { relaunch }).then(
      (result) =>
        setMessage({ ok: result.exiting, text: result.exiting ? t(relaunch ? 'admin.system.restarting' : 'admin.system.exiting') : t('admin.system.webMode'), detail: result.message }),
      (error: unknown) => setMessage({ ok: false, text: t('admin.system.failed'), detail: errorMessage(error) }),
    );
  };

  return (
    <div className="admin-system">
      <div className="admin-actions admin-actions--column">
        <button type="button" className="admin-button admin-button--danger" data-testid="admin-exit" onClick={() => setConfirm('exit')}>
          {t('admin.system.exit')}
        </button>
        <button type="button" className="admin-button" data-testid="admin-restart-system" onClick={() => setConfirm('restart')}>
          {t('admin.system.restart')}
        </button>
        <button type="button" className="admin-button" data-testid="admin-change-pin" onClick={() => setChangingPin(true)}>
          {t('admin.changePin.open')}
        </button>
        <button type="button" className="admin-button" onClick={onLogout}>
          {t('admin.logout')}
        </button>
      </div>
      {message && (
        <div className={`admin-message ${message.ok ? 'admin-message--ok' : 'admin-message--error'}`} role="status" data-testid="admin-system-message">
          <p>{message.text}</p>
          <p className="admin-message__detail">{message.detail}</p>
        </div>
      )}
      {confirm && (
        <ConfirmDialog
          text={t(confirm === 'exit' ? 'admin.system.exitConfirm' : 'admin.system.restartConfirm')}
          confirmLabel={t(confirm === 'exit' ? 'admin.system.exit' : 'admin.system.restart')}
          onConfirm={() => exit(confirm === 'restart')}
          onCancel={() => setConfirm(null)}
        />
      )}
    </div>
  );
}
