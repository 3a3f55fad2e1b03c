import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureSetupCode } from '../../../data/admin/setup-code.js';
import type { AdminSession, Playlist, PlaylistSlideAdded, WallState } from '../../../data/api/types.js';
import { maxSlides } from '../../../data/wall/views.js';
import { call, openTestApp, type TestApp } from './helpers.js';

/** playlist.addSlide: saving the kiosk's current view into a playlist from any screen (issue 6). */
let t: TestApp;
let token: string;

beforeEach(async () => {
  t = openTestApp();
  token = (await call<AdminSession>(t.app, 'admin.setup', { setupCode: ensureSetupCode(t.dataDir), pin: '482915' })).token;
});
afterEach(() => t.cleanup());

const region = { screen: 'region', params: { code: '35.10.08' }, title: 'Kecamatan Genteng' };
const theme = { screen: 'theme', params: { themeId: 'kemiskinan' }, title: 'Kemiskinan' };
const lastAudit = () => t.app.admin.auditTail(1)[0];
const list = () => call<Playlist[]>(t.app, 'playlist.list');

async function refused(args: object, code: string, words: RegExp) {
  const before = await list();
  const result = await t.app.request('playlist.addSlide', args);
  expect(result).toMatchObject({ ok: false, error: { code } });
  if (!result.ok) expect(result.error.message).toMatch(words);
  expect(await list()).toEqual(before);
  expect(lastAudit()).toMatchObject({ action: 'playlist.addSlide', outcome: 'refused' });
}

describe('playlist.addSlide', () => {
  it('creates a named playlist with the view as slide 1, then appends slide 2, audited', async () => {
    const first = await call<PlaylistSlideAdded>(t.app, 'playlist.addSlide', { token, newPlaylistName: ' Kunjungan Jember ', view: region, durationSeconds: 20 });
    expect(first.slideNumber).toBe(1);
    expect(first.playlist).toMatchObject({ name: 'Kunjungan Jember', slides: [{ view: region, durationSeconds: 20 }] });
    expect(lastAudit()).toMatchObject({ action: 'playlist.addSlide', outcome: 'ok', detail: expect.stringContaining('new "Kunjungan Jember"') });
    const second = await call<PlaylistSlideAdded>(t.app, 'playlist.addSlide', { token, playlistId: first.playlist.id, view: theme, durationSeconds: 35 });
    expect(second.slideNumber).toBe(2);
    expect(second.playlist.slides.map((slide) => [slide.view.title, slide.durationSeconds])).toEqual([
      ['Kecamatan Genteng', 20],
      ['Kemiskinan', 35],
    ]);
    // A view without params gets the schema's default, so the wall draws it exactly as the route says.
    const home = await call<PlaylistSlideAdded>(t.app, 'playlist.addSlide', { token, playlistId: first.playlist.id, view: { screen: 'home', params: {}, title: 'Beranda' }, durationSeconds: 5 });
    expect(home.playlist.slides[2]?.view).toEqual({ screen: 'home', params: {}, title: 'Beranda' });
  });

  it('parallel saves each get their own slide number', async () => {
    const { playlist } = await call<PlaylistSlideAdded>(t.app, 'playlist.addSlide', { token, newPlaylistName: 'Rapat', view: region, durationSeconds: 20 });
    const answers = await Promise.all(
      [1, 2, 3, 4].map((n) => call<PlaylistSlideAdded>(t.app, 'playlist.addSlide', { token, playlistId: playlist.id, view: { ...theme, title: `Tema ${n}` }, durationSeconds: 20 })),
    );
    expect(answers.map((answer) => answer.slideNumber).sort()).toEqual([2, 3, 4, 5]);
    expect((await list())[0]?.slides).toHaveLength(5);
  });

  it('a running playlist shows the new slide in its loop at once', async () => {
    const { playlist } = await call<PlaylistSlideAdded>(t.app, 'playlist.addSlide', { token, newPlaylistName: 'Lobi', view: region, durationSeconds: 5 });
    await call<WallState>(t.app, 'playlist.run', { token, id: playlist.id });
    await call(t.app, 'playlist.addSlide', { token, playlistId: playlist.id, view: theme, durationSeconds: 5 });
    expect((await call<WallState>(t.app, 'wall.state')).playlist?.slideCount).toBe(2);
    t.clock.advance(5_000);
    expect((await call<WallState>(t.app, 'wall.state')).view?.title).toBe('Kemiskinan');
  });

  it('refuses an unknown playlist, and changes nothing', async () => {
    await call(t.app, 'playlist.addSlide', { token, newPlaylistName: 'Ada', view: region, durationSeconds: 20 });
    await refused({ token, playlistId: 4242, view: region, durationSeconds: 20 }, 'not_found', /no playlist 4242.*nothing was added/i);
  });

  it('refuses a full playlist with the limit in words', async () => {
    const slides = Array.from({ length: maxSlides }, () => ({ view: region, durationSeconds: 5 }));
    const full = await call<Playlist>(t.app, 'playlist.save', { token, name: 'Penuh', slides });
    await refused({ token, playlistId: full.id, view: theme, durationSeconds: 20 }, 'conflict', new RegExp(`already has ${maxSlides} slides.*Nothing was added`));
  });

  it('refuses a new name that is taken (whatever its case)', async () => {
    await call(t.app, 'playlist.addSlide', { token, newPlaylistName: 'Kunjungan Jember', view: region, durationSeconds: 20 });
    await refused({ token, newPlaylistName: 'kunjungan jember', view: theme, durationSeconds: 20 }, 'conflict', /already exists/);
  });

  it.each([
    ['a bad view', { view: { screen: 'region', params: { code: 'x' }, title: 'X' }, newPlaylistName: 'A', durationSeconds: 20 }, /view/],
    ['an unknown screen', { view: { screen: 'admin', params: {}, title: 'X' }, newPlaylistName: 'A', durationSeconds: 20 }, /screen must be one of/],
    ['an empty title', { view: { screen: 'home', params: {}, title: '  ' }, newPlaylistName: 'A', durationSeconds: 20 }, /title/],
    ['a duration too short', { view: region, newPlaylistName: 'A', durationSeconds: 2 }, /durationSeconds/],
    ['both a playlist and a new name', { view: region, newPlaylistName: 'A', playlistId: 1, durationSeconds: 20 }, /not both/],
    ['neither a playlist nor a new name', { view: region, durationSeconds: 20 }, /not both/],
    ['an empty new name', { view: region, newPlaylistName: '   ', durationSeconds: 20 }, /newPlaylistName/],
  ])('refuses %s, and changes nothing', async (_label, args, words) => {
    await refused({ token, ...args }, 'invalid_arguments', words);
  });

  it('refuses without an admin token, or with an expired one', async () => {
    await refused({ view: region, newPlaylistName: 'A', durationSeconds: 20 }, 'invalid_arguments', /token/);
    await call(t.app, 'admin.logout', { token });
    await refused({ token, view: region, newPlaylistName: 'A', durationSeconds: 20 }, 'unauthorized', /admin PIN/);
  });
});
