import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureSetupCode } from '../../../data/admin/setup-code.js';
import type { PushEvent } from '../../../data/api/contract.js';
import type { AdminConfig, AdminSession, KioskSettings, RefreshRunResult, RefreshStatus } from '../../../data/api/types.js';
import type { AppContextOptions } from '../../../data/app/context.js';
import { EventBus } from '../../../data/app/events.js';
import { LiveRefresh, nextRunningConfig, pendingKeys } from '../../../data/app/live-config.js';
import { parseConfig } from '../../../data/config/config.js';
import type { RefreshService } from '../../../data/refresh/service.js';
import { startTestDataService, type TestDataService } from '../../fixtures/publication/data-service.js';
import { testTimeouts } from '../../fixtures/publication/kiosk.js';
import { createBundledSnapshot, createKeys, publishExample, tempDir } from '../../fixtures/publication/publication-fixture.js';
import { call, openTestApp, type TestApp } from '../wall/helpers.js';

/** Settings saved in the admin panel apply without a restart where they can (issue 6). */
const keys = createKeys();
let bundled: string;
let service: TestDataService;
let t: TestApp | null = null;

beforeAll(async () => {
  bundled = await createBundledSnapshot();
  const publication = tempDir('live-pub');
  await publishExample(publication, { keys, version: 2 });
  service = await startTestDataService(publication);
});
afterAll(() => service.close());
afterEach(() => {
  t?.cleanup();
  t = null;
});

async function openApp(env: NodeJS.ProcessEnv = {}, hooks: AppContextOptions['hooks'] = {}): Promise<{ app: TestApp; token: string; events: PushEvent[] }> {
  t = openTestApp({ bundledSnapshot: bundled, env, hooks, refresh: { autoStart: false, timeouts: testTimeouts } });
  const events: PushEvent[] = [];
  t.app.events.subscribe((event) => events.push(event));
  const session = await call<AdminSession>(t.app, 'admin.setup', { setupCode: ensureSetupCode(t.dataDir), pin: '482915' });
  return { app: t, token: session.token, events };
}

const save = (app: TestApp, token: string, config: object) => call<AdminConfig>(app.app, 'admin.config.save', { token, config });

describe('live settings', () => {
  it('idle timeout and default language apply at once and go out as a kiosk.settings event', async () => {
    const { app, token, events } = await openApp();
    expect(await call<KioskSettings>(app.app, 'kiosk.settings')).toEqual({ idleTimeoutSeconds: 90, defaultLanguage: 'id' });
    const answer = await save(app, token, { idleTimeoutSeconds: 45, defaultLanguage: 'en' });
    expect(answer).toMatchObject({ restartRequired: false, pendingRestart: [] });
    expect(answer.liveKeys).toEqual(expect.arrayContaining(['idleTimeoutSeconds', 'defaultLanguage', 'dataServiceUrl', 'publicKey', 'refreshIntervalMinutes']));
    expect(await call<KioskSettings>(app.app, 'kiosk.settings')).toEqual({ idleTimeoutSeconds: 45, defaultLanguage: 'en' });
    expect(events.filter((event) => event.name === 'kiosk.settings').at(-1)?.payload).toEqual({ idleTimeoutSeconds: 45, defaultLanguage: 'en' });
    // A late subscriber (a wall page that just loaded) starts from the new settings.
    expect(app.app.events.current().find((event) => event.name === 'kiosk.settings')?.payload).toEqual({ idleTimeoutSeconds: 45, defaultLanguage: 'en' });
  });

  it('a data service and key set in the panel are used by the very next refresh', async () => {
    const { app, token } = await openApp();
    expect((await call<RefreshStatus>(app.app, 'refresh.status')).configured).toBe(false);
    const before = app.app.refresh;
    await save(app, token, { dataServiceUrl: service.url, publicKey: keys.publicKey });
    expect(app.app.refresh).not.toBe(before);
    expect((await call<RefreshStatus>(app.app, 'refresh.status')).configured).toBe(true);
    const result = await call<RefreshRunResult>(app.app, 'admin.refreshNow', { token });
    expect(result.outcome, JSON.stringify(result.status.lastError)).toBe('installed');
    expect(app.app.store.meta.datasetVersion).toBe(2);
  });

  it('a new refresh interval reschedules the job; other saves leave the job alone', async () => {
    const { app, token } = await openApp();
    const first = app.app.refresh;
    await save(app, token, { idleTimeoutSeconds: 60 });
    expect(app.app.refresh).toBe(first);
    await save(app, token, { refreshIntervalMinutes: 15 });
    expect(app.app.refresh).not.toBe(first);
    expect(app.app.config.refreshIntervalMinutes).toBe(15);
  });

  it('the wall display choice waits for a restart, and says so per field', async () => {
    const { app, token } = await openApp();
    const answer = await save(app, token, { wallDisplay: 'secondary', idleTimeoutSeconds: 120 });
    expect(answer).toMatchObject({ restartRequired: true, pendingRestart: ['wallDisplay'] });
    expect(app.app.config.wallDisplay).toBeNull();
    expect((await call<AdminConfig>(app.app, 'admin.config.get', { token })).pendingRestart).toEqual(['wallDisplay']);
  });

  it('where the shell moves the wall window (Electron), the wall display choice applies at once', async () => {
    const moved: (string | null)[] = [];
    const { app, token } = await openApp({}, { applyWallDisplay: (display) => moved.push(display) });
    const answer = await save(app, token, { wallDisplay: 'HDMI-1' });
    expect(answer).toMatchObject({ restartRequired: false, pendingRestart: [] });
    expect(answer.liveKeys).toContain('wallDisplay');
    expect(app.app.config.wallDisplay).toBe('HDMI-1');
    // Saving something else does not move the wall again.
    await save(app, token, { idleTimeoutSeconds: 60 });
    await save(app, token, { wallDisplay: null });
    expect(moved).toEqual(['HDMI-1', null]);
  });

  it('an ANJUNGAN_* variable still wins over the panel, as at start, and the field says it is not in force', async () => {
    const { app, token } = await openApp({ ANJUNGAN_IDLE_TIMEOUT_SECONDS: '300' });
    const answer = await save(app, token, { idleTimeoutSeconds: 40 });
    expect(answer.pendingRestart).toEqual(['idleTimeoutSeconds']);
    expect((await call<KioskSettings>(app.app, 'kiosk.settings')).idleTimeoutSeconds).toBe(300);
  });

  it('a refused edit changes nothing running and sends nothing', async () => {
    const { app, token, events } = await openApp();
    const before = app.app.refresh;
    const count = events.length;
    const result = await app.app.request('admin.config.save', { token, config: { refreshIntervalMinutes: 1, idleTimeoutSeconds: 30 } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    expect(app.app.refresh).toBe(before);
    expect(app.app.config.idleTimeoutSeconds).toBe(90);
    expect(events.slice(count).filter((event) => event.name !== 'refresh.status')).toEqual([]);
  });
});

describe('LiveRefresh', () => {
  function fakeService(phase: { value: RefreshStatus['phase'] }) {
    const calls: string[] = [];
    const service = {
      status: () => ({ phase: phase.value }) as RefreshStatus,
      start: () => calls.push('start'),
      stop: () => calls.push('stop'),
    } as unknown as RefreshService;
    return { service, calls };
  }

  it('never cuts off a running refresh: the new job takes over once it is done', async () => {
    const events = new EventBus();
    const phase = { value: 'downloading' as RefreshStatus['phase'] };
    const made: { service: RefreshService; calls: string[] }[] = [];
    const live = new LiveRefresh(() => {
      const fake = fakeService(phase);
      made.push(fake);
      return fake.service;
    }, events, parseConfig({}, 'test'), true);
    live.start();
    live.reconfigure(parseConfig({ refreshIntervalMinutes: 15 }, 'test'));
    expect(made).toHaveLength(1);
    events.emit('refresh.status', { phase: 'building' } as RefreshStatus);
    await Promise.resolve();
    expect(made).toHaveLength(1);
    phase.value = 'idle';
    events.emit('refresh.status', { phase: 'idle' } as RefreshStatus);
    await Promise.resolve();
    expect(made).toHaveLength(2);
    expect(live.current).toBe(made[1]?.service);
    expect(made[0]?.calls).toEqual(['start', 'stop']);
    expect(made[1]?.calls).toEqual(['start']);
  });

  it('pure parts: only edited live keys move; pending lists what the running app does not use', () => {
    const running = parseConfig({ dataServiceUrl: 'https://a.example/' }, 'test');
    const saved = parseConfig({ idleTimeoutSeconds: 30, wallDisplay: 'HDMI-1' }, 'test');
    const next = nextRunningConfig(running, saved, ['idleTimeoutSeconds', 'wallDisplay'], {});
    expect(next).toMatchObject({ idleTimeoutSeconds: 30, wallDisplay: null, dataServiceUrl: 'https://a.example/' });
    expect(pendingKeys(next, saved)).toEqual(['dataServiceUrl', 'wallDisplay']);
  });
});
