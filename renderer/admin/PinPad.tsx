import { useState } from 'react';
import { useLang } from '../hooks/useLang';

export const pinPadDigits = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'] as const;

/** What a key does to the entry; pure, so the pad's rules are tested without a DOM. */
export function pressKey(value: string, key: string, maxLength: number): string {
  if (key === 'back') return value.slice(0, -1);
  if (key === 'clear') return '';
  if (/^\d$/.test(key) && value.length < maxLength) return value + key;
  return value;
}

interface PinPadProps {
  /** What is being asked for, shown above the dots. */
  label: string;
  minLength: number;
  maxLength: number;
  /** A PIN is shown as dots; the setup code, read off a file, as digits. */
  masked?: boolean;
  busy?: boolean;
  disabled?: boolean;
  submitLabel: string;
  onSubmit: (value: string) => void;
}

/**
 * Big digits for a finger, the entry masked, no keyboard: the kiosk has none, and a
 * bystander sees only dots. The pad clears itself after each submit.
 */
export function PinPad({ label, minLength, maxLength, masked = true, busy = false, disabled = false, submitLabel, onSubmit }: PinPadProps) {
  const { t } = useLang();
  const [value, setValue] = useState('');
  const press = (key: string) => setValue((current) => pressKey(current, key, maxLength));
  const submit = () => {
    if (value.length < minLength || busy || disabled) return;
    onSubmit(value);
    setValue('');
  };
  const off = busy || disabled;
  return (
    <div className="pin-pad" data-testid="pin-pad">
      <p className="pin-pad__label" id="pin-pad-label">
        {label}
      </p>
      <output className="pin-pad__entry" aria-labelledby="pin-pad-label" aria-live="off" data-testid="pin-entry" data-length={value.length}>
        {value === '' ? <span className="pin-pad__placeholder">{t('admin.pin.empty')}</span> : masked ? '•'.repeat(value.length) : value}
      </output>
      <div className="pin-pad__keys" role="group" aria-label={t('admin.pin.keys')}>
        {pinPadDigits.slice(0, 9).map((digit) => (
          <button key={digit} type="button" className="pin-pad__key" data-key={digit} disabled={off} onClick={() => press(digit)}>
            {digit}
          </button>
        ))}
        <button type="button" className="pin-pad__key pin-pad__key--edit" data-key="clear" disabled={off} onClick={() => press('clear')}>
          {t('admin.pin.clear')}
        </button>
        <button type="button" className="pin-pad__key" data-key="0" disabled={off} onClick={() => press('0')}>
          0
        </button>
        <button type="button" className="pin-pad__key pin-pad__key--edit" data-key="back" aria-label={t('admin.pin.backspace')} disabled={off} onClick={() => press('back')}>
          ⌫
        </button>
      </div>
      <button type="button" className="admin-button admin-button--primary pin-pad__submit" data-testid="pin-submit" disabled={off || value.length < minLength} onClick={submit}>
        {submitLabel}
      </button>
    </div>
  );
}
