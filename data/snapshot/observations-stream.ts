import type { MessagePort } from 'node:worker_threads';
import { Worker } from 'node:worker_threads';
import { ErrorCollector } from './errors.js';
import { ObservationTable, type ObservationBatch, type ObservationExtras } from './observation-table.js';
import { readObservationsFile } from './observations-file.js';

/**
 * observations.csv parsed in a second thread while the builder's thread writes: parsing
 * and inserting each take about a second at national scale, and on a two-core kiosk they
 * can overlap. The parser sends its rows in batches of typed arrays (transferred, not
 * copied) and, at the end, its problems; the builder's table receives exactly the rows
 * and strings the parser's has, so every later check and message is the same as when
 * one thread reads the file (test/data/snapshot/observations-stream.test.ts).
 */

/** What the worker entry is started with to be a parser (data/refresh/worker.ts tells it from a build request by `role`). */
export interface ObservationsParseRequest {
  role: 'parse-observations';
  file: string;
  path: string;
  batchRows: number;
}

type PlainErrors = ReturnType<ErrorCollector['toPlain']>;

type ParserMessage = { type: 'batch'; batch: ObservationBatch } | { type: 'end'; errors: PlainErrors };

export const isObservationsParseRequest = (data: unknown): data is ObservationsParseRequest =>
  typeof data === 'object' && data !== null && (data as { role?: unknown }).role === 'parse-observations';

/** A table that hands on its rows every `batchRows`, keeping only the strings it has numbered. */
class BatchingTable extends ObservationTable {
  private known = { indicators: 0, regions: 0, periods: 0 };

  constructor(
    private readonly batchRows: number,
    private readonly send: (batch: ObservationBatch) => void,
  ) {
    super(batchRows);
  }

  override push(indicator: number, region: number, period: number, value: number, line: number, extras: ObservationExtras | null): void {
    super.push(indicator, region, period, value, line, extras);
    if (this.length >= this.batchRows) this.flush();
  }

  flush(): void {
    const { indicators, regions, periods } = this.known;
    if (this.length === 0 && this.indicatorIds.length === indicators && this.regionCodes.length === regions && this.periods.length === periods) return;
    const batch = this.takeBatch(0, this.known);
    this.forgetRows();
    this.known = { indicators: this.indicatorIds.length, regions: this.regionCodes.length, periods: this.periods.length };
    this.send(batch);
  }
}

/** The parser thread's side: reads the file, posting batches as they fill, then its problems. */
export function parseObservationsTo(port: MessagePort | { postMessage: MessagePort['postMessage'] }, request: ObservationsParseRequest): void {
  const errors = new ErrorCollector();
  const post = (message: ParserMessage): void => {
    // The columns are fresh copies (takeBatch): handed over whole rather than copied again.
    const { indicator, region, period, value, line } = message.type === 'batch' ? message.batch : {};
    const transfer = [indicator, region, period, value, line].flatMap((column) => (column ? [column.buffer as ArrayBuffer] : []));
    port.postMessage(message, transfer);
  };
  const table = new BatchingTable(request.batchRows, (batch) => post({ type: 'batch', batch }));
  readObservationsFile(request.file, request.path, errors, table);
  table.flush();
  post({ type: 'end', errors: errors.toPlain() });
}

/** The builder's side: the table filling up batch by batch, and the parser's problems once it is done. */
export class ObservationStream {
  readonly table: ObservationTable;
  private readonly worker: Worker;
  private readonly queue: ParserMessage[] = [];
  private failure: Error | null = null;
  private wake: (() => void) | null = null;
  private ended: PlainErrors | null = null;

  /** `expectedRows`: a guess from the file's size, so the table is not copied as it grows. */
  constructor(workerUrl: URL, request: Omit<ObservationsParseRequest, 'role'>, expectedRows?: number) {
    this.table = new ObservationTable(expectedRows);
    this.worker = new Worker(workerUrl, { workerData: { role: 'parse-observations', ...request } satisfies ObservationsParseRequest });
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
      if (this.ended === null && !this.queue.some((message) => message.type === 'end')) {
        this.failure ??= new Error(`The observations parser stopped before the end of the file (exit code ${code}).`);
      }
      notify();
    });
  }

  /** Appends the next batch to `table` and returns how many rows it had; null once the file is read (errors() then holds its problems). */
  async next(): Promise<number | null> {
    for (;;) {
      if (this.ended !== null) return null;
      const message = this.queue.shift();
      if (message?.type === 'batch') {
        this.table.appendBatch(message.batch);
        return message.batch.indicator.length;
      }
      if (message?.type === 'end') {
        this.ended = message.errors;
        return null;
      }
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  errors(): PlainErrors {
    if (this.ended === null) throw new Error('the observations are not read to the end yet');
    return this.ended;
  }

  /** Stops the parser; safe to call at any point, and needed when the build gives up early. */
  close(): void {
    void this.worker.terminate();
  }
}
