import type { Figure, ProfileFigure } from '../../../data/api/types';

/** "2022-07" and "2025": by year first, then the rest, so a newer year always wins. */
export function comparePeriods(a: string, b: string): number {
  return a.slice(0, 4).localeCompare(b.slice(0, 4)) || a.localeCompare(b);
}

function better(a: ProfileFigure, b: ProfileFigure): boolean {
  const byPeriod = comparePeriods(a.period, b.period);
  if (byPeriod !== 0) return byPeriod > 0;
  // A figure with a better direction can say "better" or "worse" in its sentence.
  if ((a.indicator.higherIsBetter !== null) !== (b.indicator.higherIsBetter !== null)) return a.indicator.higherIsBetter !== null;
  if (a.indicator.isSample !== b.indicator.isSample) return !a.indicator.isSample;
  return false;
}

/**
 * The figures to lead a profile with: one per theme (in the catalogue's theme order, as
 * the profile lists them), the most recent of each, so a visitor sees the region's
 * breadth rather than six ways of counting people.
 */
export function pickKeyFigures(figures: readonly ProfileFigure[], max = 8): ProfileFigure[] {
  const byTheme = new Map<string, ProfileFigure>();
  for (const figure of figures) {
    const current = byTheme.get(figure.indicator.themeId);
    if (!current || better(figure, current)) byTheme.set(figure.indicator.themeId, figure);
  }
  return [...byTheme.values()].slice(0, max);
}

/**
 * Whether a trend is drawn against the region's parent and the regency. A count (rolled
 * up by sum) of a part is a sliver of its parent's: on one axis the part's own line lies
 * flat along zero. Counts are drawn alone, on an axis of their own; rates, means and
 * indices beside their references.
 */
export function trendAgainstReferences(indicator: Pick<Figure['indicator'], 'rollup'>): boolean {
  return indicator.rollup !== 'sum';
}

export interface SexBreakdown<F extends Figure = Figure> {
  male: F;
  female: F;
}

/** The newest pair of "<base>_male" and "<base>_female" figures with the same period. */
export function sexBreakdown<F extends Figure>(figures: readonly F[]): SexBreakdown<F> | null {
  const byId = new Map(figures.map((figure) => [figure.indicator.id, figure]));
  let best: SexBreakdown<F> | null = null;
  for (const male of figures) {
    const match = /^(.*)_male$/.exec(male.indicator.id);
    const female = match ? byId.get(`${match[1]}_female`) : undefined;
    if (!female || female.period !== male.period || male.value + female.value <= 0) continue;
    if (!best || comparePeriods(male.period, best.male.period) > 0) best = { male, female };
  }
  return best;
}
