import type Database from 'better-sqlite3';
import type { AuditEntry } from '../api/types.js';
import { oneLine } from '../ops/log.js';

/**
 * The audit log: every admin action, allowed or refused, failed logins included. It
 * records who (the admin session's public id), what, when and the outcome, never a PIN
 * or a token. The table keeps its newest rows only, so a kiosk that is hammered with
 * wrong PINs for a year still has a small state file.
 */
export const maxAuditRows = 20_000;

export type AuditOutcome = AuditEntry['outcome'];

export class AuditLog {
  private appends = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date,
  ) {}

  append(actor: string, action: string, outcome: AuditOutcome, detail = ''): void {
    this.db
      .prepare('INSERT INTO audit_log (at, actor, action, outcome, detail) VALUES (?, ?, ?, ?, ?)')
      .run(this.now().toISOString(), oneLine(actor).slice(0, 40), oneLine(action).slice(0, 60), outcome, oneLine(detail).slice(0, 500));
    this.appends += 1;
    if (this.appends % 100 === 0) this.prune();
  }

  /** Newest last, like a log tail. */
  tail(count: number): AuditEntry[] {
    const rows = this.db.prepare('SELECT id, at, actor, action, outcome, detail FROM audit_log ORDER BY id DESC LIMIT ?').all(count) as AuditEntry[];
    return rows.reverse();
  }

  prune(): void {
    this.db.prepare('DELETE FROM audit_log WHERE id <= (SELECT max(id) FROM audit_log) - ?').run(maxAuditRows);
  }
}
