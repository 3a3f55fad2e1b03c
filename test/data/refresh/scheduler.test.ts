import { describe, expect, it } from 'vitest';
import { nextDelayMs, schedulePolicy } from '../../../data/refresh/scheduler.js';

const policy = schedulePolicy(60);
const minute = 60_000;

describe('refresh schedule', () => {
  it('after a success waits the interval with ±10 % jitter', () => {
    expect(nextDelayMs(policy, 0, () => 0)).toBe(54 * minute);
    expect(nextDelayMs(policy, 0, () => 0.5)).toBe(60 * minute);
    expect(nextDelayMs(policy, 0, () => 1)).toBe(66 * minute);
  });

  it('after failures backs off exponentially, spread at random, never beyond the interval', () => {
    const upper = (failures: number) => nextDelayMs(policy, failures, () => 1);
    expect([1, 2, 3, 4, 5, 6, 7, 12].map(upper)).toEqual([1, 2, 4, 8, 16, 32, 60, 60].map((m) => m * minute));
    expect(nextDelayMs(policy, 3, () => 0)).toBe(2 * minute);
  });

  it('obeys a service that asks the kiosk to wait (HTTP 429 Retry-After)', () => {
    expect(nextDelayMs(policy, 1, () => 1, 900)).toBe(15 * minute);
    expect(nextDelayMs(policy, 7, () => 1, 10)).toBe(60 * minute);
  });
});
