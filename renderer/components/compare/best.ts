import type { ComparisonCell, ComparisonRow } from '../../../data/api/types';

/**
 * Which cells of a row hold the best value, by the indicator's own direction. Only
 * like is compared with like: cells of the row's latest period, and only when at
 * least two regions have one. Ties are all best. No direction (population, area), no best.
 */
export function bestCells(row: Pick<ComparisonRow, 'indicator' | 'cells'>): Set<number> {
  const direction = row.indicator.higherIsBetter;
  if (direction === null) return new Set();
  const present = row.cells.flatMap((cell, index) => (cell ? [{ cell, index }] : []));
  const latest = present.reduce<string | null>((max, { cell }) => (max === null || cell.period > max ? cell.period : max), null);
  const candidates = present.filter(({ cell }) => cell.period === latest);
  if (candidates.length < 2) return new Set();
  const values = candidates.map(({ cell }) => cell.value);
  const target = direction ? Math.max(...values) : Math.min(...values);
  // All equal is no winner: highlighting every cell would say nothing.
  if (values.every((value) => value === target)) return new Set();
  return new Set(candidates.filter(({ cell }) => cell.value === target).map(({ index }) => index));
}

export type { ComparisonCell };
