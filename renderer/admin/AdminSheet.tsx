import type { ReactNode } from 'react';
import type { AdminSession } from '../../data/api/types';
import { useApiClient } from '../api/ApiContext';
import { useLang } from '../hooks/useLang';
import { AdminGate } from './AdminGate';

interface AdminSheetProps {
  /** Test ids: `<testIdPrefix>-close`, `<testIdPrefix>-logout`. */
  testIdPrefix: string;
  dialogTestId: string;
  title: string;
  className?: string;
  bodyClassName?: string;
  session: AdminSession | null;
  /** Above the PIN pad or the content. */
  lead?: ReactNode;
  notice: string | null;
  onSession: (session: AdminSession) => void;
  onLogout: () => void;
  onClose: () => void;
  /** What the sheet shows once a session is open. */
  children: ReactNode;
}

/**
 * A full-screen admin sheet (the admin panel, "save to playlist"): a bar with its title,
 * log out and close, then the PIN pad until a session is open and the content after.
 */
export function AdminSheet(props: AdminSheetProps) {
  const { t } = useLang();
  const client = useApiClient();
  const titleId = `${props.testIdPrefix}-title`;
  return (
    <div className={`admin${props.className ? ` ${props.className}` : ''}`} role="dialog" aria-modal="true" aria-labelledby={titleId} data-testid={props.dialogTestId}>
      <header className="admin__bar">
        <h1 id={titleId} className="admin__title">
          {props.title}
        </h1>
        {props.session && (
          <button type="button" className="admin-button" data-testid={`${props.testIdPrefix}-logout`} onClick={props.onLogout}>
            {t('admin.logout')}
          </button>
        )}
        <button type="button" className="admin-button admin-button--primary" data-testid={`${props.testIdPrefix}-close`} onClick={props.onClose}>
          {t('admin.close')}
        </button>
      </header>
      <div className={`admin__body${props.bodyClassName ? ` ${props.bodyClassName}` : ''}`}>
        {props.lead}
        {props.session ? props.children : <AdminGate client={client} notice={props.notice} onSession={props.onSession} onCancel={props.onClose} />}
      </div>
    </div>
  );
}
