import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { CrashPolicy, fallbackPageHtml, fallbackPageUrl } from '../../electron/crash-policy.js';
import { superviseWindow } from '../../electron/supervise.js';

function policyAt(start = 0) {
  let now = start;
  const policy = new CrashPolicy({ limit: 3, windowMs: 60_000, retryAfterMs: 300_000, now: () => now });
  return { policy, advance: (ms: number) => (now += ms) };
}

describe('CrashPolicy', () => {
  it('reloads the first crashes and falls back on the third within a minute', () => {
    const { policy, advance } = policyAt();
    expect(policy.record('crashed')).toEqual({ action: 'reload', killFirst: false });
    advance(10_000);
    expect(policy.record('oom')).toEqual({ action: 'reload', killFirst: false });
    advance(10_000);
    expect(policy.record('crashed')).toEqual({ action: 'fallback', retryAfterMs: 300_000, killFirst: false });
    expect(policy.showingFallback).toBe(true);
    expect(policy.record('crashed')).toEqual({ action: 'ignore' });
  });

  it('forgets crashes older than the window', () => {
    const { policy, advance } = policyAt();
    policy.record('crashed');
    advance(30_000);
    policy.record('crashed');
    advance(30_001);
    expect(policy.record('crashed')).toEqual({ action: 'reload', killFirst: false });
    // Now the crashes at 30 s, 60 s and 89 s all fall within one minute.
    advance(28_999);
    expect(policy.record('crashed').action).toBe('fallback');
  });

  it('ignores clean exits', () => {
    const { policy } = policyAt();
    for (let i = 0; i < 5; i++) expect(policy.record('clean-exit')).toEqual({ action: 'ignore' });
  });

  it('kills a hung renderer first and does not count its own kill as another crash', () => {
    const { policy } = policyAt();
    expect(policy.record('unresponsive')).toEqual({ action: 'reload', killFirst: true });
    expect(policy.record('killed')).toEqual({ action: 'ignore' });
    expect(policy.record('killed')).toEqual({ action: 'reload', killFirst: false });
    expect(policy.record('unresponsive')).toEqual({ action: 'fallback', retryAfterMs: 300_000, killFirst: true });
  });

  it('starts from a clean slate after the retry', () => {
    const { policy } = policyAt();
    policy.record('crashed');
    policy.record('crashed');
    policy.record('crashed');
    policy.retry();
    expect(policy.showingFallback).toBe(false);
    expect(policy.record('crashed').action).toBe('reload');
  });
});

describe('fallback page', () => {
  it('is bilingual, calm, script-free and self-contained', () => {
    const html = fallbackPageHtml();
    expect(html).toContain('Anjungan sedang dimulai ulang');
    expect(html).toContain('Anjungan is restarting');
    expect(html).toContain('lang="id"');
    expect(html).not.toMatch(/<script|https?:\/\/|src=/i);
    expect(html).toContain("default-src 'none'");
    expect(decodeURIComponent(fallbackPageUrl().replace('data:text/html;charset=utf-8,', ''))).toBe(html);
  });
});

class FakeWindow extends EventEmitter {
  destroyed = false;
  loads: string[] = [];
  kills = 0;
  webContents = Object.assign(new EventEmitter(), {
    loadURL: (url: string) => {
      this.loads.push(url);
      return Promise.resolve();
    },
    forcefullyCrashRenderer: () => {
      this.kills += 1;
    },
  });
  isDestroyed() {
    return this.destroyed;
  }
}

describe('superviseWindow', () => {
  const page = 'app://anjungan/index.html';
  const gone = (window: FakeWindow, reason: string) => window.webContents.emit('render-process-gone', {}, { reason, exitCode: 1 });

  it('reloads a crashed page, then shows the fallback and retries later', () => {
    let now = 0;
    const timers: Array<{ callback: () => void; ms: number }> = [];
    const window = new FakeWindow();
    const log = vi.fn();
    superviseWindow(window, page, { log, policy: { now: () => now }, setTimer: (callback, ms) => timers.push({ callback, ms }) });

    gone(window, 'crashed');
    now += 1000;
    gone(window, 'crashed');
    expect(window.loads).toEqual([page, page]);
    now += 1000;
    gone(window, 'crashed');
    expect(window.loads[2]).toBe(fallbackPageUrl());
    expect(timers).toHaveLength(1);
    expect(timers[0]?.ms).toBe(5 * 60_000);

    gone(window, 'crashed');
    expect(window.loads).toHaveLength(3);
    timers[0]?.callback();
    expect(window.loads[3]).toBe(page);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('fallback'));
  });

  it('kills a hung renderer before reloading, once', () => {
    const window = new FakeWindow();
    superviseWindow(window, page, { log: () => {}, setTimer: () => {} });
    window.emit('unresponsive');
    gone(window, 'killed');
    expect(window.kills).toBe(1);
    expect(window.loads).toEqual([page]);
  });

  it('leaves a destroyed window alone', () => {
    const window = new FakeWindow();
    superviseWindow(window, page, { log: () => {}, setTimer: () => {} });
    window.destroyed = true;
    gone(window, 'crashed');
    expect(window.loads).toEqual([]);
  });
});
