import type { RenderProcessGoneDetails } from 'electron';
import { CrashPolicy, defaultCrashPolicy, fallbackPageUrl, type CrashCause, type CrashPolicyOptions } from './crash-policy.js';

/**
 * Wires one window to the crash policy: a dead or hung renderer is reloaded, a crash
 * loop shows the calm fallback page and retries later. Takes the window as a parameter
 * (and only the few members it uses) so tests drive it with a fake.
 */
export interface SupervisedWindow {
  isDestroyed(): boolean;
  on(event: 'unresponsive', listener: () => void): unknown;
  webContents: {
    on(event: 'render-process-gone', listener: (event: unknown, details: Pick<RenderProcessGoneDetails, 'reason' | 'exitCode'>) => void): unknown;
    loadURL(url: string): Promise<void>;
    forcefullyCrashRenderer(): void;
  };
}

export interface SuperviseOptions {
  log: (message: string) => void;
  policy?: Partial<CrashPolicyOptions>;
  setTimer?: (callback: () => void, ms: number) => unknown;
}

export function superviseWindow(window: SupervisedWindow, pageUrl: string, options: SuperviseOptions): CrashPolicy {
  const policy = new CrashPolicy({ ...defaultCrashPolicy, now: Date.now, ...options.policy });
  const setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms).unref());
  const load = (url: string) => {
    if (window.isDestroyed()) return;
    window.webContents.loadURL(url).catch((error: unknown) => options.log(`loading ${url.slice(0, 60)} failed: ${String(error)}`));
  };

  const onFailure = (cause: CrashCause, detail: string) => {
    if (window.isDestroyed()) return;
    const decision = policy.record(cause);
    if (decision.action === 'ignore') return;
    options.log(`renderer ${detail}; ${decision.action === 'reload' ? 'reloading' : 'showing the fallback page'}`);
    if (decision.killFirst) window.webContents.forcefullyCrashRenderer();
    if (decision.action === 'reload') return load(pageUrl);
    load(fallbackPageUrl());
    setTimer(() => {
      policy.retry();
      load(pageUrl);
    }, decision.retryAfterMs);
  };

  window.webContents.on('render-process-gone', (_event, details) => onFailure(details.reason, `gone (${details.reason}, exit ${details.exitCode})`));
  window.on('unresponsive', () => onFailure('unresponsive', 'unresponsive'));
  return policy;
}
