import { existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';
import { breakOffOnFileError } from '../api/stream-guard.js';
import { manifestFileName } from '../service/protocol.js';

export interface PublicationServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export interface ServeOptions {
  port?: number;
  host?: string;
}

/**
 * Serves a publication folder with sirv over node:http, for tests and small
 * deployments. Files are looked up live (sirv's dev mode), so a publication rebuilt
 * while serving is seen at once; ETag makes kiosks' conditional requests cheap.
 * Version folders never change once written, so they may be cached for good; the
 * manifest and its signature must always be revalidated.
 */
export function startPublicationServer(dir: string, options: ServeOptions = {}): Promise<PublicationServer> {
  const root = path.resolve(dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new Error(`${root} is not a folder.`);
  if (!existsSync(path.join(root, manifestFileName))) throw new Error(`${root} has no ${manifestFileName}: build a publication into it first ("npm run dataset -- build").`);
  const serveFiles = sirv(root, {
    dev: true,
    etag: true,
    dotfiles: false,
    extensions: [],
    setHeaders: (response, pathname) => {
      response.setHeader('Cache-Control', /^\/v\d+\//.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    breakOffOnFileError(response);
    serveFiles(request, response, () => {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    });
  });
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
        server,
        close: () => new Promise<void>((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}
