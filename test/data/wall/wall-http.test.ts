import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningHttpServer } from '../../../data/api/http-server.js';
import { ensureSetupCode } from '../../../data/admin/setup-code.js';
import { openTestApp, type TestApp } from './helpers.js';

/** The wall in web mode: a presenter posts to /api, the wall page listens on /api/events. */
let t: TestApp;
let server: RunningHttpServer;

beforeAll(async () => {
  t = openTestApp();
  server = await startHttpServer(t.app, { port: 0 });
});
afterAll(async () => {
  await server.close();
  t.cleanup();
});

async function post(name: string, args: unknown) {
  const response = await fetch(`${server.url}/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(args) });
  return { status: response.status, body: (await response.json()) as { ok: boolean; value?: any; error?: { code: string; message: string } } }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Reads wall.view events off a real SSE stream. */
async function openWallStream() {
  const controller = new AbortController();
  const response = await fetch(`${server.url}/api/events`, { signal: controller.signal });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const seen: unknown[] = [];
  const next = async (): Promise<unknown> => {
    for (;;) {
      const match = /event: wall\.view\ndata: (.*)\n\n/.exec(buffer);
      if (match) {
        buffer = buffer.slice((match.index ?? 0) + match[0].length);
        const payload = JSON.parse(match[1] as string) as unknown;
        seen.push(payload);
        return payload;
      }
      const chunk = await reader.read();
      if (chunk.done) throw new Error('stream ended');
      buffer += decoder.decode(chunk.value);
    }
  };
  return { next, seen, close: () => controller.abort() };
}

describe('wall over HTTP and server-sent events', () => {
  it('send, follow, release and playlist advance reach a connected wall', async () => {
    const wall = await openWallStream();

    expect((await post('wall.show', { view: { screen: 'region', params: { code: '35.10.08' }, title: 'Genteng' } })).body).toMatchObject({ ok: true, value: { mode: 'presenting' } });
    expect(await wall.next()).toMatchObject({ screen: 'region', title: 'Genteng', from: 'presenter' });
    await post('wall.show', { view: { screen: 'map', params: { indicatorId: 'penduduk', level: 'desa' }, title: 'Peta penduduk' } });
    expect(await wall.next()).toMatchObject({ screen: 'map', params: { indicatorId: 'penduduk', level: 'desa' } });
    await post('wall.release', {});
    expect(await wall.next()).toBeNull();

    const bad = await post('wall.show', { view: { screen: 'settings', params: {}, title: 'x' } });
    expect(bad.status).toBe(400);

    const unauthorized = await post('playlist.run', { token: '0'.repeat(64), id: 1 });
    expect(unauthorized.status).toBe(401);
    const session = (await post('admin.setup', { setupCode: ensureSetupCode(t.dataDir), pin: '739251' })).body.value as { token: string };
    const saved = await post('playlist.save', {
      token: session.token,
      name: 'Lobi',
      slides: [
        { view: { screen: 'home', title: 'Beranda' }, durationSeconds: 5 },
        { view: { screen: 'theme', params: { themeId: 'kependudukan' }, title: 'Kependudukan' }, durationSeconds: 5 },
      ],
    });
    await post('playlist.run', { token: session.token, id: saved.body.value.id });
    expect(await wall.next()).toMatchObject({ screen: 'home', from: 'playlist' });
    t.clock.advance(5_000);
    expect(await wall.next()).toMatchObject({ screen: 'theme', params: { themeId: 'kependudukan' } });
    t.clock.advance(5_000);
    expect(await wall.next()).toMatchObject({ screen: 'home' });
    wall.close();

    // A wall that connects late starts from what is on the wall now.
    const late = await openWallStream();
    expect(await late.next()).toMatchObject({ screen: 'home', from: 'playlist' });
    late.close();
  });
});
