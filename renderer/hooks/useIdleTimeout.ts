import { useCallback, useEffect, useReducer, useRef } from 'react';
import { msSinceActivity } from './activity';

/**
 * The idle timeout as a pure state machine, so its rules are tested with a made-up
 * clock: untouched for `timeoutMs` → a warning with a countdown of `countdownMs` →
 * expired. Once the warning shows, a touch no longer cancels it by itself: only
 * "continue" does, so the tap that dismisses the overlay cannot fall through to the
 * screen beneath it.
 */
export type IdleState = { phase: 'active' } | { phase: 'warning'; deadline: number } | { phase: 'expired' };

export type IdleEvent =
  | { type: 'tick'; now: number; idleMs: number }
  | { type: 'continue' }
  | { type: 'reset' };

export interface IdleTimings {
  timeoutMs: number;
  countdownMs: number;
}

export const activeState: IdleState = { phase: 'active' };

export function idleStep(state: IdleState, event: IdleEvent, { timeoutMs, countdownMs }: IdleTimings): IdleState {
  switch (event.type) {
    case 'continue':
    case 'reset':
      return state.phase === 'active' ? state : activeState;
    case 'tick':
      if (state.phase === 'active') return event.idleMs >= timeoutMs ? { phase: 'warning', deadline: event.now + countdownMs } : state;
      if (state.phase === 'warning') return event.now >= state.deadline ? { phase: 'expired' } : state;
      return state;
  }
}

/** Whole seconds left on the countdown, as shown: 10, 9, … 1. */
export function secondsLeft(state: IdleState, now: number): number {
  return state.phase === 'warning' ? Math.max(0, Math.ceil((state.deadline - now) / 1000)) : 0;
}

/** When the machine should be asked again, in ms from now. */
export function nextCheckIn(state: IdleState, now: number, idleMs: number, { timeoutMs }: IdleTimings): number | null {
  if (state.phase === 'active') return Math.max(0, timeoutMs - idleMs);
  if (state.phase === 'warning') {
    // Wake at the next whole second of the countdown, so the number changes on time.
    const remaining = state.deadline - now;
    return remaining <= 0 ? 0 : remaining % 1000 || 1000;
  }
  return null;
}

export interface IdleTimeout {
  state: IdleState;
  secondsLeft: number;
  continueSession: () => void;
}

/**
 * Runs the machine on the real clock while `enabled` (not during the attract loop).
 * One timer at a time, set for the moment something can change; activity is read
 * from the shared tracker when it fires, so touches cost nothing here.
 */
export function useIdleTimeout(enabled: boolean, timings: IdleTimings, onExpire: () => void): IdleTimeout {
  const { timeoutMs, countdownMs } = timings;
  const [state, dispatch] = useReducer(
    (current: IdleState, event: IdleEvent) => idleStep(current, event, { timeoutMs, countdownMs }),
    activeState,
  );
  // Bumped by every timer firing: a tick that leaves the state as it was must still re-arm.
  const [tick, bump] = useReducer((count: number) => count + 1, 0);
  const latestExpire = useRef(onExpire);
  useEffect(() => {
    latestExpire.current = onExpire;
  });

  useEffect(() => {
    if (!enabled) {
      dispatch({ type: 'reset' });
      return;
    }
    if (state.phase === 'expired') {
      latestExpire.current();
      return;
    }
    const now = Date.now();
    const delay = nextCheckIn(state, now, msSinceActivity(now), { timeoutMs, countdownMs });
    if (delay === null) return;
    const timer = setTimeout(() => {
      const at = Date.now();
      dispatch({ type: 'tick', now: at, idleMs: msSinceActivity(at) });
      bump();
    }, delay);
    return () => clearTimeout(timer);
  }, [enabled, state, tick, timeoutMs, countdownMs]);

  const continueSession = useCallback(() => dispatch({ type: 'continue' }), []);
  return { state, secondsLeft: secondsLeft(state, Date.now()), continueSession };
}
