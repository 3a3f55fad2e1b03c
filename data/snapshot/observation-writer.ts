import type Database from 'better-sqlite3';
import { binaryRanks, observationKeyOrder, orderByKey } from './observation-order.js';
import type { ObservationExtras, ObservationTable } from './observation-table.js';
import type { RollupTable } from './rollup.js';

/** Rows per INSERT: one statement for many rows saves most of the per-call cost of the binding; 100 measured fastest. */
const batchRows = 100;
/** How often the writer reports the rows it has inserted. */
export const progressEveryRows = 1 << 16;

/**
 * Inserts observation rows, 100 to a statement, reporting progress as it goes. Rows are
 * written in primary-key order, so the WITHOUT ROWID b-tree fills page by page instead
 * of splitting pages, in up to two steps:
 *
 * - streamFrom, while the file is still being read: the rows so far, as long as each
 *   has a greater key than the one before (a file exported from a database usually is in
 *   key order). The first row that is not ends streaming for good. Strictly greater keys
 *   also mean no streamed row repeats another, so nothing here can hit the primary key.
 * - finish, once the dataset is validated: every row not streamed and the roll-ups,
 *   merged into one key-ordered stream.
 */
export class ObservationWriter {
  /** Statements for is_rollup 0 and 1. */
  private readonly batch: [Database.Statement, Database.Statement];
  private readonly single: [Database.Statement, Database.Statement];
  private readonly withExtras: Database.Statement;
  /** Rows waiting for a full batch, one buffer per is_rollup value (a roll-up between inputs does not cut their batch short). */
  private readonly params: [(string | number)[], (string | number)[]] = [new Array<string | number>(batchRows * 4), new Array<string | number>(batchRows * 4)];
  private readonly pending = [0, 0];
  private written = 0;
  /** Input rows 0 … streamed-1 are written. */
  private streamed = 0;
  private streaming = true;
  private lastIndicator = '';
  private lastPeriod = '';
  private lastRegion = '';

  constructor(
    db: Database.Database,
    private readonly onRows: (rows: number) => void,
  ) {
    // Most rows have no status, note or source, and is_rollup is the same for a whole run
    // of rows: binding four values instead of eight saves a good part of the insert time.
    // The rare row with extras goes in on its own, out of batch order, which the b-tree absorbs.
    const head = 'INSERT INTO observations (indicator_id, region_code, period, value, is_rollup) VALUES ';
    const rows = (count: number, isRollup: 0 | 1) => Array<string>(count).fill(`(?, ?, ?, ?, ${isRollup})`).join(', ');
    this.batch = [db.prepare(head + rows(batchRows, 0)), db.prepare(head + rows(batchRows, 1))];
    this.single = [db.prepare(head + rows(1, 0)), db.prepare(head + rows(1, 1))];
    this.withExtras = db.prepare(`INSERT INTO observations (indicator_id, region_code, period, value, status, note, is_rollup, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  }

  private emit(indicatorId: string, regionCode: string, periodText: string, figure: number, extras: ObservationExtras | undefined, isRollup: 0 | 1): void {
    if (extras) {
      this.withExtras.run(indicatorId, regionCode, periodText, figure, extras.status, extras.note, isRollup, extras.source);
    } else {
      const params = this.params[isRollup];
      const pending = this.pending[isRollup]!;
      let at = pending * 4;
      params[at++] = indicatorId;
      params[at++] = regionCode;
      params[at++] = periodText;
      params[at] = figure;
      if (pending + 1 === batchRows) {
        this.batch[isRollup].run(params);
        this.pending[isRollup] = 0;
      } else {
        this.pending[isRollup] = pending + 1;
      }
    }
    this.written += 1;
    if ((this.written & (progressEveryRows - 1)) === 0) this.onRows(this.written);
  }

  /** Writes the rows pending in params one by one (fewer than a batch). */
  private flush(): void {
    for (const isRollup of [0, 1] as const) {
      const params = this.params[isRollup];
      for (let at = 0; at < this.pending[isRollup]! * 4; at += 4) this.single[isRollup].run(params.slice(at, at + 4));
      this.pending[isRollup] = 0;
    }
  }

  /** Writes the table's rows not yet written, while they come in strictly increasing key order. */
  streamFrom(table: ObservationTable): void {
    if (!this.streaming) return;
    const { indicatorIds, regionCodes, periods, indicator, period, region, value, extras } = table;
    let { lastIndicator, lastPeriod, lastRegion } = this;
    let row = this.streamed;
    for (; row < table.length; row += 1) {
      const indicatorId = indicatorIds[indicator[row]!]!;
      const periodText = periods[period[row]!]!;
      const regionCode = regionCodes[region[row]!]!;
      // Ids, codes and periods are ASCII (their patterns say so), where JavaScript's order is SQLite's BINARY one.
      const greater = row === 0 || (indicatorId === lastIndicator
        ? periodText === lastPeriod ? regionCode > lastRegion : periodText > lastPeriod
        : indicatorId > lastIndicator);
      if (!greater) {
        this.streaming = false;
        break;
      }
      this.emit(indicatorId, regionCode, periodText, value[row]!, extras.size > 0 ? extras.get(row) : undefined, 0);
      lastIndicator = indicatorId;
      lastPeriod = periodText;
      lastRegion = regionCode;
    }
    this.streamed = row;
    this.lastIndicator = lastIndicator;
    this.lastPeriod = lastPeriod;
    this.lastRegion = lastRegion;
  }

  /**
   * Writes the rows streamFrom did not, and the roll-ups, merged into one key-ordered
   * stream. The inputs' order comes from the validator (observationKeyOrder); the
   * roll-ups, fewer, are sorted here; both are compared on one key built from the binary
   * ranks of ids, periods and all region codes. Returns the rows written in all.
   */
  finish(table: ObservationTable, rollups: RollupTable, allRegionCodes: readonly string[]): number {
    const regionIndex = new Map(allRegionCodes.map((code, index) => [code, index]));
    const regionRank = binaryRanks(allRegionCodes);
    const indicatorRank = binaryRanks(table.indicatorIds);
    const periodRank = binaryRanks(table.periods);
    const periods = table.periods.length;
    const regions = allRegionCodes.length;
    const inputRegionRank = Int32Array.from(table.regionCodes, (code) => regionRank[regionIndex.get(code) ?? 0] ?? 0);
    const { indicator, period, region, value, indicatorIds, regionCodes: inputCodes, periods: periodTexts, extras } = table;
    const inputKey = (row: number): number => (indicatorRank[indicator[row]!]! * periods + periodRank[period[row]!]!) * regions + inputRegionRank[region[row]!]!;
    const rollupKeys = new Float64Array(rollups.length);
    for (let row = 0; row < rollups.length; row += 1) {
      rollupKeys[row] = (indicatorRank[rollups.indicator[row]!]! * periods + periodRank[rollups.period[row]!]!) * regions + regionRank[rollups.region[row]!]!;
    }
    const rollupOrder = orderByKey(rollupKeys, table.indicatorIds.length * periods * regions);
    const streamed = this.streamed;
    const inputOrder = streamed === table.length ? null : observationKeyOrder(table).order;

    let next = 0;
    let nextKey = rollups.length > 0 ? rollupKeys[rollupOrder[0]!]! : Number.POSITIVE_INFINITY;
    const emitRollupsBefore = (key: number): void => {
      while (nextKey < key) {
        const row = rollupOrder[next]!;
        this.emit(indicatorIds[rollups.indicator[row]!]!, allRegionCodes[rollups.region[row]!]!, periodTexts[rollups.period[row]!]!, rollups.value[row]!, undefined, 1);
        next += 1;
        nextKey = next < rollups.length ? rollupKeys[rollupOrder[next]!]! : Number.POSITIVE_INFINITY;
      }
    };
    // All of the file streamed: its rows are in, and the roll-ups go in on their own.
    if (streamed < table.length) {
      for (let i = 0; i < table.length; i += 1) {
        const row = inputOrder ? inputOrder[i]! : i;
        if (row < streamed) continue;
        if (nextKey !== Number.POSITIVE_INFINITY) emitRollupsBefore(inputKey(row));
        this.emit(indicatorIds[indicator[row]!]!, inputCodes[region[row]!]!, periodTexts[period[row]!]!, value[row]!, extras.size > 0 ? extras.get(row) : undefined, 0);
      }
    }
    emitRollupsBefore(Number.POSITIVE_INFINITY);
    this.flush();
    this.onRows(this.written);
    return this.written;
  }
}
