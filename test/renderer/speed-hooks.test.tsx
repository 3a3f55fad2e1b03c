// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAfterPaint } from '../../renderer/hooks/useAfterPaint';
import { ScreenLanguageContext, rememberingT, useLang } from '../../renderer/hooks/useLang';
import { scrollRootAttribute, scrollingAncestor, useScrolledIntoView } from '../../renderer/hooks/useScrolledIntoView';
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

describe('useScrolledIntoView (charts built when scrolled to)', () => {
  /** A stand-in for the browser's IntersectionObserver: the test says when the box scrolls in. */
  class FakeObserver {
    static made: FakeObserver[] = [];
    observed: Element[] = [];
    disconnected = false;
    constructor(
      readonly report: (entries: { isIntersecting: boolean }[]) => void,
      readonly options: { root: Element | null; rootMargin: string },
    ) {
      FakeObserver.made.push(this);
    }
    observe(element: Element) {
      this.observed.push(element);
    }
    disconnect() {
      this.disconnected = true;
    }
  }

  function Chart() {
    const [ref, seen] = useScrolledIntoView();
    return seen ? <canvas data-testid="chart" /> : <div ref={ref} data-testid="pending" />;
  }

  it('builds nothing until the box comes into its scrolling body, then builds it for good', async () => {
    FakeObserver.made = [];
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    render(
      <main data-testid="body" data-scroll-root="" style={{ overflowY: 'auto' }}>
        <section>
          <Chart />
        </section>
      </main>,
    );
    const observer = FakeObserver.made.at(-1);
    if (!observer) throw new Error('no observer made');
    expect(observer.observed).toEqual([screen.getByTestId('pending')]);
    // Watched against the screen's own scrolling body, a little ahead of its bottom edge.
    expect(observer.options.root).toBe(screen.getByTestId('body'));
    expect(observer.options.rootMargin).toBe('0px 0px 120px 0px');
    act(() => observer.report([{ isIntersecting: false }]));
    expect(screen.queryByTestId('chart')).toBeNull();
    await act(async () => observer.report([{ isIntersecting: true }]));
    expect(screen.getByTestId('chart')).toBeTruthy();
    expect(observer.disconnected).toBe(true);
  });

  it('stops watching a box whose screen is left before it came into view', () => {
    FakeObserver.made = [];
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const view = render(<Chart />);
    view.unmount();
    expect(FakeObserver.made.at(-1)?.disconnected).toBe(true);
  });

  it('draws at once where there is no IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(<Chart />);
    expect(screen.getByTestId('chart')).toBeTruthy();
  });

  it('finds the nearest ancestor marked as scrolling, or none for the page', () => {
    const outer = document.createElement('main');
    outer.setAttribute(scrollRootAttribute, '');
    const inner = document.createElement('div');
    const leaf = document.createElement('span');
    inner.append(leaf);
    outer.append(inner);
    document.body.append(outer);
    expect(scrollingAncestor(leaf)).toBe(outer);
    expect(scrollingAncestor(outer)).toBeNull();
    outer.remove();
  });
});

describe('useLang', () => {
  /** A text in the language it renders in; each render is logged as name:lang. */
  const labelLogging = (renders: string[]) =>
    function Label({ name }: { name: string }) {
      const { t, lang } = useLang();
      renders.push(`${name}:${lang}`);
      return <p data-testid={name}>{`${lang} ${t('language.choose')}`}</p>;
    };

  it('re-renders every user on a language change, with a t and lang for the new language', async () => {
    const i18n = createI18n('id');
    const renders: string[] = [];
    const Label = labelLogging(renders);
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

  it('leaves a screen pinned to its language alone on a change, and redraws it once its pin moves', async () => {
    const i18n = createI18n('id');
    const renders: string[] = [];
    const Label = labelLogging(renders);
    const tree = (pinned: string) => (
      <I18nextProvider i18n={i18n}>
        <Label name="outside" />
        <ScreenLanguageContext.Provider value={pinned}>
          <Label name="behind" />
        </ScreenLanguageContext.Provider>
      </I18nextProvider>
    );
    const view = render(tree('id'));
    renders.length = 0;
    await act(async () => {
      await i18n.changeLanguage('en');
    });
    // The visitor's language changed: what is outside the kept screens follows at once;
    // a screen behind is not even rendered again.
    expect(screen.getByTestId('outside').textContent).toMatch(/^en /);
    expect(screen.getByTestId('behind').textContent).toBe(`id ${i18n.getFixedT('id')('language.choose')}`);
    expect(renders).toEqual(['outside:en']);
    // Brought forward: drawn in the visitor's language.
    view.rerender(tree('en'));
    expect(screen.getByTestId('behind').textContent).toBe(`en ${i18n.getFixedT('en')('language.choose')}`);
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

describe('rememberingT (texts resolved once per key and values)', () => {
  /** i18next's own t for a language, counting how often it really runs. */
  const countingT = (lang: 'id' | 'en') => {
    const fixed = createI18n(lang).getFixedT(lang);
    const spy = vi.fn((...args: unknown[]) => (fixed as unknown as (...a: unknown[]) => unknown)(...args));
    return { fixed, spy, t: rememberingT(Object.assign(spy, fixed) as unknown as typeof fixed) };
  };

  it('gives the same text as i18next, and resolves a repeated call only once', () => {
    const { fixed, spy, t } = countingT('en');
    expect(t('admin.gate.setupHint', { file: 'a.txt' })).toBe(fixed('admin.gate.setupHint', { file: 'a.txt' }));
    expect(t('admin.gate.setupHint', { file: 'a.txt' })).toContain('a.txt');
    expect(t('language.choose')).toBe(fixed('language.choose'));
    t('language.choose');
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('tells calls apart by every value, plural counts included', () => {
    const { fixed, spy, t } = countingT('en');
    expect(t('admin.gate.setupHint', { file: 'b.txt' })).toContain('b.txt');
    expect(t('admin.gate.setupHint', { file: 'a.txt' })).toContain('a.txt');
    expect(t('admin.gate.wrong', { count: 1 })).toBe(fixed('admin.gate.wrong', { count: 1 }));
    expect(t('admin.gate.wrong', { count: 3 })).toBe(fixed('admin.gate.wrong', { count: 3 }));
    expect(t('admin.gate.wrong', { count: 1 })).not.toBe(t('admin.gate.wrong', { count: 3 }));
    // A string value and a number value that print alike are still different calls.
    expect(t('admin.gate.setupHint', { file: '1' })).toContain('1');
    expect(t('admin.gate.setupHint', { file: 1 })).toContain('1');
    expect(spy).toHaveBeenCalledTimes(6);
  });

  it('passes calls it cannot key straight through, every time', () => {
    const { spy, t } = countingT('en');
    const when = new Date(2026, 0, 2);
    t('admin.gate.locked', { time: when });
    t('admin.gate.locked', { time: when });
    t('no.such.key', 'A default');
    t('no.such.key', 'A default');
    expect(spy).toHaveBeenCalledTimes(4);
  });

  it('starts afresh when full, still answering right', () => {
    const fixed = createI18n('en').getFixedT('en');
    const spy = vi.fn((...args: unknown[]) => (fixed as unknown as (...a: unknown[]) => unknown)(...args));
    const t = rememberingT(Object.assign(spy, fixed) as unknown as typeof fixed, 2);
    t('admin.gate.wrong', { count: 1 });
    t('admin.gate.wrong', { count: 2 });
    t('admin.gate.wrong', { count: 3 }); // full: forgets 1 and 2
    expect(t('admin.gate.wrong', { count: 1 })).toBe(fixed('admin.gate.wrong', { count: 1 }));
    expect(spy).toHaveBeenCalledTimes(4);
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
