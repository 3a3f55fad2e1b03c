import { useState } from 'react';
import { formatDate } from '../i18n/format';
import { useLang } from '../hooks/useLang';
import { errorMessage, type AdminApi } from './adminApi';
import { AdminField } from './AdminField';
import { AdminKeyboard, applyAdminKey } from './AdminKeyboard';
import { ConfirmDialog } from './ConfirmDialog';
import { RefreshProgress } from './RefreshProgress';
import { isRunning, runText, useRefreshStatus } from './refreshText';

interface Outcome {
  ok: boolean;
  text: string;
  detail: string | null;
}

function OutcomeNote({ outcome, testId }: { outcome: Outcome | null; testId: string }) {
  if (!outcome) return null;
  return (
    <div className={`admin-message ${outcome.ok ? 'admin-message--ok' : 'admin-message--error'}`} role={outcome.ok ? 'status' : 'alert'} data-testid={testId}>
      <p>{outcome.text}</p>
      {outcome.detail && <p className="admin-message__detail">{outcome.detail}</p>}
    </div>
  );
}

/** Refresh now, roll back, import from a folder: each answer said in plain words, with the server's detail below. */
export function DataSection({ api }: { api: AdminApi }) {
  const { t, lang } = useLang();
  const status = useRefreshStatus(api.client);
  const [busy, setBusy] = useState<'refresh' | 'rollback' | 'import' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [outcomes, setOutcomes] = useState<Record<'refresh' | 'rollback' | 'import', Outcome | null>>({ refresh: null, rollback: null, import: null });
  const [folder, setFolder] = useState('');
  const [typing, setTyping] = useState(false);

  const run = async (kind: 'refresh' | 'rollback' | 'import', action: () => Promise<Outcome>, failedText: string) => {
    setBusy(kind);
    setOutcomes((previous) => ({ ...previous, [kind]: null }));
    let outcome: Outcome;
    try {
      outcome = await action();
    } catch (error) {
      outcome = { ok: false, text: failedText, detail: errorMessage(error) };
    }
    setOutcomes((previous) => ({ ...previous, [kind]: outcome }));
    setBusy(null);
  };

  const refreshNow = () => void run('refresh', async () => runText(await api.call('admin.refreshNow'), t), t('admin.data.refreshFailed'));
  const rollback = () => {
    setConfirming(false);
    void run(
      'rollback',
      async () => {
        const result = await api.call('admin.rollback', { fromVersion: status?.activeVersion });
        return { ok: true, text: t('admin.data.rolledBack', { from: result.fromVersion, to: result.toVersion, date: formatDate(result.dataAsOf, lang) }), detail: null };
      },
      t('admin.data.rollbackFailed'),
    );
  };
  const importFolder = () => void run('import', async () => runText(await api.call('admin.importFolder', { path: folder.trim() }), t), t('admin.data.importFailed'));

  const working = busy !== null || isRunning(status);
  return (
    <div className="admin-data">
      <section className="admin-card" aria-labelledby="admin-refresh-title">
        <h3 id="admin-refresh-title" className="admin-heading">
          {t('admin.data.refreshTitle')}
        </h3>
        <p className="admin-note">{t('admin.data.refreshExplain')}</p>
        {status && <RefreshProgress status={status} />}
        <button type="button" className="admin-button admin-button--primary" data-testid="admin-refresh-now" disabled={working} onClick={refreshNow}>
          {t('admin.data.refreshNow')}
        </button>
        <OutcomeNote outcome={outcomes.refresh} testId="admin-refresh-result" />
      </section>
      <section className="admin-card" aria-labelledby="admin-rollback-title">
        <h3 id="admin-rollback-title" className="admin-heading">
          {t('admin.data.rollbackTitle')}
        </h3>
        <p className="admin-note">
          {status?.rollbackVersion ? t('admin.data.rollbackTo', { version: status.rollbackVersion }) : t('admin.data.rollbackNone')}
        </p>
        <button type="button" className="admin-button" data-testid="admin-rollback" disabled={working || !status?.rollbackVersion} onClick={() => setConfirming(true)}>
          {t('admin.data.rollback')}
        </button>
        <OutcomeNote outcome={outcomes.rollback} testId="admin-rollback-result" />
      </section>
      <section className="admin-card admin-card--wide" aria-labelledby="admin-import-title">
        <h3 id="admin-import-title" className="admin-heading">
          {t('admin.data.importTitle')}
        </h3>
        <AdminField
          name="folder"
          label={t('admin.data.folder')}
          hint={t('admin.data.folderHint')}
          value={folder}
          onChange={setFolder}
          active={typing}
          onActivate={() => setTyping(true)}
          placeholder={t('admin.data.folderPlaceholder')}
        />
        {typing && <AdminKeyboard onKey={(key) => setFolder((value) => applyAdminKey(value, key))} />}
        <button type="button" className="admin-button admin-button--primary" data-testid="admin-import" disabled={working || folder.trim() === ''} onClick={importFolder}>
          {t('admin.data.import')}
        </button>
        <OutcomeNote outcome={outcomes.import} testId="admin-import-result" />
      </section>
      {confirming && <ConfirmDialog text={t('admin.data.rollbackConfirm')} confirmLabel={t('admin.data.rollback')} onConfirm={rollback} onCancel={() => setConfirming(false)} />}
    </div>
  );
}
