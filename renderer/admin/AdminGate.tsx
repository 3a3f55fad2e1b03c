import { useCallback, useEffect, useState } from 'react';
import type { AdminInfo, AdminSession } from '../../data/api/types';
import type { ApiClient } from '../api/client';
import { useLang } from '../hooks/useLang';
import { errorCode, errorMessage } from './adminApi';
import { PinPad } from './PinPad';

type Step = { kind: 'login' } | { kind: 'code' } | { kind: 'newPin'; code: string } | { kind: 'confirmPin'; code: string; pin: string };

/** The time a lockout ends, as the staff member reads a clock: "14.35" / "2:35 PM". */
export function lockoutTime(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/**
 * The door to the panel: the PIN, or on a fresh install the one-time setup code (from
 * admin-setup-code.txt in the data folder) and a new PIN entered twice. What went wrong
 * is said in the reader's language from admin.info (tries left, locked until when).
 */
export function AdminGate({ client, notice, onSession, onCancel }: { client: ApiClient; notice: string | null; onSession: (session: AdminSession) => void; onCancel: () => void }) {
  const { t, lang } = useLang();
  const [info, setInfo] = useState<AdminInfo | null>(null);
  const [step, setStep] = useState<Step | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; detail?: string } | null>(notice ? { text: notice } : null);

  const loadInfo = useCallback(
    () =>
      client.request('admin.info').then(
        (next) => {
          setInfo(next);
          return next;
        },
        (error: unknown) => {
          setMessage({ text: t('admin.gate.unavailable'), detail: errorMessage(error) });
          return null;
        },
      ),
    [client, t],
  );

  useEffect(() => {
    void loadInfo().then((next) => {
      if (!next) return;
      setStep(next.pinSet ? { kind: 'login' } : { kind: 'code' });
      if (next.lockedUntil) setMessage({ text: t('admin.gate.locked', { time: lockoutTime(next.lockedUntil, lang) }) });
    });
    // Once per opening: later answers come through `failed`.
  }, [loadInfo]);

  const failed = async (error: unknown) => {
    const next = await loadInfo();
    const code = errorCode(error);
    if (code === 'locked' || next?.lockedUntil) {
      setMessage({ text: t('admin.gate.locked', { time: next?.lockedUntil ? lockoutTime(next.lockedUntil, lang) : '' }) });
    } else if (code === 'unauthorized') {
      setMessage({ text: t('admin.gate.wrong', { count: next?.attemptsLeft ?? 0 }) });
    } else {
      setMessage({ text: t('admin.gate.refused'), detail: errorMessage(error) });
    }
  };

  const attempt = async (run: () => Promise<AdminSession>) => {
    setBusy(true);
    try {
      onSession(await run());
    } catch (error) {
      await failed(error);
      // A PIN the server finds too easy needs a new PIN, not the code again.
      if (step?.kind === 'confirmPin') setStep(errorCode(error) === 'invalid_arguments' ? { kind: 'newPin', code: step.code } : { kind: 'code' });
    } finally {
      setBusy(false);
    }
  };

  const submit = (value: string) => {
    if (!step) return;
    setMessage(null);
    switch (step.kind) {
      case 'login':
        void attempt(() => client.request('admin.login', { pin: value }));
        break;
      case 'code':
        setStep({ kind: 'newPin', code: value });
        break;
      case 'newPin':
        setStep({ kind: 'confirmPin', code: step.code, pin: value });
        break;
      case 'confirmPin':
        if (value !== step.pin) {
          setMessage({ text: t('admin.gate.mismatch') });
          setStep({ kind: 'newPin', code: step.code });
        } else void attempt(() => client.request('admin.setup', { setupCode: step.code, pin: value }));
        break;
    }
  };

  const locked = info?.lockedUntil ? Date.parse(info.lockedUntil) > Date.now() : false;
  // The pad comes back by itself when the lockout ends.
  useEffect(() => {
    if (!info?.lockedUntil) return;
    const wait = Date.parse(info.lockedUntil) - Date.now();
    if (!(wait > 0)) return;
    const timer = setTimeout(() => void loadInfo().then(() => setMessage(null)), Math.min(wait + 500, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [info?.lockedUntil, loadInfo]);
  const pad = step && (
    <PinPad
      key={step.kind}
      label={t(`admin.gate.ask.${step.kind}`)}
      minLength={step.kind === 'login' ? 1 : step.kind === 'code' ? 10 : 6}
      maxLength={step.kind === 'code' ? 10 : 12}
      masked={step.kind !== 'code'}
      busy={busy}
      disabled={locked}
      submitLabel={step.kind === 'login' || step.kind === 'confirmPin' ? t('admin.gate.enter') : t('admin.gate.next')}
      onSubmit={submit}
    />
  );
  return (
    <div className="admin-gate" data-testid="admin-gate">
      <h2 className="admin-gate__title">{info && !info.pinSet ? t('admin.gate.setupTitle') : t('admin.gate.title')}</h2>
      {step?.kind === 'code' && info?.setupCodeFile && (
        <p className="admin-gate__hint" data-testid="setup-hint">
          {t('admin.gate.setupHint', { file: info.setupCodeFile })}
        </p>
      )}
      {(step?.kind === 'newPin' || step?.kind === 'confirmPin') && <p className="admin-gate__hint">{t('admin.gate.pinRule')}</p>}
      {message && (
        <div className="admin-message admin-message--error" role="alert" data-testid="admin-gate-message">
          <p>{message.text}</p>
          {message.detail && <p className="admin-message__detail">{message.detail}</p>}
        </div>
      )}
      {pad}
      <button type="button" className="admin-button" data-testid="admin-cancel" onClick={onCancel}>
        {t('admin.close')}
      </button>
    </div>
  );
}
