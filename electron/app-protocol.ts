import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { statSync } from 'node:fs';
import type { CustomScheme, Protocol } from 'electron';
import { contentSecurityPolicy } from '../data/api/content-security-policy.js';

/**
 * The renderer is served from `app://anjungan/`, never from file://: a real origin gives
 * the CSP a meaning for 'self', keeps file:// privileges away from the page, and makes
 * "is this our page?" a plain string comparison for the navigation and IPC guards.
 */
export const appScheme = 'app';
export const appHost = 'anjungan';
export const appOrigin = `${appScheme}://${appHost}`;
/** The same paths as web mode (http://127.0.0.1:5178/ and /wall), so the renderer routes alike. */
export const kioskPageUrl = `${appOrigin}/`;
export const wallPageUrl = `${appOrigin}/wall`;

/**
 * Registered before `ready`. `standard` + `secure` make it behave like https (relative
 * URLs, storage, secure context). `corsEnabled` stays off: it would let other origins
 * read our files, and the page only ever loads its own origin.
 */
export const privilegedScheme: CustomScheme = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** True for any URL on our origin (the only place a window may show). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${appScheme}:` && parsed.host === appHost && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

export type AppPath =
  | { ok: true; file: string; /** Served instead when `file` is missing (SPA routes). */ fallback: string | null }
  | { ok: false; status: 400 | 403 | 404; reason: string };

const refuse = (status: 400 | 403 | 404, reason: string): AppPath => ({ ok: false, status, reason });

// Raw-URL red flags, checked before URL parsing can normalise them away: we refuse the
// request outright rather than trust normalisation to land inside the root.
const hostileRaw = [/\.\./, /%2e/i, /\\/, /%5c/i, /%00/, /\0/, /%25/];

/**
 * Maps a request URL to a file under `rootDir`, or refuses it. Pure (no file system
 * access): whether the file exists is the caller's question, hence `fallback`.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): AppPath {
  if (hostileRaw.some((pattern) => pattern.test(requestUrl))) return refuse(400, 'suspicious characters in the URL');
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refuse(400, 'not a URL');
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost || url.username !== '' || url.password !== '') {
    return refuse(403, 'not the app origin');
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return refuse(400, 'malformed percent-encoding');
  }
  if (pathname.includes('\0') || pathname.includes('\\') || pathname.includes('%')) return refuse(400, 'suspicious characters in the path');
  if (!pathname.startsWith('/') || pathname.startsWith('//')) return refuse(400, 'not a root-relative path');
  const segments = pathname.slice(1).split('/');
  if (segments.some((segment) => segment === '.' || segment === '..' || segment.includes(':'))) return refuse(400, 'dot segment or drive letter');

  const root = path.resolve(rootDir);
  const index = path.join(root, 'index.html');
  const relative = segments.filter((segment) => segment !== '');
  const file = relative.length === 0 ? index : path.resolve(root, ...relative);
  const inside = path.relative(root, file);
  if (inside.startsWith('..') || path.isAbsolute(inside)) return refuse(403, 'outside the renderer folder');

  const last = relative.at(-1) ?? '';
  return { ok: true, file, fallback: last.includes('.') || file === index ? null : index };
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Module scripts refuse to run without a JavaScript MIME type, so we never leave it to guessing. */
export function contentTypeFor(file: string): string {
  return contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The same headers the web transport sends, so both modes run under one policy. */
export function responseHeaders(file: string): Record<string, string> {
  return {
    'Content-Type': contentTypeFor(file),
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

type Fetch = (url: string) => Promise<Response>;

/** The protocol handler itself; `fetchFile` is `net.fetch` in Electron. */
export async function serveAppRequest(rootDir: string, requestUrl: string, fetchFile: Fetch): Promise<Response> {
  const resolved = resolveAppPath(rootDir, requestUrl);
  if (!resolved.ok) return new Response(resolved.reason, { status: resolved.status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const file = isFile(resolved.file) ? resolved.file : resolved.fallback !== null && isFile(resolved.fallback) ? resolved.fallback : null;
  if (file === null) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const fetched = await fetchFile(pathToFileURL(file).href);
  return new Response(fetched.body, { status: fetched.status, headers: responseHeaders(file) });
}

/** Must run before `app.whenReady()`. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([privilegedScheme]);
}

export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string, fetchFile: Fetch): void {
  protocol.handle(appScheme, (request) => serveAppRequest(rootDir, request.url, fetchFile));
}
