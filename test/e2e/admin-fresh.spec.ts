import { generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './helpers/test.js';
import type { AdminInfo, KioskSettings, RefreshStatus } from '../../data/api/types.js';
import { openAdminPanel, typePin } from './helpers/admin.js';
import { callOn, setupCodeIn, startOwnServer, type OwnServer } from './helpers/own-server.js';

/**
 * The admin panel on a server of its own (a fresh data folder with no PIN, which the
 * shared server stops being as soon as any spec logs in, and settings no other spec must
 * see): the first-use setup with the one-time code from the data folder, changing the
 * PIN, and settings that apply without a restart.
 */
test.describe.configure({ mode: 'serial' });

const firstPin = '815263';
const nextPin = '739154';
let server: OwnServer;

test.beforeAll(async () => {
  server = await startOwnServer();
});

test.afterAll(async () => {
  await server?.stop();
});

test.beforeEach(async ({ page }) => {
  // Playwright's clock, so the idle test jumps over the timeout instead of waiting.
  await page.clock.install();
  await page.goto(`${server.url}/?start=home`);
  await expect(page.getByTestId('figure-value').first()).toBeVisible();
});

test('first use: the setup code from the data folder, then a new PIN twice', async ({ page, request }) => {
  const codeFile = path.join(server.dataDir, 'admin-setup-code.txt');
  expect(existsSync(codeFile)).toBe(true);
  await openAdminPanel(page);
  await expect(page.getByText('Atur PIN admin')).toBeVisible();
  await expect(page.getByTestId('setup-hint')).toContainText(codeFile);

  // A wrong code is refused, counted, and the pad asks for the code again.
  await typePin(page, '1111111111');
  await typePin(page, firstPin);
  await typePin(page, firstPin);
  await expect(page.getByTestId('admin-gate-message')).toContainText('Sisa 4 percobaan');
  await expect(page.getByTestId('setup-hint')).toBeVisible();

  // Two different PINs: asked again, nothing set.
  await typePin(page, setupCodeIn(server.dataDir));
  await typePin(page, firstPin);
  await typePin(page, nextPin);
  await expect(page.getByTestId('admin-gate-message')).toContainText('Kedua PIN tidak sama');

  // A PIN too easy to guess: the server's words, and the pad asks for a new PIN (not the code).
  await typePin(page, '123456');
  await typePin(page, '123456');
  await expect(page.getByTestId('admin-gate-message')).toContainText('too easy to guess');
  await expect(page.locator('.pin-pad__label')).toHaveText('PIN baru (6 sampai 12 angka)');

  await typePin(page, firstPin);
  await typePin(page, firstPin);
  await expect(page.getByTestId('admin-tab-status')).toBeVisible();
  expect(existsSync(codeFile)).toBe(false);
  expect((await callOn<AdminInfo>(request, server.url, 'admin.info')).pinSet).toBe(true);
});

test('change the PIN: a wrong current PIN counts, the right one changes it', async ({ page, request }) => {
  await openAdminPanel(page);
  await typePin(page, firstPin);
  await page.getByTestId('admin-tab-system').tap();
  await page.getByTestId('admin-change-pin').tap();
  await expect(page.getByTestId('change-pin')).toBeVisible();

  await typePin(page, '999999');
  await typePin(page, nextPin);
  await typePin(page, nextPin);
  await expect(page.getByTestId('change-pin-message')).toContainText('Sisa 4 percobaan');
  // Still in the panel: a wrong PIN here is not a lost session.
  await expect(page.getByTestId('admin-tab-system')).toBeVisible();
  expect((await callOn<AdminInfo>(request, server.url, 'admin.info')).attemptsLeft).toBe(4);

  await typePin(page, firstPin);
  await typePin(page, nextPin);
  await typePin(page, nextPin);
  await expect(page.getByTestId('admin-system-message')).toContainText('PIN admin sudah diganti');
  // The panel carries on with the session the change answered.
  await page.getByTestId('admin-tab-status').tap();
  await expect(page.getByTestId('status-version')).not.toBeEmpty();

  await page.getByTestId('admin-close').tap();
  await openAdminPanel(page);
  await typePin(page, firstPin);
  await expect(page.getByTestId('admin-gate-message')).toContainText('PIN atau kode salah');
  await typePin(page, nextPin);
  await expect(page.getByTestId('admin-tab-status')).toBeVisible();
});

/** The key as `npm run dataset -- keygen` writes it: 32 raw bytes, base64. */
function publicKey(): string {
  const jwk = generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' });
  return Buffer.from(jwk.x ?? '', 'base64url').toString('base64');
}

test('settings apply without a restart: data service, interval, idle timeout, language', async ({ page, request }) => {
  test.setTimeout(60_000);
  const wall = await page.context().newPage();
  await wall.goto(`${server.url}/wall`);
  await expect(wall.locator('html')).toHaveAttribute('lang', 'id');

  await openAdminPanel(page);
  await typePin(page, nextPin);
  await page.getByTestId('admin-tab-data').tap();
  await page.getByTestId('admin-refresh-now').tap();
  await expect(page.getByTestId('admin-refresh-result')).toContainText('Layanan data belum diatur');

  await page.getByTestId('admin-tab-settings').tap();
  await expect(page.getByTestId('admin-field-wallDisplay-note')).toHaveText('Berlaku setelah Anjungan dimulai ulang.');
  await expect(page.getByTestId('admin-field-idleTimeoutSeconds-note')).toHaveCount(0);
  // Nothing listens on port 9: a service that cannot be reached, which is not "not set up".
  await page.getByTestId('admin-field-dataServiceUrl').fill('http://127.0.0.1:9/anjungan/');
  await page.getByTestId('admin-field-publicKey').fill(publicKey());
  await page.getByTestId('admin-field-refreshIntervalMinutes').fill('5');
  await page.getByTestId('admin-field-idleTimeoutSeconds').fill('20');
  await page.getByTestId('admin-panel').getByRole('button', { name: 'English' }).tap();
  await page.getByTestId('admin-settings-save').tap();
  await expect(page.getByTestId('admin-settings-message')).toHaveText('Tersimpan dan langsung berlaku.');
  await expect(page.getByTestId('admin-restart-note')).toContainText('kecuali yang ditandai');

  // The next refresh uses the new service and key, on a new schedule.
  const status = await callOn<RefreshStatus>(request, server.url, 'refresh.status');
  expect(status).toMatchObject({ configured: true });
  expect(status.nextCheckAt).not.toBeNull();
  await page.getByTestId('admin-tab-data').tap();
  await page.getByTestId('admin-refresh-now').tap();
  await expect(page.getByTestId('admin-refresh-result')).toContainText('tidak dapat dihubungi');

  // The wall, which nobody touches, switches to the new language at once.
  await expect(wall.locator('html')).toHaveAttribute('lang', 'en');
  expect(await callOn<KioskSettings>(request, server.url, 'kiosk.settings')).toEqual({ idleTimeoutSeconds: 20, defaultLanguage: 'en' });

  // The kiosk counts the new 20 s, and starts over in the new default language.
  await page.getByTestId('admin-close').tap();
  await expect(page.getByTestId('admin-panel')).toHaveCount(0);
  await page.clock.fastForward(15_000);
  await expect(page.getByTestId('idle-overlay')).toHaveCount(0);
  await page.clock.fastForward(6_000);
  await expect(page.getByTestId('idle-overlay')).toBeVisible();
  await page.clock.fastForward(11_000);
  await expect(page.getByTestId('idle-overlay')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
