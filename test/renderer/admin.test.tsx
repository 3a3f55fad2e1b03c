// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fieldMessages } from '../../renderer/admin/adminApi';
import { applyAdminKey } from '../../renderer/admin/AdminKeyboard';
import { gestureWindowMs, registerTap, type CornerTap } from '../../renderer/admin/cornerGesture';
import { PinPad, pressKey } from '../../renderer/admin/PinPad';
import { stepDuration } from '../../renderer/admin/presets';
import { changesOf } from '../../renderer/admin/SettingsSection';
import { createI18n } from '../../renderer/i18n';

afterEach(cleanup);

const width = 1920;
function run(taps: CornerTap[]): boolean[] {
  let held: number[] = [];
  return taps.map((tap) => {
    const result = registerTap(held, tap, width);
    held = result.taps;
    return result.open;
  });
}
const corner = (at: number): CornerTap => ({ x: 1900, y: 20, at });

describe('corner gesture', () => {
  it('opens on the fifth quick tap in the top-right corner', () => {
    expect(run([0, 400, 800, 1200, 1600].map(corner))).toEqual([false, false, false, false, true]);
  });

  it('does not count taps that are too slow', () => {
    expect(run([0, 800, 1600, 2400, 3200].map(corner)).at(-1)).toBe(false);
    // …but the last five within the window still do.
    expect(run([0, 800, 1600, 2400, 3200, 3300].map(corner)).at(-1)).toBe(true);
    expect(gestureWindowMs).toBe(3000);
  });

  it('starts over after a tap elsewhere, and ignores taps outside the 96 px corner', () => {
    expect(run([corner(0), corner(100), { x: 960, y: 540, at: 200 }, corner(300), corner(400), corner(500)]).at(-1)).toBe(false);
    expect(run([0, 1, 2, 3, 4].map((at) => ({ x: 1800, y: 20, at }))).at(-1)).toBe(false);
    expect(run([0, 1, 2, 3, 4].map((at) => ({ x: 1900, y: 120, at }))).at(-1)).toBe(false);
  });
});

describe('PIN pad', () => {
  it('takes digits up to the maximum, deletes and clears', () => {
    expect(pressKey('12', '3', 4)).toBe('123');
    expect(pressKey('1234', '5', 4)).toBe('1234');
    expect(pressKey('123', 'back', 4)).toBe('12');
    expect(pressKey('123', 'clear', 4)).toBe('');
    expect(pressKey('1', 'x', 4)).toBe('1');
  });

  it('shows dots, not digits, and submits once long enough', () => {
    const submit = vi.fn();
    render(
      <I18nextProvider i18n={createI18n()}>
        <PinPad label="PIN" minLength={6} maxLength={12} submitLabel="Masuk" onSubmit={submit} />
      </I18nextProvider>,
    );
    const button = screen.getByTestId('pin-submit') as HTMLButtonElement;
    for (const digit of '24681') fireEvent.click(screen.getByText(digit));
    expect(button.disabled).toBe(true);
    fireEvent.click(screen.getByText('3'));
    expect(screen.getByTestId('pin-entry').textContent).toBe('••••••');
    fireEvent.click(button);
    expect(submit).toHaveBeenCalledWith('246813');
    expect(screen.getByTestId('pin-entry').getAttribute('data-length')).toBe('0');
  });
});

describe('admin helpers', () => {
  it('finds the server’s words for each settings field', () => {
    const message = 'The settings were not saved: dataServiceUrl: Invalid URL; idleTimeoutSeconds: Too small: expected number to be >=20. Nothing was changed.';
    expect(fieldMessages(message, ['dataServiceUrl', 'idleTimeoutSeconds', 'publicKey'])).toEqual({
      dataServiceUrl: 'Invalid URL',
      idleTimeoutSeconds: 'Too small: expected number to be >=20',
    });
  });

  it('sends only changed settings: empty clears, digits are numbers, the rest as typed', () => {
    const saved = { dataServiceUrl: 'https://a.example', publicKey: null, refreshIntervalMinutes: 60, idleTimeoutSeconds: 90, defaultLanguage: 'id' as const, wallDisplay: null };
    const draft = { dataServiceUrl: '', publicKey: '', refreshIntervalMinutes: '30', idleTimeoutSeconds: 'soon', wallDisplay: '', defaultLanguage: 'en' as const };
    expect(changesOf(saved, draft)).toEqual({ dataServiceUrl: null, refreshIntervalMinutes: 30, idleTimeoutSeconds: 'soon', defaultLanguage: 'en' });
  });

  it('edits text with the on-screen keyboard', () => {
    expect(applyAdminKey('/media', '/')).toBe('/media/');
    expect(applyAdminKey('/media', '{bksp}')).toBe('/medi');
    expect(applyAdminKey('/media', '{shift}')).toBe('/media');
    expect(applyAdminKey('E:', '\\')).toBe('E:\\');
  });

  it('steps slide durations within 5..600 s', () => {
    expect(stepDuration(5, -1)).toBe(5);
    expect(stepDuration(20, 1)).toBe(25);
    expect(stepDuration(60, 1)).toBe(90);
    expect(stepDuration(90, -1)).toBe(60);
    expect(stepDuration(600, 1)).toBe(600);
  });
});
