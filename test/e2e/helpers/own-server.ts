import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { AdminSession, ApiResult } from '../../../data/api/types.js';
import { freePort } from '../../fixtures/free-port.js';

/**
 * A web server of its own for a spec that must not share the suite's server: one that
 * needs a kiosk with no PIN yet (first-use setup), changes the PIN, or types the PIN on
 * screen (the admin spec's lockout test shuts the shared server's PIN pad for minutes).
 * Same build (dist/web.mjs), own port and empty data folder.
 */
export interface OwnServer {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** Pages of an own server are opened by its full address (`server.url`): the suite's baseURL is the shared server. */
export async function startOwnServer(): Promise<OwnServer> {
  const port = await freePort();
  const dataDir = path.resolve(`.cache/e2e-own-${port}`);
  rmSync(dataDir, { recursive: true, force: true });
  const child: ChildProcess = spawn(process.execPath, ['dist/web.mjs'], {
    env: { ...process.env, PORT: String(port), ANJUNGAN_DATA_DIR: dataDir },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server on port ${port} stopped: ${errors}`);
    try {
      if ((await fetch(`${url}/`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`the server on port ${port} did not start: ${errors}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    dataDir,
    stop: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          rmSync(dataDir, { recursive: true, force: true });
          resolve();
        };
        if (child.exitCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGTERM');
      }),
  };
}

export function setupCodeIn(dataDir: string): string {
  const file = path.join(dataDir, 'admin-setup-code.txt');
  return existsSync(file) ? (readFileSync(file, 'utf8').match(/\d{10}/)?.[0] ?? '') : '';
}

export async function callOn<T>(request: APIRequestContext, url: string, name: string, args: object = {}): Promise<T> {
  const response = await request.post(`${url}/api/${name}`, { data: args });
  const body = (await response.json()) as ApiResult<T>;
  if (!body.ok) throw new Error(`${name} failed: ${body.error.code} ${body.error.message}`);
  return body.value;
}

/** Sets the first PIN through the API, with the setup code the server wrote into its data folder. */
export function setUpPin(request: APIRequestContext, server: OwnServer, pin: string): Promise<AdminSession> {
  return callOn<AdminSession>(request, server.url, 'admin.setup', { setupCode: setupCodeIn(server.dataDir), pin });
}

/** Types on the admin keyboard by tapping its keys; capitals through shift (which stays on until tapped again). */
export async function typeOnAdminKeyboard(page: Page, text: string): Promise<void> {
  const key = (name: string) => page.locator(`[data-testid="admin-keyboard"] [data-skbtn="${name}"]`).tap();
  for (const char of text) {
    if (char === ' ') await key('{space}');
    else if (char !== char.toLowerCase()) {
      await key('{shift}');
      await key(char);
      await key('{shift}');
    } else await key(char);
  }
  await expect(page.locator('[data-testid="admin-keyboard"]')).toBeVisible();
}
