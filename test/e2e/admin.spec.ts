import { expect, test } from './helpers/test.js';
import type { AdminConfig } from '../../data/api/types.js';
import { openHome } from './helpers/home.js';
import { adminToken, call, loginToPanel, must, openAdminPanel, typePin } from './helpers/admin.js';

/**
 * The admin panel in web mode, by touch: the hidden corner gesture, the PIN (set up
 * with the code from the data folder on a fresh server), and each action's plain-words
 * answer when it cannot succeed. Serial: the lockout test at the end shuts every login out.
 */
test.describe.configure({ mode: 'serial' });

test.beforeEach(async ({ page }) => {
  await openHome(page);
});

test('five taps in the corner open the PIN pad; taps elsewhere do not', async ({ page }) => {
  for (let tap = 0; tap < 5; tap += 1) await page.touchscreen.tap(960, 540);
  await expect(page.getByTestId('admin-panel')).toHaveCount(0);
  await openAdminPanel(page);
  await expect(page.getByTestId('pin-pad')).toBeVisible();
  await page.getByTestId('admin-close').tap();
  await expect(page.getByTestId('admin-panel')).toHaveCount(0);
});

test('set up or log in, and see the status', async ({ page }) => {
  await loginToPanel(page);
  await expect(page.getByTestId('admin-status')).toBeVisible();
  await expect(page.getByTestId('status-version')).not.toBeEmpty();
  await expect(page.getByTestId('status-snapshots').locator('li')).not.toHaveCount(0);
  // No data service here: the status says so in the panel's language, with what to do, not the server's English.
  await expect(page.getByTestId('status-note')).toHaveText(/^Layanan data belum diatur di anjungan ini.*di Pengaturan\.$/);
});

test('refresh now without a data service says so in plain words', async ({ page }) => {
  await loginToPanel(page);
  await page.getByTestId('admin-tab-data').tap();
  await page.getByTestId('admin-refresh-now').tap();
  await expect(page.getByTestId('admin-refresh-result')).toContainText(/Layanan data belum diatur|No data service/);
});

test('roll back with nothing older is not offered, says why, and the server refuses it too', async ({ page, request }) => {
  const before = await must<{ datasetVersion: number }>(request, 'snapshot.info');
  await loginToPanel(page);
  await page.getByTestId('admin-tab-data').tap();
  await expect(page.getByText('Tidak ada versi lama yang baik tersimpan di anjungan ini.')).toBeVisible();
  await expect(page.getByTestId('admin-rollback')).toBeDisabled();
  // Asked directly (a stale panel, a script), the answer is a refusal that changes nothing.
  const token = await adminToken(request);
  const refused = await call(request, 'admin.rollback', { token, fromVersion: before.datasetVersion });
  expect(refused.ok ? 'rolled back' : refused.error.message).toContain('no good snapshot older');
  expect((await must<{ datasetVersion: number }>(request, 'snapshot.info')).datasetVersion).toBe(before.datasetVersion);
});

test('import from a folder that does not exist says so', async ({ page }) => {
  await loginToPanel(page);
  await page.getByTestId('admin-tab-data').tap();
  await page.getByTestId('admin-field-folder').tap();
  await expect(page.getByTestId('admin-keyboard')).toBeVisible();
  for (const key of ['/', 'n', 'o', 'u', 's', 'b']) await page.locator(`[data-testid="admin-keyboard"] [data-skbtn="${key}"]`).tap();
  await expect(page.getByTestId('admin-field-folder')).toHaveValue('/nousb');
  await page.getByTestId('admin-import').tap();
  await expect(page.getByTestId('admin-import-result')).toContainText('Tidak ada yang diimpor');
  await expect(page.getByTestId('admin-import-result')).toContainText('does not exist');
});

test('a bad data-service URL is refused next to the field, and nothing is saved', async ({ page, request }) => {
  await loginToPanel(page);
  await page.getByTestId('admin-tab-settings').tap();
  const field = page.getByTestId('admin-field-dataServiceUrl');
  await field.tap();
  await field.fill('ftp://nope');
  await page.getByTestId('admin-settings-save').tap();
  await expect(page.getByTestId('admin-field-dataServiceUrl-error')).toBeVisible();
  await expect(page.getByTestId('admin-settings-message')).toContainText('tidak disimpan');
  const token = await adminToken(request);
  expect((await must<AdminConfig>(request, 'admin.config.get', { token })).config.dataServiceUrl).toBeNull();
});

test('five wrong PINs lock the pad and say until when', async ({ page }) => {
  // Keeps a session for any test that runs after the lockout (the wall's playlist test).
  await adminToken(page.request);
  await openAdminPanel(page);
  for (let attempt = 1; attempt <= 4; attempt += 1) {
    await typePin(page, '999999');
    await expect(page.getByTestId('admin-gate-message')).toContainText(`Sisa ${5 - attempt} percobaan`);
  }
  await typePin(page, '999999');
  await expect(page.getByTestId('admin-gate-message')).toContainText(/dikunci sampai pukul \d{2}\.\d{2}/);
  await expect(page.getByTestId('pin-submit')).toBeDisabled();
});
