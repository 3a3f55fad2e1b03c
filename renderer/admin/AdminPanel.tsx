import { useCallback, useEffect, useRef, useState } from 'react';
import type { AdminSession } from '../../data/api/types';
import { useApiClient } from '../api/ApiContext';
import { msSinceActivity } from '../hooks/activity';
import { useLang } from '../hooks/useLang';
import { useAdminApi } from './adminApi';
import { AdminSheet } from './AdminSheet';
import { DataSection } from './DataSection';
import { PlaylistSection } from './PlaylistSection';
import { SettingsSection } from './SettingsSection';
import { StatusSection } from './StatusSection';
import { SystemSection } from './SystemSection';
import '../styles/admin.css';

/** An unattended panel closes itself (and logs out), so the next visitor never finds it open. */
export const panelIdleMs = 10 * 60_000;

export const adminTabs = ['status', 'data', 'settings', 'playlists', 'system'] as const;
export type AdminTab = (typeof adminTabs)[number];

function Sections({ session, onExpired, onLogout, onSession }: { session: AdminSession; onExpired: () => void; onLogout: () => void; onSession: (session: AdminSession) => void }) {
  const { t } = useLang();
  const api = useAdminApi(useApiClient(), session.token, onExpired);
  const [tab, setTab] = useState<AdminTab>('status');
  return (
    <div className="admin-sections">
      <nav className="admin-tabs" role="tablist" aria-label={t('admin.title')}>
        {adminTabs.map((name) => (
          <button key={name} type="button" role="tab" aria-selected={tab === name} className="admin-tab" data-testid={`admin-tab-${name}`} onClick={() => setTab(name)}>
            {t(`admin.tabs.${name}`)}
          </button>
        ))}
      </nav>
      <div className="admin-section" role="tabpanel">
        {tab === 'status' && <StatusSection api={api} />}
        {tab === 'data' && <DataSection api={api} />}
        {tab === 'settings' && <SettingsSection api={api} />}
        {tab === 'playlists' && <PlaylistSection api={api} />}
        {tab === 'system' && <SystemSection api={api} onLogout={onLogout} onSession={onSession} />}
      </div>
    </div>
  );
}

/**
 * The admin panel over the kiosk: the PIN first, then status, data, settings, playlists
 * and system. The session token is kept in this component's state only, never stored.
 */
export default function AdminPanel({ onClose }: { onClose: () => void }) {
  const { t } = useLang();
  const client = useApiClient();
  const [session, setSession] = useState<AdminSession | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const token = useRef<string | null>(null);
  token.current = session?.token ?? null;

  const close = useCallback(() => {
    const held = token.current;
    // Logging out is courtesy: the server's own idle timeout ends the session anyway.
    if (held) void client.request('admin.logout', { token: held }).catch(() => undefined);
    setSession(null);
    onClose();
  }, [client, onClose]);

  const logout = useCallback(() => {
    const held = token.current;
    if (held) void client.request('admin.logout', { token: held }).catch(() => undefined);
    setSession(null);
  }, [client]);

  const expired = useCallback(() => {
    setSession(null);
    setNotice(t('admin.gate.expired'));
  }, [t]);

  useEffect(() => {
    const timer = setInterval(() => {
      if (msSinceActivity() >= panelIdleMs) close();
    }, 5_000);
    return () => clearInterval(timer);
  }, [close]);

  return (
    <AdminSheet
      testIdPrefix="admin"
      dialogTestId="admin-panel"
      title={t('admin.title')}
      session={session}
      notice={notice}
      onSession={(next) => {
        setNotice(null);
        setSession(next);
      }}
      onLogout={logout}
      onClose={close}
    >
      {session && <Sections session={session} onExpired={expired} onLogout={logout} onSession={setSession} />}
    </AdminSheet>
  );
}
