import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
/* eslint-disable @typescript-eslint/no-explicit-any -- result checks read loosely typed JSON */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningHttpServer } from '../../../data/api/http-server.js';
import { createAppContext, type AppContext } from '../../../data/app/context.js';
import { parseConfig } from '../../../data/config/config.js';
import { createFixtureSnapshot } from '../../fixtures/snapshot-fixture.js';
import { badRequestCases } from './bad-arguments.js';

let dir: string;
let app: AppContext;
let server: RunningHttpServer;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'anjungan-http-'));
  const bundledSnapshot = createFixtureSnapshot(path.join(dir, 'fixture'));
  app = createAppContext({ dataDir: path.join(dir, 'data'), bundledSnapshot, config: parseConfig({}, 'test'), log: () => {} });
  server = await startHttpServer(app, { port: 0 });
});

afterAll(async () => {
  await server.close();
  app.close();
  rmSync(dir, { recursive: true, force: true });
});

async function post(name: string, body: string, contentType = 'application/json') {
  const response = await fetch(`${server.url}/api/${encodeURIComponent(name)}`, { method: 'POST', headers: { 'Content-Type': contentType }, body });
  return { status: response.status, body: (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } } };
}

describe('HTTP transport', () => {
  it('answers a request with the same result shape as IPC', async () => {
    const info = await post('snapshot.info', '{}');
    expect(info.status).toBe(200);
    expect(info.body.ok).toBe(true);
    const root = (info.body.value as { root: { code: string } }).root;
    const region = await post('region.get', JSON.stringify({ code: root.code }));
    expect(region.body).toMatchObject({ ok: true, value: { code: root.code } });
  });

  it.each([
    ['region.profile', { code: '35.10.08' }, (v: any) => v.region.name === 'Genteng'],
    ['region.points', { code: '35.10' }, (v: any) => Array.isArray(v)],
    ['region.compare', { regionCodes: ['35.10.07', '35.10.08'], indicatorIds: ['penduduk'] }, (v: any) => JSON.stringify(v).includes('30600')],
    ['indicator.catalogue', {}, (v: any) => v.length === 3],
    ['indicator.ranking', { indicatorId: 'penduduk', parentCode: '35.10' }, (v: any) => JSON.stringify(v).includes('Genteng')],
    ['indicator.series', { indicatorId: 'penduduk', regionCodes: ['35.10'] }, (v: any) => JSON.stringify(v).includes('53100')],
    ['map.values', { indicatorId: 'penduduk', level: 'kecamatan' }, (v: any) => JSON.stringify(v).includes('22500')],
    ['map.geometry', { level: 'kecamatan' }, (v: any) => v.type === 'FeatureCollection'],
    ['search', { text: 'genteng-wetan' }, (v: any) => JSON.stringify(v).includes('35.10.08.2002')],
  ])('answers %s from the snapshot', async (name, args, check) => {
    const result = await post(name, JSON.stringify(args));
    expect(result.body.ok, JSON.stringify(result.body)).toBe(true);
    expect(check(result.body.value)).toBe(true);
  });

  it('answers not_found for a well-formed code that does not exist', async () => {
    const result = await post('region.profile', JSON.stringify({ code: '35.10.99' }));
    expect(result.status).toBe(404);
    expect(result.body.error).toEqual({ code: 'not_found', message: 'No region has the code 35.10.99.' });
  });

  it('binds to 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((server.server.address() as { address: string }).address).toBe('127.0.0.1');
  });

  it.each(badRequestCases.filter((c) => typeof c.name === 'string' && c.name.length < 1000 && c.name !== ''))(
    'refuses $label with a clear error',
    async ({ name, args, code, says }) => {
      const result = await post(name as string, JSON.stringify(args));
      expect(result.status).toBeGreaterThanOrEqual(400);
      expect(result.body.ok).toBe(false);
      expect(result.body.error?.code).toBe(code);
      expect(result.body.error?.message).toContain(says);
    },
  );

  it.each([
    ['a body that is not JSON', '{"code": "35.10"', 'application/json', 400, 'not valid JSON'],
    ['a body of the wrong content type', 'code=35.10', 'application/x-www-form-urlencoded', 415, 'JSON body'],
    ['a body over the size cap', JSON.stringify({ code: 'x'.repeat(1_000_000) }), 'application/json', 413, 'too large'],
  ])('refuses %s', async (_label, body, type, status, says) => {
    const result = await post('region.get', body, type);
    expect(result.status).toBe(status);
    expect(result.body.error?.message).toContain(says);
  });

  it('refuses GET on a request and a foreign Host header', async () => {
    const get = await fetch(`${server.url}/api/overview.get`);
    expect(get.status).toBe(405);
    const port = new URL(server.url).port;
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: '/api/overview.get', method: 'POST', headers: { Host: 'evil.example:80', 'Content-Type': 'application/json' } }, (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(421);
  });

  it('keeps serving after a burst of bad requests', async () => {
    await Promise.all(badRequestCases.slice(0, 10).map((c) => post(String(c.name).slice(0, 200), JSON.stringify(c.args)).catch(() => null)));
    const info = await post('snapshot.info', '{}');
    expect(info.body.ok).toBe(true);
  });

  it('streams push events over server-sent events, current state first', async () => {
    const controller = new AbortController();
    const response = await fetch(`${server.url}/api/events`, { signal: controller.signal });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.getReader();
    let text = '';
    while (!text.includes('event: snapshot.changed')) text += new TextDecoder().decode((await reader.read()).value);
    app.events.emit('wall.view', { screen: 'region', params: { code: '35.10' }, title: 'Banyuwangi', sentAt: '2026-11-23T10:00:00Z' });
    while (!text.includes('event: wall.view')) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toContain('"screen":"region"');
    controller.abort();
  });

  it('sends a strict Content-Security-Policy with every answer', async () => {
    const response = await fetch(`${server.url}/api/snapshot.info`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("default-src 'none'");
  });
});

describe('HTTP transport serving the renderer', () => {
  it('lets the browser keep content-hashed assets for good and checks everything else each load', async () => {
    const rendererDir = path.join(dir, 'renderer-cache');
    mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Anjungan</title>');
    writeFileSync(path.join(rendererDir, 'assets', 'react-CS2LCDfW.js'), 'export {};');
    writeFileSync(path.join(rendererDir, 'assets', 'boot-BwlychFq.css'), 'body{}');
    writeFileSync(path.join(rendererDir, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const web = await startHttpServer(app, { port: 0, rendererDir });
    try {
      const cacheControl = async (file: string) => {
        const response = await fetch(`${web.url}${file}`);
        await response.arrayBuffer();
        expect(response.status).toBe(200);
        expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
        return response.headers.get('cache-control');
      };
      expect(await cacheControl('/assets/react-CS2LCDfW.js')).toBe('public, max-age=31536000, immutable');
      expect(await cacheControl('/assets/boot-BwlychFq.css')).toBe('public, max-age=31536000, immutable');
      expect(await cacheControl('/')).toBe('no-cache');
      expect(await cacheControl('/index.html')).toBe('no-cache');
      expect(await cacheControl('/assets/logo.svg')).toBe('no-cache');
      // The single-page fallback answers index.html, which must never be kept.
      expect(await cacheControl('/wall')).toBe('no-cache');
    } finally {
      await web.close();
    }
  });

  it('serves files as they are now, and stays up when one is gone or cannot be read', async () => {
    const rendererDir = path.join(dir, 'renderer');
    mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Anjungan</title>');
    writeFileSync(path.join(rendererDir, 'assets', 'old.js'), 'export {};');
    const web = await startHttpServer(app, { port: 0, rendererDir });
    try {
      expect((await fetch(`${web.url}/assets/old.js`)).status).toBe(200);
      // An update replaces the renderer while the server runs.
      rmSync(path.join(rendererDir, 'assets', 'old.js'));
      writeFileSync(path.join(rendererDir, 'assets', 'new.js'), 'export {};');
      expect((await fetch(`${web.url}/assets/old.js`)).status).toBe(404);
      expect((await fetch(`${web.url}/assets/new.js`)).status).toBe(200);
      // A file the lookup finds but no stream can open (a socket): the answer breaks off, the server does not.
      const socketFile = path.join(rendererDir, 'assets', 'socket.js');
      const socket = createNetServer();
      await new Promise<void>((resolve) => socket.listen(socketFile, resolve));
      try {
        await expect(fetch(`${web.url}/assets/socket.js`).then((response) => response.text())).rejects.toThrow();
      } finally {
        await new Promise((resolve) => socket.close(resolve));
      }
      expect((await fetch(`${web.url}/`)).status).toBe(200);
    } finally {
      await web.close();
    }
  });
});
