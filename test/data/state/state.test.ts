import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AuditLog, maxAuditRows } from '../../../data/admin/audit.js';
import { Lockout, lockoutDurationMs } from '../../../data/admin/lockout.js';
import { hashPin, newPinSchema, verifyPin } from '../../../data/admin/pin.js';
import { openStateDb, readSetting, stateFile, writeSetting } from '../../../data/state/open.js';
import { stateMigrations } from '../../../data/state/migrations.js';
import { testScryptCost } from '../wall/helpers.js';

const fresh = () => mkdtempSync(path.join(tmpdir(), 'anjungan-state-'));

describe('app-state database', () => {
  it('is migrated by number, in WAL with full sync, and reopens without migrating twice', () => {
    const dir = fresh();
    const db = openStateDb(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(stateMigrations.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((row) => row.name);
    expect(tables).toEqual(['admin_lock', 'admin_pin', 'app_setting', 'audit_log', 'playlist']);
    writeSetting(db, 'k', 'v');
    db.close();
    const again = openStateDb(dir);
    expect(readSetting(again, 'k')).toBe('v');
    writeSetting(again, 'k', null);
    expect(readSetting(again, 'k')).toBeNull();
    again.close();
  });

  it('refuses a state file from a newer app version rather than misreading it', () => {
    const dir = fresh();
    openStateDb(dir).close();
    const raw = new Database(stateFile(dir));
    raw.pragma(`user_version = ${stateMigrations.length + 1}`);
    raw.close();
    expect(() => openStateDb(dir)).toThrow(/newer than this app knows/);
  });

  it('keeps the audit log bounded', () => {
    const db = openStateDb(fresh());
    const audit = new AuditLog(db, () => new Date('2025-07-01T00:00:00Z'));
    const insert = db.prepare("INSERT INTO audit_log (at, actor, action, outcome) VALUES ('x', 'a', 'admin.login', 'refused')");
    db.transaction(() => {
      for (let index = 0; index < maxAuditRows + 500; index += 1) insert.run();
    })();
    audit.append('anonymous', 'admin.login', 'refused', 'wrong\nPIN');
    audit.prune();
    expect((db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n).toBe(maxAuditRows);
    expect(audit.tail(1)[0]).toMatchObject({ actor: 'anonymous', detail: 'wrong PIN', at: '2025-07-01T00:00:00.000Z' });
    db.close();
  });
});

describe('PIN hashing and lockout policy', () => {
  it('stores a salted scrypt hash that verifies only the right PIN', async () => {
    const a = await hashPin('604817', testScryptCost);
    const b = await hashPin('604817', testScryptCost);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(a).not.toContain('604817');
    expect(await verifyPin('604817', a)).toBe(true);
    expect(await verifyPin('604818', a)).toBe(false);
    expect(await verifyPin('604817', 'plain:604817')).toBe(false);
    expect(await verifyPin('604817', a.replace('$1024$', '$4194304$'))).toBe(false);
  });

  it('grows each lockout: 5, 10, 20 minutes … at most a day', () => {
    expect([1, 2, 3].map(lockoutDurationMs)).toEqual([300_000, 600_000, 1_200_000]);
    expect(lockoutDurationMs(50)).toBe(24 * 3600_000);
    const db = openStateDb(fresh());
    let now = 0;
    const lockout = new Lockout(db, () => new Date(now));
    for (let index = 0; index < 4; index += 1) expect(lockout.fail()).toBeNull();
    expect(lockout.fail()?.getTime()).toBe(300_000);
    expect(lockout.attemptsLeft()).toBe(0);
    now = 300_000;
    expect(lockout.attemptsLeft()).toBe(5);
    db.close();
  });

  it('new PINs: 6–12 digits, not trivial', () => {
    expect(newPinSchema.safeParse('604817').success).toBe(true);
    for (const weak of ['12345', '000000', '234567', '876543', '6048170000000', '60481a']) expect(newPinSchema.safeParse(weak).success).toBe(false);
  });
});
