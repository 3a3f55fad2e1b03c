import { useLang } from '../hooks/useLang';

/** Marks a number that is illustrative, not official: visible on the figure itself, never only in a footnote. */
export function SampleBadge() {
  const { t } = useLang();
  return (
    <span className="sample-badge" data-testid="sample-badge">
      <svg className="sample-badge__icon" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M12 3 2 21h20L12 3Z" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinejoin="round" />
        <path d="M12 10v5m0 3v.01" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
      </svg>
      {t('sample.badge')}
    </span>
  );
}
