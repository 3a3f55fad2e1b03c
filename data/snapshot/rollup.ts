/**
 * Roll-ups computed once at build time (desa → kecamatan → kabupaten), so a tap in the
 * kiosk costs one indexed read. A parent gets a value only when its children cover it
 * completely: a sum over three of five villages would look like a real total and mislead.
 * A figure the dataset states for the parent itself always wins over a roll-up.
 */

export interface RollupRegion {
  code: string;
  parent_code: string | null;
}

export interface RollupIndicator {
  id: string;
  rollup: 'sum' | 'mean' | 'weighted_mean' | 'none';
  rollup_weight: string | null;
}

export interface RollupInput {
  indicator_id: string;
  region_code: string;
  period: string;
  value: number;
}

export type RollupObservation = RollupInput;

/** indicator → period → region → value */
type ValueIndex = Map<string, Map<string, Map<string, number>>>;

export function computeRollups(
  regions: readonly RollupRegion[],
  rootCode: string,
  indicators: readonly RollupIndicator[],
  observations: Iterable<RollupInput>,
): RollupObservation[] {
  const children = new Map<string, string[]>();
  for (const region of regions) {
    if (region.parent_code === null) continue;
    const list = children.get(region.parent_code);
    if (list) list.push(region.code);
    else children.set(region.parent_code, [region.code]);
  }
  const parentsByDepth = parentsBottomUp(rootCode, children);

  const values: ValueIndex = new Map();
  for (const observation of observations) {
    periodMap(values, observation.indicator_id, observation.period).set(observation.region_code, observation.value);
  }

  const rolled = indicators.filter((indicator) => indicator.rollup !== 'none');
  const result: RollupObservation[] = [];
  // Level by level, so a weighted mean one level up sees the weights rolled up below it.
  for (const parents of parentsByDepth) {
    for (const indicator of rolled) {
      const byPeriod = values.get(indicator.id);
      if (!byPeriod) continue;
      for (const [period, byRegion] of byPeriod) {
        const weights = indicator.rollup_weight === null ? undefined : values.get(indicator.rollup_weight)?.get(period);
        for (const parent of parents) {
          if (byRegion.has(parent)) continue;
          const value = aggregate(indicator.rollup, children.get(parent) ?? [], byRegion, weights);
          if (value === null) continue;
          byRegion.set(parent, value);
          result.push({ indicator_id: indicator.id, region_code: parent, period, value });
        }
      }
    }
  }
  return result;
}

function aggregate(
  rule: RollupIndicator['rollup'],
  childCodes: readonly string[],
  byRegion: ReadonlyMap<string, number>,
  weights: ReadonlyMap<string, number> | undefined,
): number | null {
  if (childCodes.length === 0) return null;
  if (rule === 'sum' || rule === 'mean') {
    let total = 0;
    for (const child of childCodes) {
      const value = byRegion.get(child);
      if (value === undefined) return null;
      total += value;
    }
    return tidy(rule === 'sum' ? total : total / childCodes.length);
  }
  if (rule === 'weighted_mean') {
    if (!weights) return null;
    let weighted = 0;
    let totalWeight = 0;
    for (const child of childCodes) {
      const weight = weights.get(child);
      if (weight === undefined) return null;
      // A child with no weight (a kelurahan has no Dana Desa) adds nothing and needs no value.
      if (weight === 0) continue;
      const value = byRegion.get(child);
      if (value === undefined) return null;
      weighted += weight * value;
      totalWeight += weight;
    }
    return totalWeight > 0 ? tidy(weighted / totalWeight) : null;
  }
  return null;
}

/** Drops floating-point noise (0.1 + 0.2) without cutting real digits of large sums. */
function tidy(value: number): number {
  return Number(value.toPrecision(15));
}

/** Parents inside the root's subtree, deepest level first; the root's own ancestors are never rolled up into. */
function parentsBottomUp(rootCode: string, children: ReadonlyMap<string, string[]>): string[][] {
  const levels: string[][] = [];
  let frontier = [rootCode];
  while (frontier.length > 0) {
    const parents = frontier.filter((code) => (children.get(code)?.length ?? 0) > 0);
    if (parents.length > 0) levels.push(parents);
    frontier = parents.flatMap((code) => children.get(code) ?? []);
  }
  return levels.reverse();
}

function periodMap(values: ValueIndex, indicator: string, period: string): Map<string, number> {
  let byPeriod = values.get(indicator);
  if (!byPeriod) values.set(indicator, (byPeriod = new Map()));
  let byRegion = byPeriod.get(period);
  if (!byRegion) byPeriod.set(period, (byRegion = new Map()));
  return byRegion;
}
