import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSetupCode } from '../../../data/admin/setup-code.js';
import type { AdminConfig, AdminSession, AdminStatus, ExitKioskResult, RefreshRunResult, RollbackResult } from '../../../data/api/types.js';
import { parseConfig } from '../../../data/config/config.js';
import { startTestDataService, type TestDataService } from '../../fixtures/publication/data-service.js';
import { testTimeouts } from '../../fixtures/publication/kiosk.js';
import { createBundledSnapshot, createKeys, publishExample, tempDir } from '../../fixtures/publication/publication-fixture.js';
import { call, openTestApp, type TestApp } from '../wall/helpers.js';

/**
 * The admin panel's flows in web mode, on a kiosk pointed at a real test data service:
 * refresh now, roll back, import a publication from a folder, edit the config, exit.
 */
const keys = createKeys();
const otherKeys = createKeys();
let bundled: string;
let service: TestDataService;
let pubV2: string;
let usbV3: string;
let forgedUsb: string;
let t: TestApp;
let token: string;
const exits: { relaunch: boolean }[] = [];

beforeAll(async () => {
  bundled = await createBundledSnapshot();
  pubV2 = tempDir('admin-pub-v2');
  await publishExample(pubV2, { keys, version: 2 });
  usbV3 = tempDir('admin-usb-v3');
  await publishExample(usbV3, { keys, version: 3 });
  forgedUsb = tempDir('admin-usb-forged');
  await publishExample(forgedUsb, { keys: otherKeys, version: 4 });
  service = await startTestDataService(pubV2);
  t = openTestApp({
    bundledSnapshot: bundled,
    config: parseConfig({ dataServiceUrl: service.url, publicKey: keys.publicKey }, 'test'),
    refresh: { autoStart: false, timeouts: testTimeouts },
    hooks: { exitKiosk: (options) => exits.push(options) },
  });
  token = (await call<AdminSession>(t.app, 'admin.setup', { setupCode: ensureSetupCode(t.dataDir), pin: '315926' })).token;
});

afterAll(async () => {
  await service.close();
  t.cleanup();
});

const lastAudit = () => t.app.admin.auditTail(1)[0];

describe('admin flows', () => {
  it('refresh now installs the published version and is audited', async () => {
    const result = await call<RefreshRunResult>(t.app, 'admin.refreshNow', { token });
    expect(result.outcome, JSON.stringify(result.status.lastError)).toBe('installed');
    expect(t.app.store.meta.datasetVersion).toBe(2);
    expect(lastAudit()).toMatchObject({ action: 'admin.refreshNow', outcome: 'ok' });
    const status = await call<AdminStatus>(t.app, 'admin.status', { token });
    expect(status.snapshot.datasetVersion).toBe(2);
    expect(status.snapshots.map((snapshot) => [snapshot.version, snapshot.active])).toEqual([[2, true], [1, false]]);
    expect(status.snapshots[0]?.dataAsOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(status.refresh.rollbackVersion).toBe(1);
    expect(status.audit.some((entry) => entry.action === 'admin.refreshNow')).toBe(true);
    expect(status.logFile).toBe(path.join(t.dataDir, 'logs', 'anjungan.log'));
    expect(status.logLines.join('\n')).toContain('Anjungan data layer started');
  });

  it('imports a publication from a folder with the same verification, and refuses a forged one', async () => {
    const forged = await call<RefreshRunResult>(t.app, 'admin.importFolder', { token, path: forgedUsb });
    expect(forged.outcome).toBe('failed');
    expect(forged.status.lastError?.fault).toBe('bad_signature');
    expect(t.app.store.meta.datasetVersion).toBe(2);
    expect(lastAudit()).toMatchObject({ action: 'admin.importFolder', outcome: 'failed', detail: forgedUsb });

    // A file altered on the stick after publishing fails its hash, like a download would.
    const tampered = tempDir('admin-usb-tampered');
    cpSync(usbV3, tampered, { recursive: true });
    const manifest = JSON.parse(readFileSync(path.join(tampered, 'manifest.json'), 'utf8')) as { files: { name: string; path: string }[] };
    const points = manifest.files.find((file) => file.name === 'points.csv');
    const target = path.join(tampered, ...(points?.path ?? '').split('/'));
    const bytes = readFileSync(target);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
    writeFileSync(target, bytes);
    expect((await call<RefreshRunResult>(t.app, 'admin.importFolder', { token, path: tampered })).status.lastError?.fault).toBe('hash_mismatch');

    const unsigned = tempDir('admin-usb-unsigned');
    cpSync(usbV3, unsigned, { recursive: true });
    rmSync(path.join(unsigned, 'manifest.sig'));
    expect((await call<RefreshRunResult>(t.app, 'admin.importFolder', { token, path: unsigned })).status.lastError?.fault).toBe('missing_signature');

    const imported = await call<RefreshRunResult>(t.app, 'admin.importFolder', { token, path: usbV3 });
    expect(imported.outcome, JSON.stringify(imported.status.lastError)).toBe('installed');
    expect(t.app.store.meta.datasetVersion).toBe(3);
    expect(lastAudit()).toMatchObject({ action: 'admin.importFolder', outcome: 'ok' });
    // The same folder again is "up to date", as the same publication online would be.
    expect((await call<RefreshRunResult>(t.app, 'admin.importFolder', { token, path: usbV3 })).outcome).toBe('up_to_date');
  });

  it('rolls back to the previous good snapshot', async () => {
    const result = await call<RollbackResult>(t.app, 'admin.rollback', { token, fromVersion: 3 });
    expect(result).toMatchObject({ fromVersion: 3, toVersion: 2 });
    expect(lastAudit()).toMatchObject({ action: 'admin.rollback', outcome: 'ok', detail: 'from version 3' });
    const again = await t.app.request('admin.rollback', { token, fromVersion: 3 });
    expect(again).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(lastAudit()).toMatchObject({ action: 'admin.rollback', outcome: 'refused' });
  });

  it('reads and saves the config, validated before writing, atomically', async () => {
    const before = await call<AdminConfig>(t.app, 'admin.config.get', { token });
    // The file is what the next start reads; this kiosk runs with a service set by its test environment, so they differ.
    expect(before).toMatchObject({ config: { refreshIntervalMinutes: 60, defaultLanguage: 'id', wallDisplay: null, dataServiceUrl: null }, restartRequired: true });
    writeFileSync(before.file, JSON.stringify({ web: { port: 5190 }, idleTimeoutSeconds: 120 }));
    const saved = await call<AdminConfig>(t.app, 'admin.config.save', { token, config: { refreshIntervalMinutes: 30, wallDisplay: 'secondary', defaultLanguage: 'en' } });
    expect(saved).toMatchObject({ config: { refreshIntervalMinutes: 30, wallDisplay: 'secondary', defaultLanguage: 'en', idleTimeoutSeconds: 120 }, restartRequired: true });
    // Fields the panel does not edit are kept as they were.
    expect(JSON.parse(readFileSync(before.file, 'utf8'))).toEqual({ web: { port: 5190 }, idleTimeoutSeconds: 120, refreshIntervalMinutes: 30, wallDisplay: 'secondary', defaultLanguage: 'en' });
    expect(lastAudit()).toMatchObject({ action: 'admin.config.save', outcome: 'ok', detail: 'fields: refreshIntervalMinutes, defaultLanguage, wallDisplay' });
  });

  it.each([
    [{ refreshIntervalMinutes: 1 }, 'refreshIntervalMinutes'],
    [{ refreshIntervalMinutes: '30' }, 'refreshIntervalMinutes'],
    [{ idleTimeoutSeconds: 5000 }, 'idleTimeoutSeconds'],
    [{ defaultLanguage: 'fr' }, 'defaultLanguage'],
    [{ dataServiceUrl: 'file:///etc/passwd' }, 'dataServiceUrl'],
    [{ dataServiceUrl: 'not a url' }, 'dataServiceUrl'],
    [{ publicKey: 'k'.repeat(500) }, 'publicKey'],
    [{ wallDisplay: 42 }, 'wallDisplay'],
    [{ web: { lan: true } }, 'web'],
    [{ adminPin: '1234' }, 'adminPin'],
    [{}, 'name at least one setting'],
  ])('refuses a bad config edit %# with a message naming the field, and leaves the file unchanged', async (edit, field) => {
    const file = path.join(t.dataDir, 'config.json');
    const before = readFileSync(file, 'utf8');
    const result = await t.app.request('admin.config.save', { token, config: edit });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_arguments');
      expect(result.error.message).toContain(field);
    }
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(lastAudit()).toMatchObject({ action: 'admin.config.save', outcome: 'refused' });
  });

  it('exits the kiosk only through an admin session, via the shell’s hook', async () => {
    expect(await t.app.request('admin.exitKiosk', { token: 'f'.repeat(64) })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await t.app.request('admin.exitKiosk', {})).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(exits).toEqual([]);
    expect(await call<ExitKioskResult>(t.app, 'admin.exitKiosk', { token, relaunch: true })).toEqual({ exiting: true, message: 'Anjungan restarts now.' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(exits).toEqual([{ relaunch: true }]);
    expect(lastAudit()).toMatchObject({ action: 'admin.exitKiosk', outcome: 'ok', detail: 'relaunch' });
  });
});

describe('bad admin input', () => {
  const good = () => token;
  const cases: [name: string, args: (token: string) => unknown, code: string, says: string][] = [
    ['admin.setup', () => ({ setupCode: '12', pin: '482915' }), 'invalid_arguments', 'setupCode'],
    ['admin.setup', () => ({ pin: '482915' }), 'invalid_arguments', 'setupCode'],
    ['admin.login', () => ({}), 'invalid_arguments', 'pin'],
    ['admin.login', () => ({ pin: 123456 }), 'invalid_arguments', 'pin'],
    ['admin.login', () => ({ pin: 'x'.repeat(65) }), 'invalid_arguments', 'pin'],
    ['admin.logout', () => ({ token: 'nope' }), 'invalid_arguments', 'token'],
    ['admin.status', (tk) => ({ token: tk, logLines: 10_000 }), 'invalid_arguments', 'logLines'],
    ['admin.status', () => ({ token: 'A'.repeat(64) }), 'invalid_arguments', 'token'],
    ['admin.refreshNow', (tk) => ({ token: tk, force: true }), 'invalid_arguments', 'force'],
    ['admin.refreshNow', () => ({}), 'invalid_arguments', 'token'],
    ['admin.rollback', (tk) => ({ token: tk, fromVersion: -1 }), 'invalid_arguments', 'fromVersion'],
    ['admin.rollback', (tk) => ({ token: tk, fromVersion: 1 }), 'unavailable', 'not 1'],
    ['admin.importFolder', (tk) => ({ token: tk, path: 'relative/folder' }), 'invalid_arguments', 'absolute path'],
    ['admin.importFolder', (tk) => ({ token: tk, path: '/tmp/a\0b' }), 'invalid_arguments', 'NUL'],
    ['admin.importFolder', (tk) => ({ token: tk, path: '' }), 'invalid_arguments', 'path'],
    ['admin.importFolder', (tk) => ({ token: tk, path: '/definitely/not/here/anjungan' }), 'invalid_arguments', 'does not exist'],
    ['admin.importFolder', (tk) => ({ token: tk, path: path.join(t.dataDir, 'config.json') }), 'invalid_arguments', 'not a folder'],
    ['admin.importFolder', (tk) => ({ token: tk, path: t.dataDir }), 'ok', ''],
    ['admin.config.get', (tk) => ({ token: tk, all: true }), 'invalid_arguments', 'all'],
    ['admin.config.save', (tk) => ({ token: tk }), 'invalid_arguments', 'config'],
    ['admin.config.save', (tk) => ({ token: tk, config: 'dataServiceUrl=x' }), 'invalid_arguments', 'config'],
    ['admin.exitKiosk', (tk) => ({ token: tk, relaunch: 'yes' }), 'invalid_arguments', 'relaunch'],
    ['admin.changePin', (tk) => ({ token: tk, currentPin: '315926', newPin: '000000' }), 'invalid_arguments', 'newPin'],
    ['admin.changePin', (tk) => ({ token: tk, newPin: '582047' }), 'invalid_arguments', 'currentPin'],
    ['playlist.save', (tk) => ({ token: tk, name: 'x', slides: 'all' }), 'invalid_arguments', 'slides'],
    ['playlist.delete', (tk) => ({ token: tk, id: 0 }), 'invalid_arguments', 'id'],
    ['playlist.delete', (tk) => ({ token: tk, id: 4242 }), 'not_found', 'no playlist 4242'],
    ['playlist.run', (tk) => ({ token: tk, id: 'one' }), 'invalid_arguments', 'id'],
    ['playlist.stop', () => ({}), 'invalid_arguments', 'token'],
  ];

  it.each(cases)('%s %# is refused clearly, changes nothing and is audited', async (name, args, code, says) => {
    const version = t.app.store.meta.datasetVersion;
    const config = readFileSync(path.join(t.dataDir, 'config.json'), 'utf8');
    const result = await t.app.request(name, args(good()));
    if (code === 'ok') {
      // The data folder itself holds no manifest: a clear failed run, not a crash.
      expect(result).toMatchObject({ ok: true, value: { outcome: 'failed', status: { lastError: { fault: 'unreachable' } } } });
      return;
    }
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toContain(says);
    }
    expect(t.app.store.meta.datasetVersion).toBe(version);
    expect(readFileSync(path.join(t.dataDir, 'config.json'), 'utf8')).toBe(config);
    expect(lastAudit()).toMatchObject({ action: name, outcome: 'refused' });
  });
});
