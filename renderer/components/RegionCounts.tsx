import type { Overview } from '../../data/api/types';
import { formatNumber } from '../i18n/format';
import { useLang } from '../hooks/useLang';

const levels = ['kecamatan', 'desa', 'kelurahan'] as const;

/** "25 kecamatan · 189 desa · 28 kelurahan": how the regency is divided, under its name. */
export function RegionCounts({ counts }: { counts: Overview['counts'] }) {
  const { t, lang } = useLang();
  return (
    <ul className="region-counts" aria-label={t('counts.label')}>
      {levels.map((level) => (
        <li key={level} className="region-counts__item" data-testid={`count-${level}`}>
          <strong className="region-counts__number">{formatNumber(counts[level], lang)}</strong>{' '}
          {t(`counts.${level}`, { count: counts[level] })}
        </li>
      ))}
    </ul>
  );
}
