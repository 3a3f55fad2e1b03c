import { describe, expect, it } from 'vitest';
import { activeState, idleStep, nextCheckIn, secondsLeft, type IdleState } from '../../renderer/hooks/useIdleTimeout';

const timings = { timeoutMs: 90_000, countdownMs: 10_000 };
const tick = (state: IdleState, now: number, lastTouch: number) => idleStep(state, { type: 'tick', now, idleMs: now - lastTouch }, timings);

describe('idle timeout state machine (made-up clock)', () => {
  it('stays active until the timeout, then warns with a 10 s countdown', () => {
    expect(tick(activeState, 89_999, 0)).toBe(activeState);
    const warning = tick(activeState, 90_000, 0);
    expect(warning).toEqual({ phase: 'warning', deadline: 100_000 });
    expect(secondsLeft(warning, 90_000)).toBe(10);
    expect(secondsLeft(warning, 90_001)).toBe(10);
    expect(secondsLeft(warning, 91_000)).toBe(9);
    expect(secondsLeft(warning, 99_999)).toBe(1);
  });

  it('expires at the deadline, not before', () => {
    const warning = tick(activeState, 90_000, 0);
    expect(tick(warning, 99_999, 0)).toBe(warning);
    expect(tick(warning, 100_000, 0)).toEqual({ phase: 'expired' });
  });

  it('a touch during the warning does not cancel it by itself; "continue" does', () => {
    const warning = tick(activeState, 90_000, 0);
    // The touch that taps the overlay resets the activity clock: still warning until continue.
    expect(tick(warning, 95_000, 95_000)).toBe(warning);
    expect(idleStep(warning, { type: 'continue' }, timings)).toEqual(activeState);
  });

  it('a touch before the timeout starts the wait again', () => {
    expect(tick(activeState, 120_000, 60_000)).toBe(activeState);
    expect(tick(activeState, 150_000, 60_000).phase).toBe('warning');
  });

  it('reset leaves any phase for active; expired stays expired on ticks', () => {
    expect(idleStep({ phase: 'expired' }, { type: 'reset' }, timings)).toEqual(activeState);
    expect(tick({ phase: 'expired' }, 1e9, 0)).toEqual({ phase: 'expired' });
  });

  it('schedules the next check for the moment something can change', () => {
    expect(nextCheckIn(activeState, 10_000, 10_000, timings)).toBe(80_000);
    expect(nextCheckIn(activeState, 0, 95_000, timings)).toBe(0);
    expect(nextCheckIn({ phase: 'warning', deadline: 100_000 }, 90_000, 0, timings)).toBe(1_000);
    expect(nextCheckIn({ phase: 'warning', deadline: 100_000 }, 90_400, 0, timings)).toBe(600);
    expect(nextCheckIn({ phase: 'expired' }, 0, 0, timings)).toBeNull();
  });
});
