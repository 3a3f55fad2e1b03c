import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { AppContext } from '../app/context.js';
import { maxArgumentBytes, type PushEvent } from './contract.js';
import { contentSecurityPolicy } from './content-security-policy.js';
import { checkLanToken, judgeLanRequest } from './lan-auth.js';
import { breakOffOnFileError } from './stream-guard.js';
import type { ApiResult } from './types.js';

/**
 * The web transport: POST /api/<request> with a JSON body answers the same
 * `{ok, value} | {ok, error}` as IPC; GET /api/events streams push events (SSE);
 * everything else is the built renderer. Bound to 127.0.0.1 only, unless LAN mode is
 * switched on; then every request must carry the token (data/api/lan-auth.ts).
 */
export interface HttpServerOptions {
  port: number;
  /** Without `lan` the server listens on 127.0.0.1 only; with it, here (default 0.0.0.0). */
  host?: string;
  /** LAN mode (config web.lan): every request must carry this token; refused without one of 24+ characters. */
  lan?: { token: string | null };
  /** Folder of the built renderer; without it only /api is served. */
  rendererDir?: string;
}

const statusOfError: Record<string, number> = {
  unknown_request: 404,
  invalid_arguments: 400,
  not_found: 404,
  unavailable: 503,
  internal: 500,
  unauthorized: 401,
  locked: 429,
  conflict: 409,
};

const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=()',
};

/**
 * The build names each asset after a hash of its content, so a name never changes
 * meaning: the browser may keep it for good and skip asking again on every load (and
 * keeps its compiled code with it). index.html and unhashed files are checked each time,
 * so an updated renderer is picked up at the next load.
 */
const hashedAsset = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.[a-z0-9.]+$/;

function rendererCacheControl(pathname: string): string {
  return hashedAsset.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

function sendJson(response: ServerResponse, status: number, body: ApiResult<unknown>): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(text);
}

function refuse(response: ServerResponse, status: number, message: string, code: 'invalid_arguments' | 'unknown_request' = 'invalid_arguments'): void {
  sendJson(response, status, { ok: false, error: { code, message } });
}

/**
 * Reads at most `limit` bytes. A larger body is discarded as it arrives (so the client
 * still gets a clear 413 answer) and the connection is cut only past a hard cap.
 */
function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  const hardCap = limit * 256;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > hardCap) request.destroy();
      else if (size <= limit) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('close', () => resolve(null));
    request.on('error', reject);
  });
}

/** Refuses requests whose Host is not this loopback server, so a web page cannot reach it by DNS rebinding. */
function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

async function handleApiRequest(app: AppContext, name: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'POST') return refuse(response, 405, 'Requests are sent with POST.');
  const type = request.headers['content-type'] ?? '';
  if (!type.startsWith('application/json')) return refuse(response, 415, 'Requests carry a JSON body (Content-Type: application/json).');
  const body = await readBody(request, maxArgumentBytes);
  if (body === null) return refuse(response, 413, `The request body is too large (at most ${maxArgumentBytes} bytes).`);
  let args: unknown;
  try {
    args = body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    return refuse(response, 400, 'The request body is not valid JSON.');
  }
  const result = await app.request(name, args);
  sendJson(response, result.ok ? 200 : (statusOfError[result.error.code] ?? 500), result);
}

function streamEvents(app: AppContext, request: IncomingMessage, response: ServerResponse): void {
  response.writeHead(200, { ...securityHeaders, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
  const send = (event: PushEvent) => response.write(`event: ${event.name}\ndata: ${JSON.stringify(event.payload)}\n\n`);
  response.write('retry: 2000\n\n');
  for (const event of app.events.current()) send(event);
  const unsubscribe = app.events.subscribe(send);
  // Comments keep idle proxies and the browser from dropping a quiet stream.
  const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), 15_000);
  request.on('close', () => {
    clearInterval(keepAlive);
    unsubscribe();
  });
}

export interface RunningHttpServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

export async function startHttpServer(app: AppContext, options: HttpServerOptions): Promise<RunningHttpServer> {
  const lanToken = options.lan ? checkLanToken(options.lan.token) : null;
  const host = lanToken !== null ? (options.host ?? '0.0.0.0') : '127.0.0.1';
  // `dev`: files are looked up on each request, not listed once at start, so a renderer
  // replaced by an update (or a rebuild) is served as it is now and a file gone is a 404.
  const serveRenderer = options.rendererDir
    ? sirv(options.rendererDir, {
        dev: true,
        single: true,
        etag: true,
        gzip: false,
        setHeaders: (res, pathname) => {
          for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
          res.setHeader('Cache-Control', rendererCacheControl(pathname));
        },
      })
    : null;
  let port = options.port;

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (lanToken !== null) {
      // The token replaces the Host check: a rebinding page can name any host, but it cannot know the token.
      const verdict = judgeLanRequest(request, url, lanToken);
      if (verdict.action === 'refuse') {
        response.setHeader('WWW-Authenticate', 'Bearer');
        return refuse(response, 401, 'This Anjungan server needs its LAN token: open the wall once as /wall?token=…, or send Authorization: Bearer.');
      }
      if (verdict.action === 'redirect') {
        response.writeHead(303, { ...securityHeaders, Location: verdict.location, 'Set-Cookie': verdict.setCookie, 'Cache-Control': 'no-store' });
        return response.end();
      }
    } else if (!isAllowedHost(request.headers.host, port)) return refuse(response, 421, 'This server answers only on 127.0.0.1 and localhost.');
    if (url.pathname === '/api/events') return streamEvents(app, request, response);
    if (url.pathname.startsWith('/api/')) {
      const name = decodeURIComponent(url.pathname.slice('/api/'.length));
      handleApiRequest(app, name, request, response).catch(() => {
        if (!response.headersSent) refuse(response, 500, 'The request could not be completed.');
        else response.end();
      });
      return;
    }
    if (serveRenderer) {
      breakOffOnFileError(response);
      return serveRenderer(request, response, () => refuse(response, 404, 'Not found.', 'unknown_request'));
    }
    refuse(response, 404, 'Not found.', 'unknown_request');
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  // Node closes an idle kept-alive connection after 5 s; a client that reuses it at that
  // moment (a wall page or presenter between slides) gets a reset instead of an answer.
  // Idle connections to a lounge's own server are few: they may wait a minute.
  server.keepAliveTimeout = 65_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    url: `http://${host}:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
