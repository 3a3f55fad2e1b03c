/**
 * What to do when a window's renderer dies or hangs. One crash is usually a fluke
 * (memory pressure, a GPU hiccup): reload. Several in a short time is a loop (a bad
 * snapshot, a broken bundle): stop reloading, show a calm static page, and try again
 * later, so the lounge never sees a flickering crash cycle.
 */
export interface CrashPolicyOptions {
  /** Crashes within `windowMs` that turn reloading into the fallback page. */
  limit: number;
  windowMs: number;
  /** How long the fallback page stays before one more attempt. */
  retryAfterMs: number;
  now: () => number;
}

export type CrashCause = 'clean-exit' | 'abnormal-exit' | 'killed' | 'crashed' | 'oom' | 'launch-failed' | 'integrity-failure' | 'memory-eviction' | 'unresponsive';

export type CrashDecision =
  | { action: 'ignore' }
  /** Hung renderers must be killed first: a reload request never reaches a frozen page. */
  | { action: 'reload'; killFirst: boolean }
  | { action: 'fallback'; retryAfterMs: number; killFirst: boolean };

export const defaultCrashPolicy: Omit<CrashPolicyOptions, 'now'> = { limit: 3, windowMs: 60_000, retryAfterMs: 5 * 60_000 };

export class CrashPolicy {
  private recent: number[] = [];
  private inFallback = false;
  /** We killed a hung renderer ourselves; its 'killed' exit is already accounted for. */
  private killPending = false;

  constructor(private readonly options: CrashPolicyOptions) {}

  get showingFallback(): boolean {
    return this.inFallback;
  }

  record(cause: CrashCause): CrashDecision {
    // A clean exit is the window closing or the app quitting, not a failure.
    if (cause === 'clean-exit' || this.inFallback) return { action: 'ignore' };
    if (cause === 'killed' && this.killPending) {
      this.killPending = false;
      return { action: 'ignore' };
    }
    const now = this.options.now();
    this.recent = this.recent.filter((at) => now - at < this.options.windowMs);
    this.recent.push(now);
    const killFirst = cause === 'unresponsive';
    this.killPending = killFirst;
    if (this.recent.length >= this.options.limit) {
      this.inFallback = true;
      return { action: 'fallback', retryAfterMs: this.options.retryAfterMs, killFirst };
    }
    return { action: 'reload', killFirst };
  }

  /** The retry timer fired: the next attempt starts from a clean slate. */
  retry(): void {
    this.inFallback = false;
    this.killPending = false;
    this.recent = [];
  }
}

/**
 * The calm page: bilingual, no script, no external resource, its own CSP, readable
 * from across the lounge. A data: URL so it works even if the renderer bundle is what broke.
 */
export function fallbackPageHtml(): string {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Anjungan</title>
<style>
  html, body { margin: 0; height: 100%; }
  body { display: flex; align-items: center; justify-content: center; background: #0B6E4F; color: #F4F6F5;
         font-family: system-ui, "Noto Sans", "DejaVu Sans", sans-serif; text-align: center; cursor: none; user-select: none; }
  main { max-width: 40em; padding: 2em; }
  h1 { font-size: 3.2rem; font-weight: 600; margin: 0 0 0.4em; }
  p { font-size: 1.8rem; margin: 0; opacity: 0.85; }
  .en { margin-top: 2.4em; }
  .en h1 { font-size: 2.4rem; } .en p { font-size: 1.4rem; }
</style>
</head>
<body>
<main>
  <div lang="id"><h1>Anjungan sedang dimulai ulang</h1><p>Mohon tunggu sebentar. Silakan hubungi petugas bila layar ini tetap tampil.</p></div>
  <div lang="en" class="en"><h1>Anjungan is restarting</h1><p>Please wait a moment. If this screen stays, please ask a member of staff.</p></div>
</main>
</body>
</html>`;
}

export function fallbackPageUrl(): string {
  return `data:text/html;charset=utf-8,${encodeURIComponent(fallbackPageHtml())}`;
}
