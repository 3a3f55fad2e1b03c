import { request as httpRequest } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpServerOptions } from '../../../data/api/http-options.js';
import { startHttpServer, type RunningHttpServer } from '../../../data/api/http-server.js';
import { judgeLanRequest, tokensEqual } from '../../../data/api/lan-auth.js';
import { ConfigError, parseConfig } from '../../../data/config/config.js';
import { openTestApp, type TestApp } from '../wall/helpers.js';

/**
 * LAN mode of the web transport. The tests bind to 127.0.0.1 even in "lan" mode (no
 * other address of the machine is touched): what is tested is that the token is
 * demanded on every path, not the interface itself.
 */
const token = 'wall-token-0123456789-abcdefghij';
let t: TestApp;
let lan: RunningHttpServer;
let local: RunningHttpServer;

beforeAll(async () => {
  t = openTestApp();
  const rendererDir = path.join(t.dir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Anjungan</title>');
  lan = await startHttpServer(t.app, { port: 0, host: '127.0.0.1', lan: { token }, rendererDir });
  local = await startHttpServer(t.app, { port: 0, rendererDir });
});

afterAll(async () => {
  await lan.close();
  await local.close();
  t.cleanup();
});

function raw(server: RunningHttpServer, pathName: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const { port } = new URL(server.url);
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: pathName, method: options.method ?? 'GET', headers: options.headers ?? {} }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => {
        body += chunk.toString();
        // An event stream never ends on its own: the first bytes are enough.
        if (res.headers['content-type']?.includes('text/event-stream')) res.destroy();
      });
      res.on('close', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const json = { 'Content-Type': 'application/json' };

describe('LAN mode', () => {
  it.each([
    ['an API request', '/api/snapshot.info', 'POST'],
    ['the event stream', '/api/events', 'GET'],
    ['a static page', '/wall', 'GET'],
    ['a static file', '/index.html', 'GET'],
  ])('refuses %s without the token', async (_label, pathName, method) => {
    const answer = await raw(lan, pathName, { method, headers: json, body: method === 'POST' ? '{}' : undefined });
    expect(answer.status).toBe(401);
    expect(answer.headers['www-authenticate']).toBe('Bearer');
  });

  it.each([
    ['a wrong bearer token', { Authorization: `Bearer ${token}x` }],
    ['a prefix of the token', { Authorization: `Bearer ${token.slice(0, 24)}` }],
    ['a wrong cookie', { Cookie: 'anjungan_token=nope' }],
    ['the token in the wrong header', { 'X-Token': token }],
  ])('refuses %s', async (_label, headers) => {
    expect((await raw(lan, '/api/snapshot.info', { method: 'POST', headers: { ...json, ...headers }, body: '{}' })).status).toBe(401);
  });

  it('answers API requests and events with the bearer token, from any Host name', async () => {
    const answer = await raw(lan, '/api/wall.state', { method: 'POST', headers: { ...json, Authorization: `Bearer ${token}`, Host: 'anjungan-lounge.local:5178' }, body: '{}' });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true, value: { mode: 'idle' } });
    const events = await raw(lan, '/api/events', { headers: { Authorization: `Bearer ${token}` } });
    expect(events.status).toBe(200);
  });

  it('refuses ?token= on the API: only a page load trades it for a cookie', async () => {
    expect((await raw(lan, `/api/events?token=${token}`)).status).toBe(401);
    expect((await raw(lan, `/wall?token=${token}x`)).status).toBe(401);
  });

  it('the cookie flow: /wall?token= redirects to /wall with an HttpOnly, SameSite=Strict cookie that then opens everything', async () => {
    const first = await raw(lan, `/wall?token=${encodeURIComponent(token)}&lang=en`);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/wall?lang=en');
    const setCookie = String(first.headers['set-cookie']);
    expect(setCookie).toContain('anjungan_token=');
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    const cookie = setCookie.split(';')[0] as string;
    const page = await raw(lan, '/wall?lang=en', { headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Anjungan');
    const events = await raw(lan, '/api/events', { headers: { Cookie: `theme=dark; ${cookie}` } });
    expect(events.status).toBe(200);
    expect(events.headers['content-type']).toContain('text/event-stream');
    const api = await raw(lan, '/api/wall.show', { method: 'POST', headers: { ...json, Cookie: cookie }, body: JSON.stringify({ view: { screen: 'home', title: 'Beranda' } }) });
    expect(JSON.parse(api.body)).toMatchObject({ ok: true, value: { mode: 'presenting' } });
  });

  it('refuses to start without a token of at least 24 characters', async () => {
    await expect(startHttpServer(t.app, { port: 0, host: '127.0.0.1', lan: { token: null } })).rejects.toThrow(/at least 24 characters/);
    await expect(startHttpServer(t.app, { port: 0, host: '127.0.0.1', lan: { token: 'short-token' } })).rejects.toThrow(/at least 24 characters/);
    expect(() => parseConfig({ web: { lan: true } }, 'test')).toThrow(ConfigError);
    expect(() => parseConfig({ web: { lan: true } }, 'test')).toThrow(/web\.token/);
    expect(() => parseConfig({ web: { lan: true, token: 'x'.repeat(23) } }, 'test')).toThrow(/web\.token/);
    expect(parseConfig({ web: { lan: true, token } }, 'test').web).toMatchObject({ lan: true, token, lanAddress: '0.0.0.0' });
  });
});

describe('default (loopback) mode', () => {
  it('binds 127.0.0.1 only, needs no token, and keeps the Host check', async () => {
    expect((local.server.address() as { address: string }).address).toBe('127.0.0.1');
    expect(parseConfig({}, 'test').web).toMatchObject({ lan: false, token: null });
    expect((await raw(local, '/api/wall.state', { method: 'POST', headers: json, body: '{}' })).status).toBe(200);
    expect((await raw(local, '/api/wall.state', { method: 'POST', headers: { ...json, Host: 'evil.example' }, body: '{}' })).status).toBe(421);
  });

  it('ignores a host option without LAN mode', async () => {
    const server = await startHttpServer(t.app, { port: 0, host: '0.0.0.0' });
    try {
      expect((server.server.address() as { address: string }).address).toBe('127.0.0.1');
    } finally {
      await server.close();
    }
  });
});

describe('judgeLanRequest', () => {
  it('compares tokens in constant time and never accepts an empty one', () => {
    expect(tokensEqual(token, token)).toBe(true);
    expect(tokensEqual(token, '')).toBe(false);
    expect(tokensEqual(token, null)).toBe(false);
    expect(judgeLanRequest({ method: 'POST', headers: {} }, new URL(`http://x/wall?token=${token}`), token)).toEqual({ action: 'refuse' });
  });
});

describe('the transport config.web asks for (web mode and the Electron kiosk alike)', () => {
  it('is 127.0.0.1 only without lan, and with lan binds lanAddress and demands the token', () => {
    const local = parseConfig({ web: { port: 5200 } }, 'test');
    expect(httpServerOptions(local.web, '/r')).toEqual({ port: 5200, rendererDir: '/r' });
    const onLan = parseConfig({ web: { lan: true, token, lanAddress: '192.168.1.20' } }, 'test');
    expect(httpServerOptions(onLan.web, '/r')).toEqual({ port: 5178, rendererDir: '/r', host: '192.168.1.20', lan: { token } });
  });
});
