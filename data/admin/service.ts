import type Database from 'better-sqlite3';
import { ApiFailure } from '../api/dispatch.js';
import type { AdminInfo, AdminSession, AuditEntry } from '../api/types.js';
import { AuditLog, type AuditOutcome } from './audit.js';
import { Lockout } from './lockout.js';
import { defaultScryptCost, hashPin, verifyPin, type ScryptCost } from './pin.js';
import { defaultSessionPolicy, SessionTable, type AdminSessionRecord, type SessionPolicy } from './sessions.js';
import { ensureSetupCode, removeSetupCode, setupCodeFile, setupCodeMatches } from './setup-code.js';

/**
 * Admin authentication and the audit trail: the PIN (scrypt hash), the persisted
 * lockout, in-memory sessions, and `perform`, through which every admin action runs so
 * that none can skip the session check or the audit line. What each action does lives
 * in data/api/handlers/admin.ts; this class only decides who may, and writes it down.
 */
export interface AdminAuthOptions {
  db: Database.Database;
  dataDir: string;
  now?: () => Date;
  sessions?: Partial<SessionPolicy>;
  /** Tests lower the scrypt cost; production keeps the default. */
  scryptCost?: ScryptCost;
}

export const anonymous = 'anonymous';

export class AdminAuth {
  readonly audit: AuditLog;
  private readonly lockout: Lockout;
  private readonly sessions: SessionTable;
  private readonly now: () => Date;
  /** PIN checks run one after another, so parallel guesses cannot slip past the lockout count. */
  private pinQueue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: AdminAuthOptions) {
    this.now = options.now ?? (() => new Date());
    this.audit = new AuditLog(options.db, this.now);
    this.lockout = new Lockout(options.db, this.now);
    this.sessions = new SessionTable(() => this.now().getTime(), { ...defaultSessionPolicy, ...options.sessions });
    if (!this.pinHash()) ensureSetupCode(options.dataDir);
  }

  private pinHash(): string | null {
    const row = this.options.db.prepare('SELECT hash FROM admin_pin WHERE id = 1').get() as { hash: string } | undefined;
    return row?.hash ?? null;
  }

  info(): AdminInfo {
    const pinSet = this.pinHash() !== null;
    return {
      pinSet,
      setupCodeFile: pinSet ? null : setupCodeFile(this.options.dataDir),
      lockedUntil: this.lockout.lockedUntil()?.toISOString() ?? null,
      attemptsLeft: this.lockout.attemptsLeft(),
      sessionIdleMinutes: Math.round(this.sessions.policy.idleMs / 60_000),
    };
  }

  private serialised<T>(task: () => Promise<T>): Promise<T> {
    const next = this.pinQueue.then(task, task);
    this.pinQueue = next.catch(() => {});
    return next;
  }

  /** Refuses while locked out; otherwise runs the check and counts a wrong answer. */
  private guarded(actor: string, action: string, check: () => Promise<boolean>): Promise<void> {
    return this.serialised(async () => {
      const lockedUntil = this.lockout.lockedUntil();
      if (lockedUntil) {
        this.audit.append(actor, action, 'refused', `locked out until ${lockedUntil.toISOString()}`);
        throw new ApiFailure('locked', `Too many wrong tries: try again after ${lockedUntil.toISOString()}.`);
      }
      if (await check()) {
        this.lockout.succeed();
        return;
      }
      const lockedNow = this.lockout.fail();
      const left = this.lockout.attemptsLeft();
      this.audit.append(actor, action, 'refused', lockedNow ? `wrong; locked out until ${lockedNow.toISOString()}` : `wrong; ${left} tries left`);
      if (lockedNow) throw new ApiFailure('locked', `Wrong. Too many wrong tries: try again after ${lockedNow.toISOString()}.`);
      throw new ApiFailure('unauthorized', `Wrong PIN or code. ${left} ${left === 1 ? 'try' : 'tries'} left before a lockout.`);
    });
  }

  private openSession(): AdminSession {
    const { token, record } = this.sessions.create();
    return { token, sessionId: record.sessionId, expiresAt: this.sessions.expiresAt(record).toISOString() };
  }

  /** The first PIN, allowed only while none is set and only with the one-time code from the data folder. */
  async setup(setupCode: string, pin: string): Promise<AdminSession> {
    if (this.pinHash() !== null) {
      this.audit.append(anonymous, 'admin.setup', 'refused', 'a PIN is already set');
      throw new ApiFailure('conflict', 'An admin PIN is already set; log in with it (or change it with admin.changePin).');
    }
    await this.guarded(anonymous, 'admin.setup', () => Promise.resolve(setupCodeMatches(this.options.dataDir, setupCode)));
    const hash = await hashPin(pin, this.options.scryptCost ?? defaultScryptCost);
    const inserted = this.options.db.prepare('INSERT OR IGNORE INTO admin_pin (id, hash, set_at) VALUES (1, ?, ?)').run(hash, this.now().toISOString());
    if (inserted.changes === 0) throw new ApiFailure('conflict', 'An admin PIN was set a moment ago; log in with it.');
    removeSetupCode(this.options.dataDir);
    const session = this.openSession();
    this.audit.append(session.sessionId, 'admin.setup', 'ok', 'admin PIN set');
    return session;
  }

  async login(pin: string): Promise<AdminSession> {
    const hash = this.pinHash();
    if (hash === null) {
      this.audit.append(anonymous, 'admin.login', 'refused', 'no PIN is set yet');
      throw new ApiFailure('conflict', 'No admin PIN is set on this kiosk yet: set one with the setup code (admin.setup).');
    }
    await this.guarded(anonymous, 'admin.login', () => verifyPin(pin, hash));
    const session = this.openSession();
    this.audit.append(session.sessionId, 'admin.login', 'ok');
    return session;
  }

  logout(token: string): void {
    const record = this.sessions.touch(token);
    this.sessions.end(token);
    this.audit.append(record?.sessionId ?? anonymous, 'admin.logout', record ? 'ok' : 'refused', record ? '' : 'no such session');
  }

  /** The live session of a token, or an audited refusal. */
  authorize(token: string, action: string): AdminSessionRecord {
    const record = this.sessions.touch(token);
    if (!record) {
      this.audit.append(anonymous, action, 'refused', 'no valid admin session');
      throw new ApiFailure('unauthorized', 'This needs the admin PIN: the admin session is missing or has expired. Log in again.');
    }
    return record;
  }

  sessionView(record: AdminSessionRecord): { sessionId: string; expiresAt: string } {
    return { sessionId: record.sessionId, expiresAt: this.sessions.expiresAt(record).toISOString() };
  }

  /**
   * Runs one admin action behind the session check and writes its outcome to the audit
   * log. `detail` names what was asked (a playlist id, a folder), never a secret.
   */
  async perform<T>(token: string, action: string, detail: string, act: (session: AdminSessionRecord) => T | Promise<T>, judge?: (result: T) => AuditOutcome): Promise<T> {
    const session = this.authorize(token, action);
    try {
      const result = await act(session);
      this.audit.append(session.sessionId, action, judge?.(result) ?? 'ok', detail);
      return result;
    } catch (error) {
      const outcome = error instanceof ApiFailure && error.code !== 'internal' ? 'refused' : 'failed';
      this.audit.append(session.sessionId, action, outcome, `${detail}${detail ? ': ' : ''}${error instanceof Error ? error.message : String(error)}`);
      throw error;
    }
  }

  /** Needs the current PIN as well as a session; ends every session and answers a fresh one. */
  async changePin(token: string, currentPin: string, newPin: string): Promise<AdminSession> {
    const session = this.authorize(token, 'admin.changePin');
    const hash = this.pinHash();
    if (hash === null) throw new ApiFailure('conflict', 'No admin PIN is set yet.');
    await this.guarded(session.sessionId, 'admin.changePin', () => verifyPin(currentPin, hash));
    const next = await hashPin(newPin, this.options.scryptCost ?? defaultScryptCost);
    this.options.db.prepare('UPDATE admin_pin SET hash = ?, set_at = ? WHERE id = 1').run(next, this.now().toISOString());
    // Every other session was opened with the old PIN; only the one that changed it stays.
    this.sessions.endAll();
    const kept = this.openSession();
    this.audit.append(session.sessionId, 'admin.changePin', 'ok', `PIN changed; sessions ended; new session ${kept.sessionId}`);
    return kept;
  }

  /** A refused request that never reached a handler (its arguments were invalid). */
  refusedInput(action: string, message: string): void {
    this.audit.append(anonymous, action, 'refused', message);
  }

  auditTail(count: number): AuditEntry[] {
    return this.audit.tail(count);
  }
}
