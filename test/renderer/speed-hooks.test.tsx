// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAfterPaint } from '../../renderer/hooks/useAfterPaint';
import { useLang } from '../../renderer/hooks/useLang';
import { createI18n } from '../../renderer/i18n';
import { formatDate, formatPeriod } from '../../renderer/i18n/format';
import { settledWithin } from '../../renderer/api/settledWithin';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('useAfterPaint', () => {
  it('is false on the first render and true two animation frames later', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    function Probe() {
      return <p>{useAfterPaint() ? 'later' : 'first'}</p>;
    }
    render(<Probe />);
    expect(screen.getByText('first')).toBeTruthy();
    // The frame that paints the first render: still the first render's output.
    act(() => frames.shift()?.(0));
    expect(screen.getByText('first')).toBeTruthy();
    await act(async () => frames.shift()?.(16));
    expect(screen.getByText('later')).toBeTruthy();
  });
});

describe('useLang', () => {
  it('re-renders every user on a language change, with a t and lang for the new language', async () => {
    const i18n = createI18n('id');
    const renders: string[] = [];
    function Label({ name }: { name: string }) {
      const { t, lang } = useLang();
      renders.push(`${name}:${lang}`);
      return <p data-testid={name}>{`${lang} ${t('language.choose')}`}</p>;
    }
    render(
      <I18nextProvider i18n={i18n}>
        <Label name="a" />
        <Label name="b" />
      </I18nextProvider>,
    );
    const idText = screen.getByTestId('a').textContent;
    expect(idText).toMatch(/^id /);
    await act(async () => {
      await i18n.changeLanguage('en');
    });
    expect(screen.getByTestId('a').textContent).toBe(`en ${i18n.getFixedT('en')('language.choose')}`);
    expect(screen.getByTestId('b').textContent).toMatch(/^en /);
    expect(screen.getByTestId('a').textContent).not.toBe(idText);
    expect(renders).toContain('b:en');
  });

  it('keeps one t per language, so memoised values depending on t survive re-renders', () => {
    const i18n = createI18n('id');
    const seen = new Set<unknown>();
    function Probe() {
      seen.add(useLang().t);
      return null;
    }
    const view = render(
      <I18nextProvider i18n={i18n}>
        <Probe />
      </I18nextProvider>,
    );
    view.rerender(
      <I18nextProvider i18n={i18n}>
        <Probe />
      </I18nextProvider>,
    );
    expect(seen.size).toBe(1);
  });
});

describe('formatters are made once per language and options', () => {
  it('formats dates and periods the same on every call, per language', () => {
    const words = createI18n('id').getFixedT('id');
    for (const lang of ['id', 'en'] as const) {
      expect(formatDate('2026-08-20', lang)).toBe(formatDate('2026-08-20', lang));
      expect(formatPeriod('2025', lang, words)).toBe('2025');
    }
    expect(formatDate('2026-08-20', 'id')).toBe('20 Agustus 2026');
    expect(formatDate('2026-08-20', 'en')).toBe('20 August 2026');
    expect(formatPeriod('2025-03', 'id', words)).toBe('Maret 2025');
    expect(formatPeriod('2025-03', 'en', words)).toBe('March 2025');
  });
});

describe('settledWithin (the first render waiting for the first answers)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('goes on as soon as the answers are in, without waiting out the grace period', async () => {
    vi.useFakeTimers();
    let answered = false;
    const waited = settledWithin(Promise.resolve('figures'), 300).then(() => (answered = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(answered).toBe(true);
    await waited;
    expect(vi.getTimerCount()).toBe(0); // Its timer is cleared, not left to fire.
  });

  it('goes on after the grace period when the answers are slow', async () => {
    vi.useFakeTimers();
    let done = false;
    void settledWithin(new Promise(() => undefined), 300).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(299);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it('goes on, and does not reject, when an answer failed', async () => {
    vi.useFakeTimers();
    await expect(settledWithin(Promise.reject(new Error('network')), 300)).resolves.toBeUndefined();
  });
});
