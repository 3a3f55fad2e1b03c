import type { ObservationStatus } from '../api/types.js';
import type { ObservationRow } from './dataset-schema.js';

/** The optional text columns of an observation, kept aside because most rows have none. */
export interface ObservationExtras {
  status: ObservationStatus | null;
  note: string | null;
  source: string | null;
}

class Interner {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();

  of(value: string): number {
    let id = this.index.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.index.set(value, id);
    }
    return id;
  }

  find(value: string): number | undefined {
    return this.index.get(value);
  }
}

const initialCapacity = 1024;

/**
 * Rows appended to a table since the previous batch, as plain data and typed arrays a
 * worker can transfer: the ids, codes and periods first seen in these rows (in the order
 * numbered), then the rows' columns. The receiver numbers the new strings in the same
 * order, so the columns' numbers mean the same on both sides.
 */
export interface ObservationBatch {
  newIndicators: string[];
  newRegions: string[];
  newPeriods: string[];
  indicator: Int32Array;
  region: Int32Array;
  period: Int32Array;
  value: Float64Array;
  line: Int32Array;
  /** [row within the batch, its extras]. */
  extras: [number, ObservationExtras][];
}

/**
 * Observations column by column. Ids, codes and periods repeat millions of times in a
 * country-sized dataset, so each distinct one is stored once and rows refer to it by
 * number; values and source lines live in typed arrays. Two million rows take about
 * 40 MB this way instead of several hundred as objects, and every later pass (checks,
 * duplicate keys, roll-ups, key order) is array indexing instead of string hashing.
 */
export class ObservationTable {
  private readonly indicatorInterner = new Interner();
  private readonly regionInterner = new Interner();
  private readonly periodInterner = new Interner();
  /** Row index → its status, note and source, only for rows that have any. */
  readonly extras = new Map<number, ObservationExtras>();
  private capacity: number;
  private indicatorColumn: Int32Array;
  private regionColumn: Int32Array;
  private periodColumn: Int32Array;
  private valueColumn: Float64Array;
  private lineColumn: Int32Array;
  private count = 0;

  /** `capacity`: rows to make room for at once, when the caller can tell roughly how many will come. */
  constructor(capacity = initialCapacity) {
    this.capacity = Math.max(1, Math.floor(capacity));
    this.indicatorColumn = new Int32Array(this.capacity);
    this.regionColumn = new Int32Array(this.capacity);
    this.periodColumn = new Int32Array(this.capacity);
    this.valueColumn = new Float64Array(this.capacity);
    this.lineColumn = new Int32Array(this.capacity);
  }

  get length(): number {
    return this.count;
  }

  /** Distinct indicator ids, region codes and periods, in the order first seen; the columns index into these. */
  get indicatorIds(): readonly string[] {
    return this.indicatorInterner.values;
  }
  get regionCodes(): readonly string[] {
    return this.regionInterner.values;
  }
  get periods(): readonly string[] {
    return this.periodInterner.values;
  }

  /** Views over the filled part of each column; valid until the next push. */
  get indicator(): Int32Array {
    return this.indicatorColumn.subarray(0, this.count);
  }
  get region(): Int32Array {
    return this.regionColumn.subarray(0, this.count);
  }
  get period(): Int32Array {
    return this.periodColumn.subarray(0, this.count);
  }
  get value(): Float64Array {
    return this.valueColumn.subarray(0, this.count);
  }
  get line(): Int32Array {
    return this.lineColumn.subarray(0, this.count);
  }

  indicatorOf(id: string): number {
    return this.indicatorInterner.of(id);
  }
  regionOf(code: string): number {
    return this.regionInterner.of(code);
  }
  periodOf(period: string): number {
    return this.periodInterner.of(period);
  }
  /** The number of an id already seen, without adding it: a seen id has passed its format check. */
  knownIndicator(id: string): number | undefined {
    return this.indicatorInterner.find(id);
  }
  knownRegion(code: string): number | undefined {
    return this.regionInterner.find(code);
  }
  knownPeriod(period: string): number | undefined {
    return this.periodInterner.find(period);
  }

  push(indicator: number, region: number, period: number, value: number, line: number, extras: ObservationExtras | null): void {
    if (this.count === this.capacity) this.grow();
    const row = this.count;
    this.indicatorColumn[row] = indicator;
    this.regionColumn[row] = region;
    this.periodColumn[row] = period;
    this.valueColumn[row] = value;
    this.lineColumn[row] = line;
    if (extras) this.extras.set(row, extras);
    this.count = row + 1;
  }

  pushRow(row: ObservationRow, line: number): void {
    const { status, note, source } = row;
    const extras = status === null && note === null && source === null ? null : { status, note, source };
    this.push(this.indicatorOf(row.indicator_id), this.regionOf(row.region_code), this.periodOf(row.period), row.value, line, extras);
  }

  /** One row as the object the zod schema would have produced (for messages and small callers). */
  row(index: number): ObservationRow {
    const extras = this.extras.get(index);
    return {
      indicator_id: this.indicatorIds[this.indicatorColumn[index] ?? 0] ?? '',
      region_code: this.regionCodes[this.regionColumn[index] ?? 0] ?? '',
      period: this.periods[this.periodColumn[index] ?? 0] ?? '',
      value: this.valueColumn[index] ?? Number.NaN,
      status: extras?.status ?? null,
      note: extras?.note ?? null,
      source: extras?.source ?? null,
    };
  }

  /**
   * The rows from `fromRow` on and the strings first seen since `known` were numbered,
   * copied out. The rows' extras are moved out rather than copied (this table then lacks
   * them) unless `keep` says the table goes on holding its rows.
   */
  takeBatch(fromRow: number, known: { indicators: number; regions: number; periods: number }, keep = false): ObservationBatch {
    const extras: [number, ObservationExtras][] = [];
    if (keep) {
      // Only this batch's rows: the table keeps every earlier row's extras too.
      for (let row = fromRow; row < this.count && this.extras.size > 0; row += 1) {
        const extra = this.extras.get(row);
        if (extra) extras.push([row - fromRow, extra]);
      }
    } else {
      for (const [row, extra] of this.extras) if (row >= fromRow) extras.push([row - fromRow, extra]);
      this.extras.clear();
    }
    return {
      newIndicators: this.indicatorIds.slice(known.indicators),
      newRegions: this.regionCodes.slice(known.regions),
      newPeriods: this.periods.slice(known.periods),
      indicator: this.indicatorColumn.slice(fromRow, this.count),
      region: this.regionColumn.slice(fromRow, this.count),
      period: this.periodColumn.slice(fromRow, this.count),
      value: this.valueColumn.slice(fromRow, this.count),
      line: this.lineColumn.slice(fromRow, this.count),
      extras,
    };
  }

  /** Forgets the rows (not the strings): a table that hands its rows on need not keep them. */
  protected forgetRows(): void {
    this.count = 0;
    this.extras.clear();
  }

  /** Appends a batch made by takeBatch on a table that has seen the same strings as this one. */
  appendBatch(batch: ObservationBatch): void {
    const intern = (interner: Interner, values: readonly string[]): void => {
      for (const value of values) {
        // A string numbered twice would shift every later number: the two sides no longer agree.
        if (interner.of(value) !== interner.values.length - 1) throw new Error(`observation batch repeats ${value}`);
      }
    };
    intern(this.indicatorInterner, batch.newIndicators);
    intern(this.regionInterner, batch.newRegions);
    intern(this.periodInterner, batch.newPeriods);
    const rows = batch.indicator.length;
    while (this.count + rows > this.capacity) this.grow();
    const at = this.count;
    this.indicatorColumn.set(batch.indicator, at);
    this.regionColumn.set(batch.region, at);
    this.periodColumn.set(batch.period, at);
    this.valueColumn.set(batch.value, at);
    this.lineColumn.set(batch.line, at);
    for (const [row, extra] of batch.extras) this.extras.set(at + row, extra);
    this.count = at + rows;
  }

  static fromRows(rows: Iterable<ObservationRow>): ObservationTable {
    const table = new ObservationTable();
    let line = 1;
    for (const row of rows) table.pushRow(row, (line += 1));
    return table;
  }

  private grow(): void {
    this.capacity *= 2;
    const grown = <T extends Int32Array | Float64Array>(column: T, make: (size: number) => T): T => {
      const next = make(this.capacity);
      next.set(column);
      return next;
    };
    this.indicatorColumn = grown(this.indicatorColumn, (n) => new Int32Array(n));
    this.regionColumn = grown(this.regionColumn, (n) => new Int32Array(n));
    this.periodColumn = grown(this.periodColumn, (n) => new Int32Array(n));
    this.valueColumn = grown(this.valueColumn, (n) => new Float64Array(n));
    this.lineColumn = grown(this.lineColumn, (n) => new Int32Array(n));
  }
}
