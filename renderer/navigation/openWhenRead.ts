import type { ApiClient } from '../api/client';
import type { Prefetch } from '../api/prefetch';
import { routeReads } from './routeReads';
import type { Route } from './routes';

/**
 * How long a tap may keep the current screen up while the next one's answers arrive.
 * Within it the new screen is drawn once, with its data; past it, it opens with its
 * loading panel as before. About the time a visitor takes a change to be immediate.
 */
export const maxOpeningHoldMs = 300;

/** The attribute on <html> while a tap waits for its screen's answers: a gold line runs along the top after a short delay (kiosk.css). */
export const openingAttribute = 'data-opening';

export interface OpeningHold {
  /** Runs `open` once `route`'s first answers are in (or at once if they are, or after the hold); a later call or `cancel` supersedes it. */
  open(route: Route, open: () => void): void;
  /** Drops a waiting tap (Back, Home and the idle reset act at once and win). */
  cancel(): void;
}

interface HoldOptions {
  maxHoldMs?: number;
  /** Marks the page while a tap waits; the document's root element by default. */
  mark?: (waiting: boolean) => void;
}

const markRoot = (waiting: boolean) => {
  const root = globalThis.document?.documentElement;
  if (!root) return;
  if (waiting) root.setAttribute(openingAttribute, '');
  else root.removeAttribute(openingAttribute);
};

/**
 * A tap's screen opens once its answers are in. A first visit to a screen used to be
 * drawn twice: at once with its loading panel (a whole new screen's render, style, layout
 * and paint), then again when the answer came, and that answer waited behind the first
 * drawing. Holding the current screen for the answer (usually asked for when the finger
 * went down, see api/prefetch) draws the new one once, with its data. Answers already in
 * the cache open it in the same task, as before; a failed answer opens it too, to show
 * its error.
 */
export function createOpeningHold(client: ApiClient, { maxHoldMs = maxOpeningHoldMs, mark = markRoot }: HoldOptions = {}): OpeningHold {
  let waiting: { cancel: () => void } | null = null;
  const stop = () => {
    if (!waiting) return;
    waiting.cancel();
    waiting = null;
    mark(false);
  };
  return {
    open(route, open) {
      stop();
      const peek = client.peek;
      const missing = peek ? routeReads(route, peek.bind(client)).filter(([name, args]) => (peek as (n: string, a: unknown) => unknown).call(client, name, args) === undefined) : [];
      if (missing.length === 0) {
        open();
        return;
      }
      let settled = false;
      const finish = () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        waiting = null;
        mark(false);
        open();
      };
      const timer = setTimeout(finish, maxHoldMs);
      const request = client.request as (name: Prefetch[0], args: unknown) => Promise<unknown>;
      void Promise.allSettled(missing.map(([name, args]) => request.call(client, name, args))).then(finish);
      waiting = {
        cancel: () => {
          settled = true;
          clearTimeout(timer);
        },
      };
      mark(true);
    },
    cancel: stop,
  };
}
