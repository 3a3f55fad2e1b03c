import type Database from 'better-sqlite3';

/**
 * Wrong-PIN lockout, kept in the state database so a restart (or a pulled plug) does
 * not hand out five fresh tries. After `maxFailures` wrong PINs every attempt is refused
 * unchecked until the lockout ends; each further lockout lasts twice as long (5, 10,
 * 20 … minutes, at most a day), until a correct PIN resets the count.
 */
export const maxFailures = 5;
export const firstLockoutMs = 5 * 60_000;
export const longestLockoutMs = 24 * 60 * 60_000;

interface LockRow {
  failures: number;
  lockouts: number;
  locked_until: string | null;
}

export interface LockState {
  failures: number;
  lockouts: number;
  lockedUntil: Date | null;
}

export function lockoutDurationMs(lockouts: number): number {
  return Math.min(longestLockoutMs, firstLockoutMs * 2 ** Math.min(Math.max(lockouts - 1, 0), 20));
}

export class Lockout {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date,
  ) {}

  read(): LockState {
    const row = this.db.prepare('SELECT failures, lockouts, locked_until FROM admin_lock WHERE id = 1').get() as LockRow;
    return { failures: row.failures, lockouts: row.lockouts, lockedUntil: row.locked_until === null ? null : new Date(row.locked_until) };
  }

  /** The end of a lockout in force now, or null. */
  lockedUntil(): Date | null {
    const { lockedUntil } = this.read();
    return lockedUntil !== null && lockedUntil.getTime() > this.now().getTime() ? lockedUntil : null;
  }

  attemptsLeft(): number {
    if (this.lockedUntil()) return 0;
    const state = this.read();
    // A lockout that has run out gives a fresh round of tries (see fail()).
    return state.lockedUntil !== null ? maxFailures : Math.max(0, maxFailures - state.failures);
  }

  /** Records a wrong PIN; answers the lockout it started, if any. */
  fail(): Date | null {
    const state = this.read();
    // A lockout that has run out leaves a fresh round of tries, but its count stays (the next one is longer).
    const failures = (state.lockedUntil !== null ? 0 : state.failures) + 1;
    if (failures < maxFailures) {
      this.db.prepare('UPDATE admin_lock SET failures = ?, locked_until = NULL WHERE id = 1').run(failures);
      return null;
    }
    const lockouts = state.lockouts + 1;
    const until = new Date(this.now().getTime() + lockoutDurationMs(lockouts));
    this.db.prepare('UPDATE admin_lock SET failures = ?, lockouts = ?, locked_until = ? WHERE id = 1').run(failures, lockouts, until.toISOString());
    return until;
  }

  succeed(): void {
    this.db.prepare('UPDATE admin_lock SET failures = 0, lockouts = 0, locked_until = NULL WHERE id = 1').run();
  }
}
