import type { TFunction } from 'i18next';
import type { Lang, ObservationStatus, Ranking } from '../../data/api/types';
import { formatPeriod } from './format';

/** The contract's vocabulary in the order a note lists it; the catalogues name each (figure.status.*). */
export const statusOrder: readonly ObservationStatus[] = ['preliminary', 'estimate', 'approximate', 'lower_bound', 'partial', 'derived'];

/** Statuses that change how the number itself reads ("about 370", "at least 80"): said before it, not only in the note. */
const spokenWithValue: ReadonlySet<ObservationStatus> = new Set(['approximate', 'lower_bound']);

/** One status among a set of figures; `where` names the periods or places it applies to when it is not all of them. */
export interface Qualifier {
  status: ObservationStatus;
  where: string[];
}

/**
 * What qualifies a set of figures (a ranking's rows, a trend's points), in the
 * vocabulary's order: a status on every figure stands alone, one on some names them.
 * Empty when every figure is as published.
 */
export function qualifiersOf<T>(items: readonly T[], statusOf: (item: T) => ObservationStatus | null, nameOf: (item: T) => string): Qualifier[] {
  const named = new Map<ObservationStatus, string[]>();
  for (const item of items) {
    const status = statusOf(item);
    if (status === null) continue;
    const names = named.get(status) ?? [];
    const name = nameOf(item);
    if (!names.includes(name)) names.push(name);
    named.set(status, names);
  }
  return statusOrder
    .filter((status) => named.has(status))
    .map((status) => {
      const every = items.every((item) => statusOf(item) === status);
      return { status, where: every ? [] : (named.get(status) ?? []) };
    });
}

/** Leaves out what the word before each number already says ("sekitar 370" needs no "rounded figure" in its note). */
export function notSpoken(qualifiers: readonly Qualifier[]): Qualifier[] {
  return qualifiers.filter((qualifier) => !spokenWithValue.has(qualifier.status));
}

/**
 * One figure's status for its note: empty when as published, or when the word before its
 * number already says it. A word outside the vocabulary (a snapshot built before imports
 * checked it) is left unsaid rather than shown as a catalogue key.
 */
export function qualifiersOfFigure(status: ObservationStatus | null): Qualifier[] {
  return status === null || !statusOrder.includes(status) ? [] : notSpoken([{ status, where: [] }]);
}

/** Places or periods named in a note before the rest are counted: the note has three lines, and the source must stay in them. */
const maxNamed = 3;

/** "Sebagian tahun: 2024" or "Angka sementara": one qualifier as the source note says it. */
export function qualifierText(qualifier: Qualifier, t: TFunction): string {
  const label = t(`figure.status.${qualifier.status}`);
  const { where } = qualifier;
  if (where.length === 0) return label;
  const named = where.length > maxNamed + 1 ? [...where.slice(0, maxNamed), t('figure.andMore', { count: where.length - maxNamed })] : where;
  return t('figure.statusWhere', { status: label, where: named.join(', ') });
}

/** The word said before a number its source gives as "about" or "at least"; null for every other status. */
export function valueQualifier(status: ObservationStatus | null, t: TFunction): string | null {
  return status !== null && spokenWithValue.has(status) ? t(`figure.qualifier.${status}`) : null;
}

/** "Tahun 2024", "Periode Maret 2025", "Periode Triwulan I 2025": a figure's period as every note says it. */
export function periodText(period: string, lang: Lang, t: TFunction): string {
  return /^\d{4}$/.test(period) ? t('figure.year', { period }) : t('figure.period', { period: formatPeriod(period, lang, t) });
}

/** A ranking's rows, named by place where only some are qualified. */
export function rankingQualifiers(ranking: Pick<Ranking, 'rows'>): Qualifier[] {
  return qualifiersOf(ranking.rows, (row) => row.status, (row) => row.region.name);
}
