import type { AppConfig } from '../config/config.js';
import type { HttpServerOptions } from './http-server.js';

/**
 * The HTTP transport as config.web asks for it, the same for `npm run web` and for the
 * Electron kiosk: 127.0.0.1 only unless `lan` is on, and then on `lanAddress` with the
 * token required on every request.
 */
export function httpServerOptions(web: AppConfig['web'], rendererDir: string): HttpServerOptions {
  const { port } = web;
  return web.lan ? { port, rendererDir, host: web.lanAddress, lan: { token: web.token } } : { port, rendererDir };
}
