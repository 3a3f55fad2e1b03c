import type { ObservationTable } from './observation-table.js';

export interface KeyOrder {
  /** Row numbers in primary-key order (indicator_id, period, region_code); null when the rows already are in it. */
  order: Uint32Array | null;
  /** Row number → the first row (in file order) with the same key, for each later row that repeats a key. */
  duplicateOf: Map<number, number>;
}

/**
 * Each string's rank in binary order, which is SQLite's BINARY collation for the ASCII
 * that ids, codes and periods are limited to by their patterns.
 */
export function binaryRanks(values: readonly string[]): Int32Array {
  const sorted = values.map((value, index) => ({ value, index })).sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  const ranks = new Int32Array(values.length);
  sorted.forEach((entry, rank) => (ranks[entry.index] = rank));
  return ranks;
}

/**
 * Orders row numbers by a numeric key, ties by row number (so the first of equal keys is
 * the earliest in the file). Packing key and row into one double lets the engine's native
 * numeric sort do the work, several times faster than a comparator; keys too large to
 * pack (a huge catalogue times a huge file) fall back to the comparator.
 */
export function orderByKey(keys: Float64Array, maxKey: number): Uint32Array {
  const n = keys.length;
  const order = new Uint32Array(n);
  if ((maxKey + 1) * n < Number.MAX_SAFE_INTEGER) {
    const packed = new Float64Array(n);
    for (let row = 0; row < n; row += 1) packed[row] = keys[row]! * n + row;
    packed.sort();
    for (let i = 0; i < n; i += 1) order[i] = packed[i]! % n;
    return order;
  }
  for (let row = 0; row < n; row += 1) order[row] = row;
  return order.sort((a, b) => keys[a]! - keys[b]! || a - b);
}

const memo = new WeakMap<ObservationTable, KeyOrder>();

/**
 * The rows' primary-key order and their repeated keys, computed once per table: the
 * validator reports the duplicates, the writer inserts in this order. Files exported
 * from a database usually are in key order already, which one pass confirms.
 */
export function observationKeyOrder(table: ObservationTable): KeyOrder {
  const known = memo.get(table);
  if (known) return known;
  const indicatorRank = binaryRanks(table.indicatorIds);
  const periodRank = binaryRanks(table.periods);
  const regionRank = binaryRanks(table.regionCodes);
  const periods = table.periods.length;
  const regions = table.regionCodes.length;
  const { indicator, period, region } = table;
  const n = table.length;
  const keys = new Float64Array(n);
  let sorted = true;
  let previous = -1;
  for (let row = 0; row < n; row += 1) {
    const key = (indicatorRank[indicator[row]!]! * periods + periodRank[period[row]!]!) * regions + regionRank[region[row]!]!;
    keys[row] = key;
    if (key < previous) sorted = false;
    previous = key;
  }
  const order = sorted ? null : orderByKey(keys, table.indicatorIds.length * periods * regions);
  const duplicateOf = new Map<number, number>();
  let first = -1;
  for (let i = 0; i < n; i += 1) {
    const row = order ? order[i]! : i;
    if (first >= 0 && keys[row] === keys[first]) duplicateOf.set(row, first);
    else first = row;
  }
  const result = { order, duplicateOf };
  memo.set(table, result);
  return result;
}
