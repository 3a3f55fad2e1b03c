import { RefreshFault } from './faults.js';

/** How long a kiosk waits for a data service; tests shorten them. */
export interface Timeouts {
  /** From the request to the response headers. */
  responseMs: number;
  /** Longest silence while a body streams. */
  idleMs: number;
  /** Whole transfer of one file, so a trickling body cannot hold a refresh forever. */
  totalMs: number;
}

export const defaultTimeouts: Timeouts = { responseMs: 30_000, idleMs: 30_000, totalMs: 30 * 60_000 };

/**
 * One request's timers on one AbortController. The reason is remembered, so the fault
 * names which limit was hit rather than a bare "aborted".
 */
export class TransferClock {
  readonly controller = new AbortController();
  private reason: string | null = null;
  private hasResponded = false;
  private idleTimer: NodeJS.Timeout | null = null;
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly what: string,
    private readonly timeouts: Timeouts,
  ) {
    this.timers.push(setTimeout(() => this.abort(`took longer than ${timeouts.totalMs / 1000} s in total`), timeouts.totalMs));
    this.timers.push(setTimeout(() => this.abort(`did not answer within ${timeouts.responseMs / 1000} s`), timeouts.responseMs));
  }

  private abort(reason: string): void {
    if (this.reason !== null) return;
    this.reason = reason;
    this.controller.abort(new Error(reason));
  }

  /** Called once the headers arrived: from now on silence, not the wait for an answer, is limited. */
  responded(): void {
    this.hasResponded = true;
    const responseTimer = this.timers.pop();
    if (responseTimer) clearTimeout(responseTimer);
    this.alive();
  }

  alive(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.abort(`stalled: no data for ${this.timeouts.idleMs / 1000} s`), this.timeouts.idleMs);
  }

  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    if (this.idleTimer) clearTimeout(this.idleTimer);
  }

  /** The fault for an error thrown while this clock ran. */
  fault(error: unknown): RefreshFault {
    if (error instanceof RefreshFault) return error;
    if (this.reason !== null) {
      return new RefreshFault('timeout', `The data service ${this.reason} while sending ${this.what}. The kiosk keeps its current data and tries again later.`);
    }
    return networkFault(error, this.what, this.hasResponded);
  }
}

/** fetch() wraps the socket error in `cause`; whether headers had arrived tells "unreachable" from "cut off". */
export function networkFault(error: unknown, what: string, hadResponse: boolean): RefreshFault {
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  const code = cause?.code ?? (error as { code?: string } | null)?.code;
  const detail = code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  if (!hadResponse) {
    return new RefreshFault('unreachable', `The data service could not be reached (${detail.slice(0, 120)}) for ${what}. The kiosk keeps its current data and tries again later.`);
  }
  return new RefreshFault('truncated', `The connection broke while receiving ${what} (${detail.slice(0, 120)}): the file arrived incomplete. The kiosk keeps its current data and tries again later.`);
}

/** The fault for a non-success HTTP status. */
export function statusFault(status: number, url: string, retryAfter: string | null): RefreshFault {
  if (status === 429) {
    const seconds = parseRetryAfter(retryAfter);
    return new RefreshFault('rate_limited', `The data service asked the kiosk to wait (HTTP 429${seconds !== null ? `, retry after ${seconds} s` : ''}). The kiosk keeps its current data.`, seconds);
  }
  if (status === 404) return new RefreshFault('http_status', `The data service has no such file: ${url} (HTTP 404). Check the data service address in the config. The kiosk keeps its current data.`);
  if (status >= 500) return new RefreshFault('http_status', `The data service has a problem (HTTP ${status}). The kiosk keeps its current data and tries again later.`);
  return new RefreshFault('http_status', `The data service refused the request for ${url} (HTTP ${status}). The kiosk keeps its current data.`);
}

function parseRetryAfter(value: string | null): number | null {
  if (value === null) return null;
  if (/^\d+$/.test(value.trim())) return Math.min(Number(value.trim()), 24 * 3600);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.min(Math.round((date - Date.now()) / 1000), 24 * 3600));
}
