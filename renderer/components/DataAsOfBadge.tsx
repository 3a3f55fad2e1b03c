import { formatDate } from '../i18n/format';
import { useLang } from '../hooks/useLang';

/** How current the figures are, on screen at all times so no number is read as today's by mistake. */
export function DataAsOfBadge({ dataAsOf }: { dataAsOf: string }) {
  const { t, lang } = useLang();
  return (
    <p className="data-as-of" data-testid="data-as-of">
      <span className="data-as-of__label">{t('dataAsOf.label')}</span>
      <time className="data-as-of__date" dateTime={dataAsOf}>
        {formatDate(dataAsOf, lang)}
      </time>
    </p>
  );
}
