import { expect, test, type Page } from './helpers/test.js';
import { chooseLanguage } from './helpers/home.js';
import { openAttract, typeOnKeyboard } from './helpers/kiosk.js';

/**
 * The idle reset, on Playwright's clock: the test jumps over the 90 s instead of
 * waiting for them. The timeout comes from the app's config (default 90 s).
 */
const idleMs = 90_000;

async function startSession(page: Page): Promise<void> {
  await page.clock.install();
  await openAttract(page);
  await page.getByTestId('attract-start').tap();
  await expect(page.getByTestId('region-title')).toBeVisible();
}

test.describe('idle timeout', () => {
  test('counts down visibly, and a tap on "Lanjutkan" keeps the visitor where they were', async ({ page }) => {
    await startSession(page);
    await page.clock.fastForward(idleMs - 5_000);
    await expect(page.getByTestId('idle-overlay')).toHaveCount(0);
    await page.clock.fastForward(6_000);
    const overlay = page.getByTestId('idle-overlay');
    await expect(overlay).toBeVisible();
    await expect(overlay).toContainText('Masih di sini?');
    await expect(page.getByTestId('idle-countdown')).toHaveText('10');
    await page.clock.fastForward(3_000);
    await expect(page.getByTestId('idle-countdown')).toHaveText('7');
    await overlay.getByRole('button', { name: 'Lanjutkan' }).tap();
    await expect(overlay).toHaveCount(0);
    await expect(page.getByTestId('region-title')).toHaveText('Kabupaten Banyuwangi');
    // The countdown starts afresh: the full timeout again before the next warning.
    await page.clock.fastForward(idleMs - 5_000);
    await expect(overlay).toHaveCount(0);
  });

  test('touches keep the session alive', async ({ page }) => {
    await startSession(page);
    for (let step = 0; step < 4; step += 1) {
      await page.clock.fastForward(idleMs / 2);
      await page.touchscreen.tap(960, 700);
    }
    await expect(page.getByTestId('idle-overlay')).toHaveCount(0);
  });

  test('at zero: back to the attract loop, language and large text reset, screen state gone', async ({ page }) => {
    await page.clock.install();
    await page.goto('/?start=search');
    await typeOnKeyboard(page, 'genteng');
    await expect(page.getByTestId('search-field')).toHaveValue('genteng');
    await chooseLanguage(page, 'en');
    await page.getByTestId('large-text-toggle').tap();
    await expect(page.locator('html')).toHaveClass(/large-text/);

    await page.clock.fastForward(idleMs + 1_000);
    await expect(page.getByTestId('idle-overlay')).toContainText('Still there?');
    await page.clock.fastForward(10_500);
    await expect(page.getByTestId('attract')).toBeVisible();
    await expect(page.getByTestId('idle-overlay')).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    await expect(page.locator('html')).not.toHaveClass(/large-text/);
    await expect(page.getByTestId('attract-start')).toContainText('Sentuh untuk mulai');

    // No idle warning on the attract loop itself.
    await page.clock.fastForward(idleMs * 2);
    await expect(page.getByTestId('idle-overlay')).toHaveCount(0);
    await expect(page.getByTestId('attract')).toBeVisible();

    // A new visitor starts from a clean home screen: one step back leads nowhere but home.
    await page.getByTestId('attract-start').tap();
    await expect(page.getByTestId('region-title')).toHaveText('Kabupaten Banyuwangi');
  });
});
