import { startTransition, useCallback, useEffect, useState } from 'react';

/** Marks the element a screen's content scrolls in (its body), for parts that wait to be scrolled to. */
export const scrollRootAttribute = 'data-scroll-root';

/**
 * The nearest marked ancestor that scrolls, or null for the page itself. Marked, not found
 * by reading each ancestor's computed overflow: this runs in the commit of a new screen,
 * and getComputedStyle there forces the whole screen's style before its first frame
 * (about 25 ms of a fresh profile at 4x).
 */
export function scrollingAncestor(element: Element): Element | null {
  return element.parentElement?.closest(`[${scrollRootAttribute}]`) ?? null;
}

/**
 * False until the element has come into its scrolling screen's view, then true for good.
 * For parts below the fold that cost a lot to draw (a chart.js chart costs more than the
 * rest of a profile): they are built when the visitor scrolls to them, not right after
 * the screen opens, when the visitor's next tap would have to wait behind them. A screen
 * kept behind another (content-visibility: hidden) shows nothing, so builds nothing.
 * `aheadPx` starts the build a little before the part scrolls in.
 *
 * Returns a ref callback for the element and the flag. Where IntersectionObserver is
 * missing (jsdom), it is true at once.
 */
export function useScrolledIntoView(aheadPx = 120): [(element: Element | null) => void, boolean] {
  const observable = typeof IntersectionObserver === 'function';
  const [element, setElement] = useState<Element | null>(null);
  const [seen, setSeen] = useState(!observable);
  const ref = useCallback((node: Element | null) => setElement(node), []);
  useEffect(() => {
    if (seen || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          startTransition(() => setSeen(true));
        }
      },
      { root: scrollingAncestor(element), rootMargin: `0px 0px ${aheadPx}px 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, seen, aheadPx]);
  return [ref, seen];
}
