import type { i18n as I18n, TFunction } from 'i18next';
import { createContext, useContext, useSyncExternalStore } from 'react';
import { getI18n, I18nContext } from 'react-i18next';
import type { Lang } from '../../data/api/types';
import { toLang } from '../i18n/format';

/**
 * One language subscription per i18next instance, shared by every component, and one
 * `t` per language. react-i18next's useTranslation gives each caller its own event
 * binding, options object and fixed `t`; a profile screen has dozens of callers, and
 * building and tearing those down was a measurable part of every tap.
 */
interface Shared {
  subscribe: (listener: () => void) => () => void;
  fixedT: Map<string, TFunction>;
}

const sharedByInstance = new WeakMap<I18n, Shared>();

function sharedOf(i18n: I18n): Shared {
  let shared = sharedByInstance.get(i18n);
  if (!shared) {
    const listeners = new Set<() => void>();
    // Never unbound: an instance lives as long as the app (tests make a few).
    i18n.on('languageChanged', () => {
      for (const listener of [...listeners]) listener();
    });
    shared = {
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      fixedT: new Map(),
    };
    sharedByInstance.set(i18n, shared);
  }
  return shared;
}

/** Enough for every text of every screen in both languages; past it, the memory starts afresh. */
const maxRememberedTexts = 5_000;

/**
 * `t` that remembers its answers by key and options. The catalogues never change while
 * the app runs, so one key with the same values always gives the same text; i18next
 * resolving, interpolating and post-processing it again on every render was about a
 * third of the render of a fresh screen. Calls it cannot key (a default value given as
 * the second argument, options holding something JSON cannot say) go straight through.
 */
export function rememberingT(t: TFunction, limit = maxRememberedTexts): TFunction {
  const texts = new Map<string, string>();
  const plain = t as unknown as (...args: unknown[]) => unknown;
  const remembering = (...args: unknown[]): unknown => {
    const [key, options] = args;
    const keyable = args.length <= 2 && (typeof key === 'string' || Array.isArray(key)) && (options === undefined || (typeof options === 'object' && options !== null));
    const id = keyable ? keyOf(key, options) : null;
    if (id === null) return plain(...args);
    const known = texts.get(id);
    if (known !== undefined) return known;
    const text = plain(...args);
    if (typeof text === 'string') {
      if (texts.size >= limit) texts.clear();
      texts.set(id, text);
    }
    return text;
  };
  return Object.assign(remembering, t) as unknown as TFunction;
}

/** The call's key and options as one string (JSON parts cannot run into each other), or null when an option is not a plain value. */
function keyOf(key: unknown, options: unknown): string | null {
  let id = JSON.stringify(key);
  if (options === undefined) return id;
  for (const [name, value] of Object.entries(options as Record<string, unknown>)) {
    const kind = typeof value;
    if (kind !== 'string' && kind !== 'number' && kind !== 'boolean' && value !== undefined) return null;
    id += `,${JSON.stringify(name)}:${value === undefined ? 'undefined' : JSON.stringify(value)}`;
  }
  return id;
}

/**
 * The language a kept screen was last drawn in (navigation/KeptScreenView). A screen
 * behind the one in front stays as it is when the visitor changes language, instead of
 * every kept screen re-rendering at once in the tap; it is redrawn in the new language,
 * with its state and scroll, when Back brings it forward. Null outside the screens.
 */
export const ScreenLanguageContext = createContext<string | null>(null);

/** The reader's language as the contract names it, with `t` for the catalogue. */
export function useLang(): { t: TFunction; i18n: I18n; lang: Lang } {
  const i18n = useContext(I18nContext)?.i18n ?? getI18n();
  const screenLanguage = useContext(ScreenLanguageContext);
  const shared = sharedOf(i18n);
  const language = useSyncExternalStore(shared.subscribe, () => screenLanguage ?? i18n.language);
  let t = shared.fixedT.get(language);
  if (!t) {
    t = rememberingT(i18n.getFixedT(language));
    shared.fixedT.set(language, t);
  }
  return { t, i18n, lang: toLang(screenLanguage ?? i18n.resolvedLanguage ?? language) };
}
