import { useState } from 'react';
import type { AdminSession } from '../../data/api/types';
import { useLang } from '../hooks/useLang';
import { errorCode, errorMessage, type AdminApi } from './adminApi';
import { lockoutTime } from './AdminGate';
import { PinPad } from './PinPad';

type Step = { kind: 'current' } | { kind: 'newPin'; current: string } | { kind: 'confirmPin'; current: string; pin: string };

/**
 * Changing the admin PIN: the current PIN (a wrong one counts toward the lockout, as at
 * the door), then the new PIN twice on the pad. The server ends every other session and
 * answers a fresh one, which the panel carries on with.
 */
export function ChangePin({ api, onChanged, onCancel }: { api: AdminApi; onChanged: (session: AdminSession) => void; onCancel: () => void }) {
  const { t, lang } = useLang();
  const [step, setStep] = useState<Step>({ kind: 'current' });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; detail?: string } | null>(null);

  const refused = async (error: unknown, current: string) => {
    const code = errorCode(error);
    const info = await api.client.request('admin.info').catch(() => null);
    if (code === 'locked' || info?.lockedUntil) {
      setMessage({ text: t('admin.gate.locked', { time: info?.lockedUntil ? lockoutTime(info.lockedUntil, lang) : '' }) });
      setStep({ kind: 'current' });
    } else if (code === 'unauthorized') {
      // Either the current PIN was wrong or the session has ended: asking for the status
      // through the session tells which (an ended session sends the panel to its PIN pad).
      await api.call('admin.status', { logLines: 0, auditLines: 0 }).catch(() => undefined);
      setMessage({ text: t('admin.gate.wrong', { count: info?.attemptsLeft ?? 0 }) });
      setStep({ kind: 'current' });
    } else {
      setMessage({ text: t('admin.changePin.notChanged'), detail: errorMessage(error) });
      setStep(code === 'invalid_arguments' ? { kind: 'newPin', current } : { kind: 'current' });
    }
  };

  const change = async (current: string, pin: string) => {
    setBusy(true);
    try {
      // Straight to the client: a wrong current PIN answers "unauthorized", which must not read as a lost session.
      const session = await api.client.request('admin.changePin', { token: api.token, currentPin: current, newPin: pin });
      onChanged(session);
    } catch (error) {
      await refused(error, current);
    } finally {
      setBusy(false);
    }
  };

  const submit = (value: string) => {
    setMessage(null);
    if (step.kind === 'current') setStep({ kind: 'newPin', current: value });
    else if (step.kind === 'newPin') setStep({ kind: 'confirmPin', current: step.current, pin: value });
    else if (value !== step.pin) {
      setMessage({ text: t('admin.gate.mismatch') });
      setStep({ kind: 'newPin', current: step.current });
    } else void change(step.current, value);
  };

  return (
    <div className="admin-gate" data-testid="change-pin">
      <h2 className="admin-gate__title">{t('admin.changePin.title')}</h2>
      {step.kind !== 'current' && <p className="admin-gate__hint">{t('admin.gate.pinRule')}</p>}
      {message && (
        <div className="admin-message admin-message--error" role="alert" data-testid="change-pin-message">
          <p>{message.text}</p>
          {message.detail && <p className="admin-message__detail">{message.detail}</p>}
        </div>
      )}
      <PinPad
        key={step.kind}
        label={t(`admin.changePin.ask.${step.kind}`)}
        minLength={step.kind === 'current' ? 1 : 6}
        maxLength={12}
        busy={busy}
        submitLabel={step.kind === 'confirmPin' ? t('admin.changePin.submit') : t('admin.gate.next')}
        onSubmit={submit}
      />
      <button type="button" className="admin-button" data-testid="change-pin-cancel" onClick={onCancel}>
        {t('admin.cancel')}
      </button>
    </div>
  );
}
