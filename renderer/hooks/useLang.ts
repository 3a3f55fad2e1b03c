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
    t = i18n.getFixedT(language);
    shared.fixedT.set(language, t);
  }
  return { t, i18n, lang: toLang(screenLanguage ?? i18n.resolvedLanguage ?? language) };
}
