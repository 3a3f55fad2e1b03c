import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AdminInfo, AdminSession, ApiResult } from '../../../data/api/types.js';

/**
 * The admin side of the end-to-end tests. The e2e server starts with an empty data
 * folder (playwright.config.ts), so the first test to need the panel sets the PIN with
 * the setup code the server wrote there. The session is shared through a file in that
 * folder: the lockout test locks every later login out for five minutes.
 */
export const e2ePin = '246813';
export const dataDir = `.cache/e2e-data-${process.env.E2E_PORT ?? 5199}`;
const sessionFile = path.join(dataDir, 'e2e-admin-session.json');

export async function call<T>(request: APIRequestContext, name: string, args: object = {}): Promise<ApiResult<T>> {
  const response = await request.post(`/api/${name}`, { data: args });
  return (await response.json()) as ApiResult<T>;
}

export async function must<T>(request: APIRequestContext, name: string, args: object = {}): Promise<T> {
  const body = await call<T>(request, name, args);
  if (!body.ok) throw new Error(`${name} failed: ${body.error.code} ${body.error.message}`);
  return body.value;
}

export function setupCode(): string {
  const file = path.join(dataDir, 'admin-setup-code.txt');
  // Gone once the PIN is set (perhaps by the other spec a moment ago).
  return existsSync(file) ? (readFileSync(file, 'utf8').match(/\d{10}/)?.[0] ?? '') : '';
}

/** A valid admin token: the shared one if it still works, else a new login (after setup if no PIN is set yet). */
export async function adminToken(request: APIRequestContext): Promise<string> {
  if (existsSync(sessionFile)) {
    const { token } = JSON.parse(readFileSync(sessionFile, 'utf8')) as { token: string };
    if ((await call(request, 'admin.status', { token, logLines: 0, auditLines: 0 })).ok) return token;
  }
  const info = await must<AdminInfo>(request, 'admin.info');
  // The wall and admin specs run in parallel: if the other one set the PIN first, log in instead.
  const setup = info.pinSet ? null : await call<AdminSession>(request, 'admin.setup', { setupCode: setupCode(), pin: e2ePin });
  const session = setup?.ok ? setup.value : await must<AdminSession>(request, 'admin.login', { pin: e2ePin });
  writeFileSync(sessionFile, JSON.stringify({ token: session.token }));
  return session.token;
}

/** The hidden gesture: five taps in the top-right corner. */
export async function openAdminPanel(page: Page): Promise<void> {
  const width = page.viewportSize()?.width ?? 1920;
  for (let tap = 0; tap < 5; tap += 1) await page.touchscreen.tap(width - 20, 20);
  await expect(page.getByTestId('admin-panel')).toBeVisible();
}

export async function typePin(page: Page, digits: string): Promise<void> {
  for (const digit of digits) await page.locator(`.pin-pad__key[data-key="${digit}"]`).tap();
  await page.getByTestId('pin-submit').tap();
}

/** Opens the panel and logs in, setting the PIN first on a fresh server. */
export async function loginToPanel(page: Page): Promise<void> {
  // Set the PIN through the API first, so the panel never races the wall spec for the one-time code.
  await adminToken(page.request);
  await openAdminPanel(page);
  await expect(page.getByTestId('pin-pad')).toBeVisible();
  if (await page.getByTestId('setup-hint').isVisible()) {
    await typePin(page, setupCode());
    await typePin(page, e2ePin);
    await typePin(page, e2ePin);
  } else {
    await typePin(page, e2ePin);
  }
  await expect(page.getByTestId('admin-tab-status')).toBeVisible();
}
