import type { MessagePort } from 'node:worker_threads';
import { Worker } from 'node:worker_threads';
import type { OpenOptions } from '../store/open.js';
import { judgeDataset, readDatasetTables, type DatasetTables, type DatasetVerdict, type PlainErrors } from './dataset-rest.js';
import { ErrorCollector } from './errors.js';
import { ObservationTable, type ObservationBatch, type ObservationExtras } from './observation-table.js';
import { readObservationsFile } from './observations-file.js';
import { integrityProblems } from './check-snapshot.js';

/**
 * observations.csv parsed in a second thread while the builder's thread writes: parsing
 * and inserting each take about a second at national scale, and on a two-core kiosk they
 * can overlap. The parser sends its rows in batches of typed arrays (transferred, not
 * copied) and, at the end, its problems; the builder's table receives exactly the rows
 * and strings the parser's has, so every later check and message is the same as when
 * one thread reads the file (test/data/snapshot/observations-stream.test.ts).
 *
 * Given the dataset folder, the same thread then reads the other files and hands them
 * over, validates the dataset and computes its roll-ups (dataset-rest.ts) while the
 * builder is still inserting or writing those files, and later runs the integrity check of the built file beside the builder's
 * other checks: on two cores the serial part of a build is what remains.
 */

/** What the worker entry is started with to be a parser (data/refresh/worker.ts tells it from a build request by `role`). */
export interface ObservationsParseRequest {
  role: 'parse-observations';
  file: string;
  path: string;
  batchRows: number;
  /** Also read, validate and roll up the rest of the dataset in this folder once the observations are read. */
  datasetDir?: string;
}

type ParserMessage =
  | { type: 'batch'; batch: ObservationBatch }
  | { type: 'end'; errors: PlainErrors }
  | { type: 'tables'; tables: DatasetTables }
  | { type: 'verdict'; verdict: DatasetVerdict }
  | { type: 'integrity'; problems: string[] };

/** What the builder asks of the parser thread once the file is built. */
interface IntegrityRequest {
  type: 'integrity';
  file: string;
  open: OpenOptions;
}

export const isObservationsParseRequest = (data: unknown): data is ObservationsParseRequest =>
  typeof data === 'object' && data !== null && (data as { role?: unknown }).role === 'parse-observations';

/** A table that hands on its rows every `batchRows`; it keeps them too when the thread validates the dataset later. */
class BatchingTable extends ObservationTable {
  private known = { indicators: 0, regions: 0, periods: 0 };
  private sent = 0;

  constructor(
    private readonly batchRows: number,
    private readonly keep: boolean,
    private readonly send: (batch: ObservationBatch) => void,
  ) {
    super(keep ? 1 << 16 : batchRows);
  }

  override push(indicator: number, region: number, period: number, value: number, line: number, extras: ObservationExtras | null): void {
    super.push(indicator, region, period, value, line, extras);
    if (this.length - this.sent >= this.batchRows) this.flush();
  }

  flush(): void {
    const { indicators, regions, periods } = this.known;
    if (this.length === this.sent && this.indicatorIds.length === indicators && this.regionCodes.length === regions && this.periods.length === periods) return;
    const batch = this.takeBatch(this.sent, this.known, this.keep);
    if (this.keep) this.sent = this.length;
    else this.forgetRows();
    this.known = { indicators: this.indicatorIds.length, regions: this.regionCodes.length, periods: this.periods.length };
    this.send(batch);
  }
}

/** The parser thread's side: reads the file, posting batches as they fill, then its problems; then the rest, if asked. */
export function parseObservationsTo(port: MessagePort | { postMessage: MessagePort['postMessage']; on?: MessagePort['on'] }, request: ObservationsParseRequest): void {
  const errors = new ErrorCollector();
  const post = (message: ParserMessage, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);
  const postBatch = (batch: ObservationBatch): void => {
    // The columns are fresh copies (takeBatch): handed over whole rather than copied again.
    post({ type: 'batch', batch }, [batch.indicator, batch.region, batch.period, batch.value, batch.line].map((column) => column.buffer as ArrayBuffer));
  };
  const table = new BatchingTable(request.batchRows, request.datasetDir !== undefined, postBatch);
  readObservationsFile(request.file, request.path, errors, table);
  table.flush();
  post({ type: 'end', errors: errors.toPlain() });
  if (request.datasetDir === undefined) return;

  // Listening before the rest goes out: the builder asks for the check only after it has the rest.
  port.on?.('message', (message: IntegrityRequest) => {
    if (message.type === 'integrity') post({ type: 'integrity', problems: integrityProblems(message.file, message.open) });
  });
  // The files first, so the builder writes them while this thread validates.
  const tables = readDatasetTables(request.datasetDir, errors.toPlain());
  post({ type: 'tables', tables });
  const verdict = judgeDataset(request.datasetDir, tables, table);
  const { rollups } = verdict;
  post({ type: 'verdict', verdict }, rollups ? [rollups.indicator, rollups.period, rollups.region, rollups.value].map((column) => column.buffer as ArrayBuffer) : []);
}

/** How a parser thread is started ahead of need: it waits for its ObservationsParseRequest as a message. */
export const parserStandby = { role: 'parse-standby' } as const;

export const isParserStandby = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && (data as { role?: unknown }).role === parserStandby.role;

/** The builder's side: the table filling up batch by batch, and the parser's problems once it is done. */
export class ObservationStream {
  readonly table: ObservationTable;
  private readonly worker: Worker;
  private readonly queue: ParserMessage[] = [];
  private failure: Error | null = null;
  private wake: (() => void) | null = null;
  private ended: PlainErrors | null = null;

  /**
   * `expectedRows`: a guess from the file's size, so the table is not copied as it grows.
   * `standby`: a thread started with `parserStandby` before the build, which skips the
   * tenth of a second a thread takes to load the parser.
   */
  constructor(workerUrl: URL, request: Omit<ObservationsParseRequest, 'role'>, expectedRows?: number, standby?: Worker) {
    this.table = new ObservationTable(expectedRows);
    const parse: ObservationsParseRequest = { role: 'parse-observations', ...request };
    this.worker = standby ?? new Worker(workerUrl, { workerData: parse });
    if (standby) standby.postMessage(parse);
    const notify = (): void => {
      const wake = this.wake;
      this.wake = null;
      wake?.();
    };
    this.worker.on('message', (message: ParserMessage) => {
      this.queue.push(message);
      notify();
    });
    this.worker.on('error', (error) => {
      this.failure ??= error;
      notify();
    });
    this.worker.on('exit', (code) => {
      this.failure ??= new Error(`The observations parser stopped before it was done (exit code ${code}).`);
      notify();
    });
  }

  /** Appends the next batch to `table` and returns how many rows it had; null once the file is read (errors() then holds its problems). */
  async next(): Promise<number | null> {
    if (this.ended !== null) return null;
    const message = await this.take('batch', 'end');
    if (message.type === 'batch') {
      this.table.appendBatch(message.batch);
      return message.batch.indicator.length;
    }
    if (message.type === 'end') this.ended = message.errors;
    return null;
  }

  errors(): PlainErrors {
    if (this.ended === null) throw new Error('the observations are not read to the end yet');
    return this.ended;
  }

  /** The other files of the dataset (only when the stream was started with datasetDir), after the last batch. */
  async tables(): Promise<DatasetTables> {
    const message = await this.take('tables');
    if (message.type !== 'tables') throw new Error('unreachable: took a tables message');
    return message.tables;
  }

  /** The validator's verdict on the whole dataset, with its roll-ups, after the tables. */
  async verdict(): Promise<DatasetVerdict> {
    const message = await this.take('verdict');
    if (message.type !== 'verdict') throw new Error('unreachable: took a verdict message');
    return message.verdict;
  }

  /** The integrity check of a built, closed snapshot file, run in the parser's thread; resolves to its problems. */
  async integrity(file: string, open: OpenOptions = {}): Promise<string[]> {
    this.worker.postMessage({ type: 'integrity', file, open } satisfies IntegrityRequest);
    const message = await this.take('integrity');
    return message.type === 'integrity' ? message.problems : [];
  }

  /** Stops the parser; safe to call at any point, and needed when the build gives up early. */
  close(): void {
    void this.worker.terminate();
  }

  /** The next message, which must be of one of `types`: the parser sends them in a fixed order. */
  private async take(...types: ParserMessage['type'][]): Promise<ParserMessage> {
    for (;;) {
      const message = this.queue.shift();
      if (message) {
        if (!types.includes(message.type)) throw new Error(`the observations parser sent ${message.type}, expected ${types.join(' or ')}`);
        return message;
      }
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }
}
