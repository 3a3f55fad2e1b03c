import { useCallback, useEffect, useState } from 'react';
import type { AdminStatus } from '../../data/api/types';
import { formatDate, formatDateTime, formatNumber } from '../i18n/format';
import { useLang } from '../hooks/useLang';
import { errorMessage, type AdminApi } from './adminApi';
import { RefreshProgress } from './RefreshProgress';
import { faultText, useRefreshStatus } from './refreshText';

const dateTime = (iso: string | null | undefined, lang: string) => (iso ? formatDateTime(iso, lang === 'en' ? 'en' : 'id') : '—');

/** What a staff member checks first: which data is live, how current, what the refresh is doing, what went wrong. */
export function StatusSection({ api }: { api: AdminApi }) {
  const { t, lang } = useLang();
  const [status, setStatus] = useState<AdminStatus | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const refresh = useRefreshStatus(api.client, status?.refresh ?? null) ?? status?.refresh ?? null;

  const load = useCallback(() => {
    api.call('admin.status', { logLines: 40, auditLines: 20 }).then(
      (next) => {
        setStatus(next);
        setFailure(null);
      },
      (error: unknown) => setFailure(errorMessage(error)),
    );
  }, [api]);
  useEffect(load, [load]);
  // A refresh that ends changes the version, the kept snapshots and the log: read them again.
  const phase = refresh?.phase;
  useEffect(() => {
    if (phase === 'idle' || phase === 'failed') load();
  }, [phase, load]);

  if (failure) return <p className="admin-message admin-message--error" role="alert">{t('admin.status.failed')} {failure}</p>;
  if (!status) return <p className="admin-message">{t('admin.loading')}</p>;
  const snap = status.snapshot;
  return (
    <div className="admin-status" data-testid="admin-status">
      <dl className="admin-facts">
        <div>
          <dt>{t('admin.status.version')}</dt>
          <dd data-testid="status-version">{snap.isBundledDefault ? t('admin.status.bundled', { version: snap.datasetVersion }) : snap.datasetVersion}</dd>
        </div>
        <div>
          <dt>{t('admin.status.dataAsOf')}</dt>
          <dd>{formatDate(snap.dataAsOf, lang)}</dd>
        </div>
        <div>
          <dt>{t('admin.status.lastSuccess')}</dt>
          <dd>{dateTime(refresh?.lastSuccessAt, lang)}</dd>
        </div>
        <div>
          <dt>{t('admin.status.nextCheck')}</dt>
          <dd>{refresh?.configured === false ? t('admin.status.notConfigured') : dateTime(refresh?.nextCheckAt, lang)}</dd>
        </div>
      </dl>
      {refresh && <RefreshProgress status={refresh} />}
      {/* Without a data service the note is the configuration fault: say it in the admin's language, with what to do. */}
      {refresh?.configured === false ? (
        <p className="admin-note" data-testid="status-note">
          {faultText('not_configured', t)}
        </p>
      ) : (
        refresh?.note && (
          <p className="admin-note" data-testid="status-note">
            <span className="admin-note__label">{t('admin.status.note')}</span> <span className="admin-message__detail">{refresh.note}</span>
          </p>
        )
      )}
      {refresh?.lastError && (
        <div className="admin-message admin-message--error" data-testid="status-last-error">
          <p>{t('admin.status.lastError', { time: dateTime(refresh.lastError.at, lang) })} {faultText(refresh.lastError.fault, t)}</p>
          <p className="admin-message__detail">{refresh.lastError.message}</p>
        </div>
      )}
      <h3 className="admin-heading">{t('admin.status.snapshots')}</h3>
      <ul className="admin-list" data-testid="status-snapshots">
        {status.snapshots.map((kept) => (
          <li key={kept.fileName} className={kept.active ? 'admin-list__item admin-list__item--on' : 'admin-list__item'}>
            <strong>{t('admin.status.versionN', { version: kept.version })}</strong>
            {kept.dataAsOf && <span>{formatDate(kept.dataAsOf, lang)}</span>}
            <span>{t('admin.status.size', { size: formatNumber(kept.sizeBytes / 1_048_576, lang, 1) })}</span>
            {kept.active && <span className="admin-tag">{t('admin.status.active')}</span>}
          </li>
        ))}
      </ul>
      <h3 className="admin-heading">{t('admin.status.audit')}</h3>
      <ul className="admin-log" data-testid="status-audit">
        {status.audit.map((entry) => (
          <li key={entry.id} className={`admin-log__line admin-log__line--${entry.outcome}`}>
            {dateTime(entry.at, lang)} · {entry.action} · {t(`admin.outcome.${entry.outcome}`)} {entry.detail && `· ${entry.detail}`}
          </li>
        ))}
      </ul>
      <h3 className="admin-heading">{t('admin.status.log')}</h3>
      <pre className="admin-log admin-log--raw" data-testid="status-log">
        {status.logLines.join('\n') || t('admin.status.logEmpty')}
      </pre>
      <button type="button" className="admin-button" onClick={load}>
        {t('admin.status.reload')}
      </button>
    </div>
  );
}
