/**
 * Caps of the screen queries. The contract's schemas should use the same numbers; the
 * queries cap again so that no caller can make one tap cost more than a screen needs.
 */
export const maxSeriesRegions = 8;
export const maxCompareRegions = 4;
export const maxCompareIndicators = 12;
export const maxSearchLimit = 50;
export const defaultSearchLimit = 20;
/** Folded inputs shorter than this cannot use the trigram index and fall back to a prefix scan. */
export const minTrigramChars = 3;

/** Distinct values in first-seen order, at most `max` of them. */
export function distinctCapped<T>(values: readonly T[], max: number): T[] {
  return [...new Set(values)].slice(0, max);
}
