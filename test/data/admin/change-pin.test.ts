import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { maxFailures } from '../../../data/admin/lockout.js';
import { ensureSetupCode } from '../../../data/admin/setup-code.js';
import type { AdminInfo, AdminSession } from '../../../data/api/types.js';
import { call, openTestApp, testScryptCost, type TestApp } from '../wall/helpers.js';

/** admin.changePin: the current PIN, a new one (scrypt), audited, and wrong tries count toward the lockout. */
let t: TestApp | null = null;
const pin = '604817';
const next = '271828';

async function open(): Promise<{ app: TestApp; token: string }> {
  t = openTestApp({ admin: { scryptCost: testScryptCost } });
  const session = await call<AdminSession>(t.app, 'admin.setup', { setupCode: ensureSetupCode(t.dataDir), pin });
  return { app: t, token: session.token };
}
afterEach(() => {
  t?.cleanup();
  t = null;
});

function storedHash(app: TestApp): string {
  const db = new Database(path.join(app.dataDir, 'state.sqlite'), { readonly: true });
  try {
    return (db.prepare('SELECT hash FROM admin_pin WHERE id = 1').get() as { hash: string }).hash;
  } finally {
    db.close();
  }
}

describe('changing the admin PIN', () => {
  it('stores the new PIN as a fresh scrypt hash, answers a new session and audits it without the PIN', async () => {
    const { app, token } = await open();
    const before = storedHash(app);
    const session = await call<AdminSession>(app.app, 'admin.changePin', { token, currentPin: pin, newPin: next });
    const after = storedHash(app);
    expect(after).toMatch(/^scrypt\$\d+\$\d+\$\d+\$/);
    expect(after).not.toBe(before);
    expect(session.token).not.toBe(token);
    const entry = app.app.admin.auditTail(1)[0];
    expect(entry).toMatchObject({ action: 'admin.changePin', outcome: 'ok', detail: expect.stringContaining('PIN changed') });
    expect(JSON.stringify(app.app.admin.auditTail(50))).not.toContain(next);
    expect(await app.app.request('admin.login', { pin: next })).toMatchObject({ ok: true });
  });

  it('counts a wrong current PIN toward the lockout, like a wrong login', async () => {
    const { app, token } = await open();
    for (let attempt = 1; attempt < maxFailures; attempt += 1) {
      const wrong = await app.app.request('admin.changePin', { token, currentPin: '999999', newPin: next });
      expect(wrong).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      expect((await call<AdminInfo>(app.app, 'admin.info')).attemptsLeft).toBe(maxFailures - attempt);
      expect(app.app.admin.auditTail(1)[0]).toMatchObject({ action: 'admin.changePin', outcome: 'refused' });
    }
    expect(await app.app.request('admin.changePin', { token, currentPin: '999999', newPin: next })).toMatchObject({ ok: false, error: { code: 'locked' } });
    // Locked: the right PIN is refused unchecked too, at the door and here, and the PIN is unchanged.
    expect(await app.app.request('admin.changePin', { token, currentPin: pin, newPin: next })).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await app.app.request('admin.login', { pin })).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect((await call<AdminInfo>(app.app, 'admin.info')).lockedUntil).not.toBeNull();
  });

  it.each([
    ['too easy', '123456'],
    ['too short', '2718'],
    ['not digits', '27182a'],
  ])('refuses a new PIN that is %s and changes nothing', async (_label, newPin) => {
    const { app, token } = await open();
    const before = storedHash(app);
    const result = await app.app.request('admin.changePin', { token, currentPin: pin, newPin });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_arguments', message: expect.stringContaining('newPin') } });
    expect(storedHash(app)).toBe(before);
    expect(app.app.admin.auditTail(1)[0]).toMatchObject({ action: 'admin.changePin', outcome: 'refused' });
    expect(await app.app.request('admin.status', { token })).toMatchObject({ ok: true });
  });

  it('needs a live session as well as the PIN', async () => {
    const { app, token } = await open();
    await call(app.app, 'admin.logout', { token });
    expect(await app.app.request('admin.changePin', { token, currentPin: pin, newPin: next })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await app.app.request('admin.login', { pin })).toMatchObject({ ok: true });
  });
});
