import { startTransition, useCallback, useEffect, useState } from 'react';

/** The nearest ancestor that scrolls vertically (a screen's body), or null for the page itself. */
export function scrollingAncestor(element: Element): Element | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return null;
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
