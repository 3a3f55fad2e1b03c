import { memo } from 'react';
import type { Outline } from './outline';

/** The regency's kecamatan as a drawing; one may be picked out in gold. */
export const RegencyOutline = memo(function RegencyOutline({ outline, highlight }: { outline: Outline; highlight: string | null }) {
  return (
    <svg className="regency-outline" viewBox={`-8 -8 ${outline.width + 16} ${outline.height + 16}`} aria-hidden="true">
      {outline.paths.map((path) => (
        <path key={path.code} d={path.d} className={path.code === highlight ? 'regency-outline__region regency-outline__region--on' : 'regency-outline__region'} />
      ))}
    </svg>
  );
});
