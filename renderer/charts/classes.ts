/**
 * Choropleth classes, pure so they are tested apart from drawing. Quantile breaks
 * (equal counts per class) because regional figures are skewed: with equal intervals
 * one city would take the top class and every village the bottom one.
 */

/** ColorBrewer YlGnBu, 5 classes: sequential, colour-blind safe, and prints in grey. */
export const sequentialPalette = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;
/** Text colour that reads on each class's fill (WCAG AA against it). */
export const paletteInk = ['#13211b', '#13211b', '#13211b', '#ffffff', '#ffffff'] as const;

export interface ClassBreak {
  /** Inclusive lower bound. */
  from: number;
  /** Inclusive upper bound. */
  to: number;
  colour: string;
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** Math.max(0, Math.min(decimals, 6));
  return Math.round(value * factor) / factor;
}

/**
 * Up to `count` classes over `values`, bounds rounded to the indicator's decimals so the
 * legend shows the numbers the figures show. Fewer classes when values repeat (a class
 * that holds no region is dropped); none when there are no values.
 */
export function quantileClasses(values: readonly number[], decimals: number, count = sequentialPalette.length): ClassBreak[] {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const min = sorted[0] as number;
  const max = sorted[sorted.length - 1] as number;
  if (min === max) return [{ from: roundTo(min, decimals), to: roundTo(max, decimals), colour: sequentialPalette[sequentialPalette.length - 1] as string }];
  const cuts: number[] = [];
  for (let index = 1; index < count; index += 1) {
    const cut = roundTo(sorted[Math.floor((index * sorted.length) / count)] as number, decimals);
    if (cut > (cuts[cuts.length - 1] ?? roundTo(min, decimals)) && cut < roundTo(max, decimals)) cuts.push(cut);
  }
  const bounds = [roundTo(min, decimals), ...cuts, roundTo(max, decimals)];
  const classes = bounds.slice(0, -1).map((from, index) => ({ from, to: bounds[index + 1] as number }));
  // Spread the palette over however many classes remain, always ending on the darkest.
  const step = classes.length > 1 ? (sequentialPalette.length - 1) / (classes.length - 1) : 0;
  return classes.map((range, index) => ({ ...range, colour: sequentialPalette[Math.round(index * step + (classes.length === 1 ? 4 : 0))] as string }));
}

/** The class a value falls in: a value on a bound belongs to the higher class, as the legend reads. */
export function classOf(value: number, classes: readonly ClassBreak[]): number {
  if (classes.length === 0) return -1;
  for (let index = classes.length - 1; index >= 0; index -= 1) {
    if (value >= (classes[index] as ClassBreak).from) return index;
  }
  return 0;
}

export type ProgressClass = 'started' | 'advanced' | 'done' | 'unknown';

/** e-monitoring progress in three plain steps; colours come from CSS (orange, purple, near-black: safe for colour-blind readers). */
export function progressClass(progressPct: number | null): ProgressClass {
  if (progressPct === null || !Number.isFinite(progressPct)) return 'unknown';
  if (progressPct >= 100) return 'done';
  return progressPct >= 50 ? 'advanced' : 'started';
}
