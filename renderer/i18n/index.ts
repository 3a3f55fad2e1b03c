import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../../data/api/types';
import { mergeCatalogues, type Catalogue } from './catalogue';
import { toLang } from './format';

export type { Catalogue };

// Through Vite's glob rather than `import x from './id.json'`: the web TypeScript project
// lists only .ts/.tsx files, and a direct JSON import would have to be listed there.
const catalogues = mergeCatalogues(import.meta.glob<Catalogue>('./*.json', { eager: true, import: 'default' }));

function catalogue(lang: Lang): Catalogue {
  return catalogues[lang];
}

/**
 * Bahasa Indonesia first: most visitors read it, and it is what the kiosk returns to.
 * Both catalogues are bundled (a few kB) so switching is instant and works offline.
 */
export const defaultLang: Lang = 'id';
export const langs: readonly Lang[] = ['id', 'en'];

export function createI18n(lang: Lang = defaultLang): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { id: { translation: catalogue('id') }, en: { translation: catalogue('en') } },
    lng: lang,
    fallbackLng: defaultLang,
    supportedLngs: [...langs],
    // React already escapes text; escaping again would show &amp; to visitors.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}

/** Keeps <html lang> right, so the browser hyphenates and screen readers speak the right language. */
export function followDocumentLanguage(instance: i18n): void {
  const apply = (language: string) => {
    document.documentElement.lang = toLang(language);
    document.title = instance.t('app.title');
  };
  apply(instance.language);
  instance.on('languageChanged', apply);
}
