import { formatPeriod, pickBilingual } from '../i18n/format';
import { useLang } from '../hooks/useLang';

/** Where a number comes from and for when: every figure carries both. */
export function SourceNote({ source, period }: { source: string; period: string }) {
  const { t, lang } = useLang();
  const when = /^\d{4}$/.test(period) ? t('figure.year', { period }) : t('figure.period', { period: formatPeriod(period, lang, t) });
  return (
    <p className="source-note">
      <span className="source-note__period">{when}</span>
      {' · '}
      <span className="source-note__source">{t('figure.source', { source: pickBilingual(source, lang) })}</span>
    </p>
  );
}
