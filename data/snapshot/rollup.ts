/**
 * Roll-ups computed once at build time (desa → kecamatan → kabupaten), so a tap in the
 * kiosk costs one indexed read. A parent gets a value only when its children cover it
 * completely: a sum over three of five villages would look like a real total and mislead.
 * A figure the dataset states for the parent itself always wins over a roll-up.
 */
import { ObservationTable } from './observation-table.js';

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

/** Roll-ups column by column: indicator and period as numbered in the observation table, region as its index in `regions`. */
export interface RollupTable {
  length: number;
  indicator: Int32Array;
  period: Int32Array;
  region: Int32Array;
  value: Float64Array;
}

/** The roll-ups as rows; the builder itself uses computeRollupTable. */
export function computeRollups(
  regions: readonly RollupRegion[],
  rootCode: string,
  indicators: readonly RollupIndicator[],
  observations: Iterable<RollupInput>,
): RollupObservation[] {
  const table = ObservationTable.fromRows([...observations].map((row) => ({ ...row, status: null, note: null, source: null })));
  const rollups = computeRollupTable(regions, rootCode, indicators, table);
  return Array.from({ length: rollups.length }, (_, row) => ({
    indicator_id: table.indicatorIds[rollups.indicator[row] ?? 0] ?? '',
    region_code: regions[rollups.region[row] ?? 0]?.code ?? '',
    period: table.periods[rollups.period[row] ?? 0] ?? '',
    value: rollups.value[row] ?? Number.NaN,
  }));
}

/**
 * Works on the root's subtree only (nothing outside it is ever rolled into), with one
 * Float64Array of values per indicator and period, NaN where a region has none.
 */
export function computeRollupTable(
  regions: readonly RollupRegion[],
  rootCode: string,
  indicators: readonly RollupIndicator[],
  observations: ObservationTable,
): RollupTable {
  const tree = subtree(regions, rootCode);
  const size = tree.members.length;
  const periods = observations.periods.length;

  const ruleById = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const weightIds = new Set(indicators.flatMap((indicator) => (indicator.rollup !== 'none' && indicator.rollup_weight !== null ? [indicator.rollup_weight] : [])));
  const needed = observations.indicatorIds.map((id) => (ruleById.get(id)?.rollup ?? 'none') !== 'none' || weightIds.has(id));
  const codeIndex = new Map(regions.map((region, index) => [region.code, index]));
  const local = Int32Array.from(observations.regionCodes, (code) => tree.localOf[codeIndex.get(code) ?? -1] ?? -1);

  // values[indicator * periods + period], created for the pairs the subtree has data for.
  const values: (Float64Array | undefined)[] = new Array(observations.indicatorIds.length * periods);
  const { indicator: indicatorColumn, period: periodColumn, region: regionColumn, value: valueColumn } = observations;
  for (let row = 0; row < observations.length; row += 1) {
    const indicator = indicatorColumn[row]!;
    const at = local[regionColumn[row]!]!;
    if (at < 0 || !needed[indicator]) continue;
    const pair = indicator * periods + periodColumn[row]!;
    let series = values[pair];
    if (!series) values[pair] = series = new Float64Array(size).fill(Number.NaN);
    series[at] = valueColumn[row]!;
  }

  const out = { indicator: [] as number[], period: [] as number[], region: [] as number[], value: [] as number[] };
  const indicatorNumber = new Map(observations.indicatorIds.map((id, index) => [id, index]));
  const rolled = indicators.filter((indicator) => indicator.rollup !== 'none');
  // Level by level, so a weighted mean one level up sees the weights rolled up below it.
  for (const parents of tree.levelsBottomUp) {
    for (const rule of rolled) {
      const indicator = indicatorNumber.get(rule.id);
      if (indicator === undefined) continue;
      const weightIndicator = rule.rollup_weight === null ? undefined : indicatorNumber.get(rule.rollup_weight);
      for (let period = 0; period < periods; period += 1) {
        const series = values[indicator * periods + period];
        if (!series) continue;
        const weights = weightIndicator === undefined ? undefined : values[weightIndicator * periods + period];
        for (const parent of parents) {
          if (!Number.isNaN(series[parent]!)) continue;
          const value = aggregate(rule.rollup, tree.children[parent] ?? [], series, weights);
          if (value === null) continue;
          series[parent] = value;
          out.indicator.push(indicator);
          out.period.push(period);
          out.region.push(tree.members[parent]!);
          out.value.push(value);
        }
      }
    }
  }
  return {
    length: out.value.length,
    indicator: Int32Array.from(out.indicator),
    period: Int32Array.from(out.period),
    region: Int32Array.from(out.region),
    value: Float64Array.from(out.value),
  };
}

function aggregate(rule: RollupIndicator['rollup'], children: readonly number[], series: Float64Array, weights: Float64Array | undefined): number | null {
  if (children.length === 0) return null;
  if (rule === 'sum' || rule === 'mean') {
    let total = 0;
    for (const child of children) {
      const value = series[child]!;
      if (Number.isNaN(value)) return null;
      total += value;
    }
    return tidy(rule === 'sum' ? total : total / children.length);
  }
  if (rule === 'weighted_mean') {
    if (!weights) return null;
    let weighted = 0;
    let totalWeight = 0;
    for (const child of children) {
      const weight = weights[child]!;
      if (Number.isNaN(weight)) return null;
      // A child with no weight (a kelurahan has no Dana Desa) adds nothing and needs no value.
      if (weight === 0) continue;
      const value = series[child]!;
      if (Number.isNaN(value)) return null;
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

interface Subtree {
  /** Local number → index in `regions` (the root's own number is 0 when it is a listed region). */
  members: number[];
  /** Index in `regions` → local number, or -1 outside the subtree. */
  localOf: Int32Array;
  /** Local number → local numbers of its children, in file order. */
  children: number[][];
  /** Parents inside the subtree, deepest level first; the root's own ancestors are never rolled up into. */
  levelsBottomUp: number[][];
}

function subtree(regions: readonly RollupRegion[], rootCode: string): Subtree {
  const childrenOf = new Map<string, number[]>();
  regions.forEach((region, index) => {
    if (region.parent_code === null) return;
    const list = childrenOf.get(region.parent_code);
    if (list) list.push(index);
    else childrenOf.set(region.parent_code, [index]);
  });
  const members: number[] = [];
  const localOf = new Int32Array(regions.length).fill(-1);
  const children: number[][] = [];
  const enter = (index: number): number => {
    localOf[index] = members.length;
    members.push(index);
    children.push([]);
    return members.length - 1;
  };
  const levels: number[][] = [];
  // Breadth first from the root, as the parents of each level are visited.
  const rootIndex = regions.findIndex((region) => region.code === rootCode);
  let frontier: { code: string; local: number }[] = [{ code: rootCode, local: rootIndex >= 0 ? enter(rootIndex) : -1 }];
  while (frontier.length > 0) {
    const parents = frontier.filter(({ code }) => (childrenOf.get(code)?.length ?? 0) > 0);
    const next: typeof frontier = [];
    for (const parent of parents) {
      for (const child of childrenOf.get(parent.code) ?? []) {
        const local = enter(child);
        children[parent.local]?.push(local);
        next.push({ code: regions[child]?.code ?? '', local });
      }
    }
    const listed = parents.filter(({ local }) => local >= 0).map(({ local }) => local);
    if (listed.length > 0) levels.push(listed);
    frontier = next;
  }
  return { members, localOf, children, levelsBottomUp: levels.reverse() };
}
