import type { Lang } from '../../data/api/types';
import { langs } from '../i18n';
import { useLang } from '../hooks/useLang';

/**
 * Two large buttons, each labelled in its own language, so a visitor who reads only
 * one of them still finds theirs. The chosen one is filled. `short`: the screens' bar,
 * which in landscape says "Indonesia" for "Bahasa Indonesia" so the room goes to the
 * title (shell.css picks one of the two by orientation).
 */
export function LanguageToggle({ short = false }: { short?: boolean }) {
  const { t, i18n, lang } = useLang();
  const choose = (next: Lang) => {
    if (next !== lang) void i18n.changeLanguage(next);
  };
  return (
    <div className="language-toggle" role="group" aria-label={t('language.choose')}>
      {langs.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="language-toggle__option"
          aria-pressed={option === lang}
          data-lang={option}
          // Named in full whichever label the orientation shows.
          aria-label={short ? t(`language.${option}`) : undefined}
          onClick={() => choose(option)}
        >
          {short ? (
            <>
              <span className="language-toggle__long">{t(`language.${option}`)}</span>
              <span className="language-toggle__short">{t(`language.short.${option}`)}</span>
            </>
          ) : (
            t(`language.${option}`)
          )}
        </button>
      ))}
    </div>
  );
}
