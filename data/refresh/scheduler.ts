/**
 * When the next refresh runs. After a success, every interval with ±10 % jitter, so a
 * regency's kiosks switched on together by one power cut do not all ask at once. After
 * a failure, sooner but backing off exponentially (1, 2, 4 … minutes, never beyond the
 * interval) with random spread; a service asking to wait (HTTP 429) is obeyed.
 */
export interface SchedulePolicy {
  intervalMs: number;
  firstRetryMs: number;
  /** Upper bound of the random delay before the first check after start. */
  startSpreadMs: number;
}

export function schedulePolicy(intervalMinutes: number): SchedulePolicy {
  return { intervalMs: intervalMinutes * 60_000, firstRetryMs: 60_000, startSpreadMs: 10_000 };
}

export function nextDelayMs(policy: SchedulePolicy, consecutiveFailures: number, random: () => number, retryAfterSeconds: number | null = null): number {
  if (consecutiveFailures === 0) return Math.round(policy.intervalMs * (0.9 + 0.2 * random()));
  const backoff = Math.min(policy.intervalMs, policy.firstRetryMs * 2 ** Math.min(consecutiveFailures - 1, 30));
  const spread = Math.round(backoff * (0.5 + 0.5 * random()));
  return Math.max(spread, (retryAfterSeconds ?? 0) * 1000);
}

export interface RunReport {
  failed: boolean;
  retryAfterSeconds: number | null;
}

/** Runs `run` at start and then by the policy, until stopped. Timers are unref'd: they never keep a process alive. */
export class RefreshScheduler {
  private timer: NodeJS.Timeout | null = null;
  private failures = 0;
  private stopped = true;
  nextAt: Date | null = null;

  constructor(
    private readonly policy: SchedulePolicy,
    private readonly run: () => Promise<RunReport>,
    private readonly random: () => number = Math.random,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(Math.round(this.policy.startSpreadMs * this.random()));
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.nextAt = null;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.nextAt = new Date(Date.now() + delayMs);
    this.timer = setTimeout(() => void this.tick(), delayMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    let report: RunReport;
    try {
      report = await this.run();
    } catch {
      report = { failed: true, retryAfterSeconds: null };
    }
    this.failures = report.failed ? this.failures + 1 : 0;
    this.schedule(nextDelayMs(this.policy, this.failures, this.random, report.retryAfterSeconds));
  }
}
