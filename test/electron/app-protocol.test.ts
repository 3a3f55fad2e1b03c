import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../data/api/content-security-policy.js';
import { contentTypeFor, isAppUrl, kioskPageUrl, privilegedScheme, resolveAppPath, serveAppRequest, wallPageUrl } from '../../electron/app-protocol.js';

const root = path.resolve('/srv/anjungan/dist/renderer');

describe('resolveAppPath', () => {
  it.each([
    ['app://anjungan/', 'index.html', null],
    ['app://anjungan/index.html', 'index.html', null],
    ['app://anjungan/index.html?lang=en', 'index.html', null],
    ['app://anjungan/assets/index-abc123.js', 'assets/index-abc123.js', null],
    ['app://anjungan/assets/peta%20kecamatan.geojson', 'assets/peta kecamatan.geojson', null],
    ['app://anjungan/wall', 'wall', 'index.html'],
    ['app://anjungan/region/35.10.16', 'region/35.10.16', null],
    ['app://anjungan/assets/', 'assets', 'index.html'],
  ])('serves %s from the renderer folder', (url, relative, fallback) => {
    const result = resolveAppPath(root, url);
    expect(result).toEqual({ ok: true, file: path.join(root, relative), fallback: fallback === null ? null : path.join(root, fallback) });
  });

  it.each([
    'app://anjungan/../etc/passwd',
    'app://anjungan/assets/../../secret.txt',
    'app://anjungan/%2e%2e/etc/passwd',
    'app://anjungan/%2E%2E/%2E%2E/etc/passwd',
    'app://anjungan/assets/%2e%2e%2f%2e%2e%2fsecret',
    'app://anjungan/.%2e/secret',
    'app://anjungan/assets/..%2fsecret',
    'app://anjungan/%252e%252e/secret',
    'app://anjungan/..\\..\\windows\\win.ini',
    'app://anjungan/assets\\..\\secret',
    'app://anjungan/assets%5c..%5csecret',
    'app://anjungan/index.html%00.png',
    'app://anjungan/index.html\u0000.png',
    'app://anjungan//etc/passwd',
    'app://anjungan/%2fetc/passwd',
    'app://anjungan/C:/Windows/win.ini',
    'app://anjungan/C%3a/Windows/win.ini',
    'app://anjungan/%E0%A4%A',
    'app://evil/index.html',
    'app://anjungan.evil.example/index.html',
    'app://anjungan:8080/index.html',
    'app://user:pass@anjungan/index.html',
    'app://user@anjungan/index.html',
    'file:///etc/passwd',
    'https://anjungan/index.html',
    'http://127.0.0.1:5178/',
    'javascript:alert(1)',
    'not a url',
    '',
  ])('refuses %j', (url) => {
    const result = resolveAppPath(root, url);
    expect(result.ok).toBe(false);
  });

  it('never resolves outside the root for any combination of tricky segments', () => {
    const pieces = ['..', '.', '%2e%2e', '%2E.', '%2f', '%5c', '\\', 'assets', 'a.js', '%00', '%252e', '', 'C:', '~'];
    let checked = 0;
    for (const a of pieces) for (const b of pieces) for (const c of pieces) {
      const result = resolveAppPath(root, `app://anjungan/${a}/${b}/${c}`);
      checked += 1;
      if (!result.ok) continue;
      const inside = path.relative(root, result.file);
      expect(inside.startsWith('..') || path.isAbsolute(inside), result.file).toBe(false);
    }
    expect(checked).toBe(pieces.length ** 3);
  });
});

describe('origin helpers', () => {
  it('recognises only our origin', () => {
    expect(isAppUrl(kioskPageUrl)).toBe(true);
    expect(isAppUrl(wallPageUrl)).toBe(true);
    expect(isAppUrl('app://anjungan')).toBe(true);
    for (const url of ['app://evil/', 'https://anjungan/', 'app://anjungan.evil/', 'app://x@anjungan/', 'data:text/html,hi', 'about:blank', 'devtools://devtools/']) {
      expect(isAppUrl(url)).toBe(false);
    }
  });

  it('registers a standard, secure scheme without cross-origin reads or CSP bypass', () => {
    expect(privilegedScheme.scheme).toBe('app');
    expect(privilegedScheme.privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
    expect(privilegedScheme.privileges?.bypassCSP).toBeUndefined();
    expect(privilegedScheme.privileges?.corsEnabled).toBeUndefined();
  });

  it('gives module scripts a JavaScript type', () => {
    expect(contentTypeFor('/x/assets/index.js')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('/x/index.HTML')).toMatch(/^text\/html/);
    expect(contentTypeFor('/x/blob.bin')).toBe('application/octet-stream');
  });
});

describe('serveAppRequest', () => {
  let dir: string;
  // Node's fetch cannot read file: URLs; this stands in for Electron's net.fetch.
  const fetchFile = async (url: string) => new Response(readFileSync(fileURLToPath(url)));

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'anjungan-protocol-'));
    mkdirSync(path.join(dir, 'renderer', 'assets'), { recursive: true });
    writeFileSync(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>Anjungan</title>');
    writeFileSync(path.join(dir, 'renderer', 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(dir, 'secret.txt'), 'do not serve');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves files with the shared CSP and a correct type', async () => {
    const response = await serveAppRequest(path.join(dir, 'renderer'), 'app://anjungan/assets/app.js', fetchFile);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('falls back to index.html for extension-less routes only', async () => {
    const route = await serveAppRequest(path.join(dir, 'renderer'), 'app://anjungan/wall', fetchFile);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>Anjungan</title>');
    const missing = await serveAppRequest(path.join(dir, 'renderer'), 'app://anjungan/assets/missing.js', fetchFile);
    expect(missing.status).toBe(404);
  });

  it('does not serve a file beside the renderer folder', async () => {
    for (const url of ['app://anjungan/../secret.txt', 'app://anjungan/%2e%2e/secret.txt', 'app://other/secret.txt']) {
      const response = await serveAppRequest(path.join(dir, 'renderer'), url, fetchFile);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(await response.text()).not.toContain('do not serve');
    }
  });
});
