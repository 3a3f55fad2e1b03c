import { pickBilingual } from '../i18n/format';
import { periodText, qualifierText, type Qualifier } from '../i18n/figureStatus';
import { useLang } from '../hooks/useLang';

/**
 * Where a number comes from and for when: every figure carries both, and between them
 * what its source says of it (a part-year total, a preliminary census count) when it
 * is not simply as published.
 */
export function SourceNote({ source, period, qualifiers = [] }: { source: string; period: string; qualifiers?: readonly Qualifier[] }) {
  const { t, lang } = useLang();
  return (
    <p className={`source-note${qualifiers.length > 0 ? ' source-note--qualified' : ''}`}>
      <span className="source-note__period">{periodText(period, lang, t)}</span>
      {qualifiers.map((qualifier) => (
        <span key={qualifier.status}>
          {' · '}
          <span className="source-note__status" data-testid="figure-status" data-status={qualifier.status}>
            {qualifierText(qualifier, t)}
          </span>
        </span>
      ))}
      {' · '}
      <span className="source-note__source">{t('figure.source', { source: pickBilingual(source, lang) })}</span>
    </p>
  );
}
