import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureSetupCode, setupCodeFile } from '../../../data/admin/setup-code.js';
import type { AdminInfo, AdminSession, AdminStatus } from '../../../data/api/types.js';
import { call, openTestApp, testScryptCost, type TestApp } from '../wall/helpers.js';

/** PIN setup, login, lockout (persisted), sessions and the audit trail, over app.request. */
let t: TestApp | null = null;
let now = Date.parse('2025-07-01T09:00:00.000Z');
const admin = { scryptCost: testScryptCost, now: () => new Date(now) };
const pin = '604817';

function open(): TestApp {
  now = Date.parse('2025-07-01T09:00:00.000Z');
  t = openTestApp({ admin });
  return t;
}
afterEach(() => {
  t?.cleanup();
  t = null;
});

async function setUp(app: TestApp): Promise<AdminSession> {
  return call<AdminSession>(app.app, 'admin.setup', { setupCode: ensureSetupCode(app.dataDir), pin });
}

const auditOf = (app: TestApp) => app.app.admin.auditTail(100);

describe('first PIN', () => {
  it('has no default PIN: a fresh kiosk asks for the one-time code from its data folder', async () => {
    const app = open();
    const info = await call<AdminInfo>(app.app, 'admin.info');
    expect(info).toMatchObject({ pinSet: false, setupCodeFile: setupCodeFile(app.dataDir), lockedUntil: null, attemptsLeft: 5, sessionIdleMinutes: 10 });
    expect(readFileSync(setupCodeFile(app.dataDir), 'utf8')).toMatch(/^\d{10}\n/);
    expect(await app.app.request('admin.login', { pin: '000000' })).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const wrong = await app.app.request('admin.setup', { setupCode: '0000000000', pin });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const session = await setUp(app);
    expect(session.token).toMatch(/^[0-9a-f]{64}$/);
    expect(session.sessionId).toMatch(/^[0-9a-f]{8}$/);
    expect(existsSync(setupCodeFile(app.dataDir))).toBe(false);
    expect((await call<AdminInfo>(app.app, 'admin.info')).pinSet).toBe(true);

    // Only once: afterwards the PIN can only be changed with the PIN.
    const again = await app.app.request('admin.setup', { setupCode: '1234567890', pin: '917263' });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await app.app.request('admin.login', { pin })).toMatchObject({ ok: true });
  });

  it.each([
    ['too short', '12345'],
    ['not digits', 'abcdef'],
    ['repeated', '111111'],
    ['ascending', '123456'],
    ['descending', '987654'],
    ['too long', '1234567890123'],
  ])('refuses a weak new PIN (%s)', async (_label, weak) => {
    const app = open();
    const result = await app.app.request('admin.setup', { setupCode: ensureSetupCode(app.dataDir), pin: weak });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    if (!result.ok) expect(result.error.message).toContain('pin');
    expect((await call<AdminInfo>(app.app, 'admin.info')).pinSet).toBe(false);
  });
});

describe('lockout', () => {
  it('locks after 5 wrong PINs, survives a restart, then lets the right PIN in and grows on repeat', async () => {
    let app = open();
    await setUp(app);
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      const result = await app.app.request('admin.login', { pin: '000001' });
      expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      if (!result.ok) expect(result.error.message).toContain(`${5 - attempt} ${5 - attempt === 1 ? 'try' : 'tries'} left`);
    }
    expect(await app.app.request('admin.login', { pin: '000001' })).toMatchObject({ ok: false, error: { code: 'locked' } });
    // Even the right PIN is refused unchecked while locked.
    expect(await app.app.request('admin.login', { pin })).toMatchObject({ ok: false, error: { code: 'locked' } });

    app = app.reopen({ admin });
    t = app;
    const info = await call<AdminInfo>(app.app, 'admin.info');
    expect(info.lockedUntil).toBe('2025-07-01T09:05:00.000Z');
    expect(info.attemptsLeft).toBe(0);
    expect(await app.app.request('admin.login', { pin })).toMatchObject({ ok: false, error: { code: 'locked' } });

    now += 5 * 60_000;
    // A second round of 5 wrong tries locks twice as long.
    for (let attempt = 1; attempt <= 5; attempt += 1) await app.app.request('admin.login', { pin: '000002' });
    expect((await call<AdminInfo>(app.app, 'admin.info')).lockedUntil).toBe('2025-07-01T09:15:00.000Z');
    now += 10 * 60_000;
    expect(await app.app.request('admin.login', { pin })).toMatchObject({ ok: true });
    expect(await call<AdminInfo>(app.app, 'admin.info')).toMatchObject({ lockedUntil: null, attemptsLeft: 5 });

    const audit = auditOf(app);
    expect(audit.filter((entry) => entry.action === 'admin.login' && entry.outcome === 'refused')).toHaveLength(12);
    expect(audit.at(-1)).toMatchObject({ action: 'admin.login', outcome: 'ok' });
    expect(JSON.stringify(audit)).not.toContain(pin);
    expect(JSON.stringify(audit)).not.toContain('000001');
  });

  it('parallel guesses cannot slip past the count', async () => {
    const app = open();
    await setUp(app);
    const results = await Promise.all(Array.from({ length: 12 }, (_, index) => app.app.request('admin.login', { pin: `90000${index % 10}` })));
    expect(results.filter((result) => !result.ok && result.error.code === 'unauthorized')).toHaveLength(4);
    expect(results.filter((result) => !result.ok && result.error.code === 'locked')).toHaveLength(8);
  });
});

describe('sessions', () => {
  it('every admin request needs a live token; idle sessions expire; logout ends one', async () => {
    const app = open();
    const { token } = await setUp(app);
    expect((await call<AdminStatus>(app.app, 'admin.status', { token })).session.expiresAt).toBe('2025-07-01T09:10:00.000Z');
    now += 9 * 60_000;
    expect(await app.app.request('admin.status', { token })).toMatchObject({ ok: true });
    now += 10 * 60_000;
    expect(await app.app.request('admin.status', { token })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });

    const fresh = await call<AdminSession>(app.app, 'admin.login', { pin });
    expect(await call(app.app, 'admin.logout', { token: fresh.token })).toEqual({ loggedOut: true });
    expect(await app.app.request('admin.refreshNow', { token: fresh.token })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await app.app.request('admin.status', {})).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
  });

  it('a restart logs everyone out: tokens live in memory only', async () => {
    let app = open();
    const { token } = await setUp(app);
    app = app.reopen({ admin });
    t = app;
    expect(await app.app.request('admin.status', { token })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const onDisk = readFileSync(path.join(app.dataDir, 'state.sqlite')).toString('latin1');
    expect(onDisk).not.toContain(token);
  });

  it('changing the PIN needs the current one, ends other sessions and answers a new one', async () => {
    const app = open();
    const first = await setUp(app);
    const other = await call<AdminSession>(app.app, 'admin.login', { pin });
    expect(await app.app.request('admin.changePin', { token: first.token, currentPin: '999999', newPin: '271828' })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const next = await call<AdminSession>(app.app, 'admin.changePin', { token: first.token, currentPin: pin, newPin: '271828' });
    expect(await app.app.request('admin.status', { token: other.token })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await app.app.request('admin.status', { token: next.token })).toMatchObject({ ok: true });
    expect(await app.app.request('admin.login', { pin })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await app.app.request('admin.login', { pin: '271828' })).toMatchObject({ ok: true });
    expect(JSON.stringify(auditOf(app))).not.toContain('271828');
  });
});
