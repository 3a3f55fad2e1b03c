import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PushEvent } from '../../../data/api/contract.js';
import type { AdminSession, Playlist, WallState, WallView } from '../../../data/api/types.js';
import { ensureSetupCode } from '../../../data/admin/setup-code.js';
import { call, openTestApp, type TestApp } from './helpers.js';

/** The wall over the contract (app.request), as both transports reach it. */
let t: TestApp;
let views: (WallView | null)[];

beforeEach(() => {
  t = openTestApp();
  views = [];
  t.app.events.subscribe((event: PushEvent) => {
    if (event.name === 'wall.view') views.push(event.payload);
  });
});
afterEach(() => t.cleanup());

async function adminToken(app = t.app, dataDir = t.dataDir): Promise<string> {
  const session = await call<AdminSession>(app, 'admin.setup', { setupCode: ensureSetupCode(dataDir), pin: '482915' });
  return session.token;
}

const slides = [
  { view: { screen: 'home', title: 'Beranda' }, durationSeconds: 10 },
  { view: { screen: 'indicator', params: { indicatorId: 'penduduk', parentCode: '35.10' }, title: 'Penduduk per kecamatan' }, durationSeconds: 20 },
];

describe('wall over the contract', () => {
  it('send, follow, release', async () => {
    expect(await call<WallState>(t.app, 'wall.state')).toEqual({ mode: 'idle', view: null, playlist: null });
    const shown = await call<WallState>(t.app, 'wall.show', { view: { screen: 'region', params: { code: '35.10.08' }, title: 'Genteng' } });
    expect(shown).toMatchObject({ mode: 'presenting', view: { screen: 'region', title: 'Genteng', from: 'presenter' } });
    await call(t.app, 'wall.show', { view: { screen: 'compare', params: { regionCodes: ['35.10.07', '35.10.08'], indicatorIds: ['penduduk'] }, title: 'Gambiran dan Genteng' } });
    expect(views.map((view) => view?.screen)).toEqual(['region', 'compare']);
    expect(views[1]?.params).toEqual({ regionCodes: ['35.10.07', '35.10.08'], indicatorIds: ['penduduk'] });
    expect(await call<WallState>(t.app, 'wall.release')).toEqual({ mode: 'idle', view: null, playlist: null });
    expect(views.at(-1)).toBeNull();
    // A late subscriber (a wall page that just loaded) starts from the current view.
    expect(t.app.events.current().find((event) => event.name === 'wall.view')?.payload).toBeNull();
  });

  it.each([
    [{ view: { screen: 'admin', params: {}, title: 'x' } }, 'screen must be one of attract, home, map, region, theme, indicator, compare, search'],
    [{ view: { screen: 'region', params: {}, title: 'x' } }, 'view.params.code'],
    [{ view: { screen: 'region', params: { code: '35.10.08', extra: 1 }, title: 'x' } }, 'extra'],
    [{ view: { screen: 'home', params: {}, title: '' } }, 'view.title'],
    [{ view: { screen: 'compare', params: { regionCodes: [] }, title: 'x' } }, 'view.params.regionCodes'],
    [{ view: { screen: 'map', params: { level: 'provinsi' }, title: 'x' } }, 'view.params.level'],
    [{ view: { screen: 'home', params: {}, title: 'x', sentAt: 'forged' } }, 'sentAt'],
    [{}, 'view'],
  ])('refuses a bad view %#', async (args, says) => {
    const result = await t.app.request('wall.show', args);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_arguments');
      expect(result.error.message).toContain(says);
    }
    expect(views).toEqual([]);
  });

  it('playlists: saving and running need an admin session; the playlist advances and resumes after a release', async () => {
    const refused = await t.app.request('playlist.save', { token: 'a'.repeat(64), name: 'Pagi', slides });
    expect(refused).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const token = await adminToken();
    const saved = await call<Playlist>(t.app, 'playlist.save', { token, name: 'Pagi', slides });
    expect(saved).toMatchObject({ id: expect.any(Number), name: 'Pagi', slides: [{ view: { screen: 'home', params: {} } }, { durationSeconds: 20 }] });
    expect(await call<Playlist[]>(t.app, 'playlist.list')).toHaveLength(1);
    const duplicate = await t.app.request('playlist.save', { token, name: 'pagi', slides });
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'conflict' } });

    expect(await call<WallState>(t.app, 'playlist.run', { token, id: saved.id })).toMatchObject({ mode: 'playlist', playlist: { name: 'Pagi', index: 0 } });
    t.clock.advance(10_000);
    expect((await call<WallState>(t.app, 'wall.state')).playlist?.index).toBe(1);
    await call(t.app, 'wall.show', { view: { screen: 'region', params: { code: '35.10.07' }, title: 'Gambiran' } });
    t.clock.advance(120_000);
    expect((await call<WallState>(t.app, 'wall.state')).mode).toBe('presenting');
    expect(await call<WallState>(t.app, 'wall.release')).toMatchObject({ mode: 'playlist', view: { title: 'Penduduk per kecamatan' }, playlist: { index: 1 } });
    t.clock.advance(20_000);
    expect(views.map((view) => view?.title ?? null)).toEqual(['Beranda', 'Penduduk per kecamatan', 'Gambiran', 'Penduduk per kecamatan', 'Beranda']);

    // A restart resumes the running playlist.
    t = t.reopen();
    expect(await call<WallState>(t.app, 'wall.state')).toMatchObject({ mode: 'playlist', playlist: { id: saved.id, index: 0 } });
    const token2 = await call<AdminSession>(t.app, 'admin.login', { pin: '482915' });
    expect(await call<WallState>(t.app, 'playlist.stop', { token: token2.token })).toEqual({ mode: 'idle', view: null, playlist: null });
    await call(t.app, 'playlist.run', { token: token2.token, id: saved.id });
    expect(await call(t.app, 'playlist.delete', { token: token2.token, id: saved.id })).toEqual({ deleted: true, wall: { mode: 'idle', view: null, playlist: null } });
    expect(await call<Playlist[]>(t.app, 'playlist.list')).toEqual([]);
    expect(await t.app.request('playlist.run', { token: token2.token, id: saved.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it.each([
    [{ name: 'x', slides: [] }, 'slides'],
    [{ name: 'x', slides: Array.from({ length: 51 }, () => slides[0]) }, 'slides'],
    [{ name: 'x', slides: [{ ...slides[0], durationSeconds: 4 }] }, 'slides.0.durationSeconds'],
    [{ name: 'x', slides: [{ ...slides[0], durationSeconds: 601 }] }, 'slides.0.durationSeconds'],
    [{ name: '', slides }, 'name'],
    [{ name: 'x', slides: [{ view: { screen: 'nope', title: 'x' }, durationSeconds: 10 }] }, 'screen must be one of'],
  ])('refuses a bad playlist %#', async (playlist, says) => {
    const token = await adminToken();
    const result = await t.app.request('playlist.save', { token, ...playlist });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain(says);
    expect(await call<Playlist[]>(t.app, 'playlist.list')).toEqual([]);
  });
});
