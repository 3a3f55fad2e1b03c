import { useEffect, useState } from 'react';
import type { AdminConfig, EditableConfig, Lang } from '../../data/api/types';
import { langs } from '../i18n';
import { useLang } from '../hooks/useLang';
import { errorMessage, fieldMessages, type AdminApi } from './adminApi';
import { AdminField } from './AdminField';
import { AdminKeyboard, applyAdminKey } from './AdminKeyboard';
import { ConfirmDialog } from './ConfirmDialog';

export const textFields = ['dataServiceUrl', 'publicKey', 'refreshIntervalMinutes', 'idleTimeoutSeconds', 'wallDisplay'] as const;
type TextField = (typeof textFields)[number];
type Draft = Record<TextField, string> & { defaultLanguage: Lang };

function draftOf(config: EditableConfig): Draft {
  return {
    dataServiceUrl: config.dataServiceUrl ?? '',
    publicKey: config.publicKey ?? '',
    refreshIntervalMinutes: String(config.refreshIntervalMinutes),
    idleTimeoutSeconds: String(config.idleTimeoutSeconds),
    wallDisplay: config.wallDisplay ?? '',
    defaultLanguage: config.defaultLanguage,
  };
}

const numberFields: readonly TextField[] = ['refreshIntervalMinutes', 'idleTimeoutSeconds'];

/**
 * Only what changed is sent, as the config expects it: empty text clears a setting
 * (null), digits are numbers. Anything else goes as typed, so the server's check names
 * the field and says what is wrong, rather than the panel guessing.
 */
export function changesOf(saved: EditableConfig, draft: Draft): Partial<Record<keyof EditableConfig, unknown>> {
  const before = draftOf(saved);
  const edit: Partial<Record<keyof EditableConfig, unknown>> = {};
  for (const field of textFields) {
    const value = draft[field].trim();
    if (value === before[field]) continue;
    if (numberFields.includes(field)) edit[field] = /^\d+$/.test(value) ? Number(value) : value;
    else edit[field] = value === '' ? null : value;
  }
  if (draft.defaultLanguage !== saved.defaultLanguage) edit.defaultLanguage = draft.defaultLanguage;
  return edit;
}

type Field = keyof EditableConfig;

/** What the panel says next to a field about when it takes effect; null when it is in force as saved. */
export function restartNote(field: Field, config: AdminConfig, t: (key: string) => string): string | null {
  const live = config.liveKeys.includes(field);
  if (config.pendingRestart.includes(field)) return t(live ? 'admin.settings.overriddenField' : 'admin.settings.pendingField');
  return live ? null : t('admin.settings.restartField');
}

export function SettingsSection({ api }: { api: AdminApi }) {
  const { t } = useLang();
  const [saved, setSaved] = useState<AdminConfig | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [active, setActive] = useState<TextField | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string; detail?: string } | null>(null);
  const [restarting, setRestarting] = useState(false);

  useEffect(() => {
    api.call('admin.config.get').then(
      (config) => {
        setSaved(config);
        setDraft(draftOf(config.config));
      },
      (error: unknown) => setMessage({ ok: false, text: t('admin.settings.loadFailed'), detail: errorMessage(error) }),
    );
  }, [api, t]);

  if (!saved || !draft) return message ? <p className="admin-message admin-message--error">{message.text}</p> : <p className="admin-message">{t('admin.loading')}</p>;

  const save = async () => {
    const edit = changesOf(saved.config, draft);
    setErrors({});
    if (Object.keys(edit).length === 0) {
      setMessage({ ok: true, text: t('admin.settings.nothing') });
      return;
    }
    try {
      const next = await api.call('admin.config.save', { config: edit });
      setSaved(next);
      setDraft(draftOf(next.config));
      setMessage({ ok: true, text: t(next.restartRequired ? 'admin.settings.savedPending' : 'admin.settings.saved') });
    } catch (error) {
      const text = errorMessage(error);
      setErrors(fieldMessages(text, [...textFields, 'defaultLanguage']));
      setMessage({ ok: false, text: t('admin.settings.notSaved'), detail: text });
    }
  };

  const restart = () => {
    setRestarting(false);
    api.call('admin.exitKiosk', { relaunch: true }).then(
      (result) => setMessage({ ok: result.exiting, text: result.exiting ? t('admin.system.restarting') : t('admin.system.webMode'), detail: result.message }),
      (error: unknown) => setMessage({ ok: false, text: t('admin.system.failed'), detail: errorMessage(error) }),
    );
  };

  const set = (field: TextField) => (value: string) => setDraft((current) => (current ? { ...current, [field]: value } : current));
  return (
    <div className="admin-settings">
      <div className="admin-settings__fields">
        {textFields.map((field) => (
          <AdminField
            key={field}
            name={field}
            label={t(`admin.settings.fields.${field}`)}
            hint={t(`admin.settings.hints.${field}`)}
            value={draft[field]}
            onChange={set(field)}
            active={active === field}
            onActivate={() => setActive(field)}
            error={errors[field] ? t('admin.settings.fieldError', { message: errors[field] }) : null}
            note={restartNote(field, saved, t)}
          />
        ))}
        <div className="admin-field">
          <p className="admin-field__label">{t('admin.settings.fields.defaultLanguage')}</p>
          <div className="admin-choice" role="group" aria-label={t('admin.settings.fields.defaultLanguage')}>
            {langs.map((lang) => (
              <button key={lang} type="button" className="admin-button" aria-pressed={draft.defaultLanguage === lang} onClick={() => setDraft({ ...draft, defaultLanguage: lang })}>
                {t(`language.${lang}`)}
              </button>
            ))}
          </div>
          {restartNote('defaultLanguage', saved, t) && (
            <p className="admin-field__note" data-testid="admin-field-defaultLanguage-note">
              {restartNote('defaultLanguage', saved, t)}
            </p>
          )}
        </div>
      </div>
      {active && <AdminKeyboard onKey={(key) => setDraft((current) => (current ? { ...current, [active]: applyAdminKey(current[active], key, 200) } : current))} />}
      {message && (
        <div className={`admin-message ${message.ok ? 'admin-message--ok' : 'admin-message--error'}`} role={message.ok ? 'status' : 'alert'} data-testid="admin-settings-message">
          <p>{message.text}</p>
          {message.detail && <p className="admin-message__detail">{message.detail}</p>}
        </div>
      )}
      <p className="admin-note" data-testid="admin-restart-note">
        {saved.restartRequired ? t('admin.settings.restartRequired') : t('admin.settings.appliesAfterRestart')}
      </p>
      <div className="admin-actions">
        <button type="button" className="admin-button admin-button--primary" data-testid="admin-settings-save" onClick={() => void save()}>
          {t('admin.settings.save')}
        </button>
        <button type="button" className="admin-button" data-testid="admin-restart" onClick={() => setRestarting(true)}>
          {t('admin.system.restart')}
        </button>
      </div>
      {restarting && <ConfirmDialog text={t('admin.system.restartConfirm')} confirmLabel={t('admin.system.restart')} onConfirm={restart} onCancel={() => setRestarting(false)} />}
    </div>
  );
}
