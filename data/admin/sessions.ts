import { createHash, randomBytes } from 'node:crypto';

/**
 * Admin sessions, in memory only: a restart logs everyone out, and no token ever
 * reaches the disk. The token is 32 random bytes (hex); the map is keyed by its SHA-256,
 * so looking one up compares digests, not the secret itself. A session ends after
 * `idleMs` without an admin request, and in any case after `maxAgeMs`.
 */
export interface SessionPolicy {
  idleMs: number;
  maxAgeMs: number;
  maxSessions: number;
}

export const defaultSessionPolicy: SessionPolicy = { idleMs: 10 * 60_000, maxAgeMs: 8 * 60 * 60_000, maxSessions: 8 };

export interface AdminSessionRecord {
  sessionId: string;
  startedAt: number;
  lastUsedAt: number;
}

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

export class SessionTable {
  private readonly sessions = new Map<string, AdminSessionRecord>();

  constructor(
    private readonly now: () => number,
    readonly policy: SessionPolicy = defaultSessionPolicy,
  ) {}

  create(): { token: string; record: AdminSessionRecord } {
    this.sweep();
    // A kiosk has one admin at a time; a handful of parallel sessions is plenty, the oldest goes first.
    while (this.sessions.size >= this.policy.maxSessions) {
      const oldest = this.sessions.keys().next().value;
      if (oldest === undefined) break;
      this.sessions.delete(oldest);
    }
    const token = randomBytes(32).toString('hex');
    const at = this.now();
    const record = { sessionId: randomBytes(4).toString('hex'), startedAt: at, lastUsedAt: at };
    this.sessions.set(digest(token), record);
    return { token, record };
  }

  /** The live session of a token, its idle clock restarted; null when unknown or expired. */
  touch(token: string): AdminSessionRecord | null {
    const key = digest(token);
    const record = this.sessions.get(key);
    if (!record) return null;
    const at = this.now();
    if (this.expired(record, at)) {
      this.sessions.delete(key);
      return null;
    }
    record.lastUsedAt = at;
    return record;
  }

  expiresAt(record: AdminSessionRecord): Date {
    return new Date(Math.min(record.lastUsedAt + this.policy.idleMs, record.startedAt + this.policy.maxAgeMs));
  }

  end(token: string): boolean {
    return this.sessions.delete(digest(token));
  }

  endAll(): void {
    this.sessions.clear();
  }

  private expired(record: AdminSessionRecord, at: number): boolean {
    return at - record.lastUsedAt >= this.policy.idleMs || at - record.startedAt >= this.policy.maxAgeMs;
  }

  private sweep(): void {
    const at = this.now();
    for (const [key, record] of this.sessions) if (this.expired(record, at)) this.sessions.delete(key);
  }
}
