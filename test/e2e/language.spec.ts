import { expect, test } from './helpers/test.js';
import { chooseLanguage } from './helpers/home.js';
import { openAttract } from './helpers/kiosk.js';

test.describe('language choice', () => {
  test('English on the attract loop sets the language and starts', async ({ page }) => {
    await openAttract(page);
    await page.locator('.attract__language[data-lang="en"]').tap();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('region-title')).toHaveText('Banyuwangi Regency');
    await expect(page.getByTestId('data-as-of')).toContainText('Data as of');
    await expect(page.locator('.language-toggle button[data-lang="en"]')).toHaveAttribute('aria-pressed', 'true');
  });

  test('Bahasa Indonesia on the attract loop starts in Bahasa Indonesia', async ({ page }) => {
    await openAttract(page);
    await page.locator('.attract__language[data-lang="id"]').tap();
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    await expect(page.getByTestId('region-title')).toHaveText('Kabupaten Banyuwangi');
    await expect(page.getByTestId('data-as-of')).toContainText('Data per');
  });

  test('the attract loop speaks both languages before a choice, and the toggle switches after', async ({ page }) => {
    await openAttract(page);
    await expect(page.locator('.attract__language[data-lang="id"]')).toContainText('Mulai dalam Bahasa Indonesia');
    await expect(page.locator('.attract__language[data-lang="en"]')).toContainText('Start in English');
    await page.getByTestId('attract-start').tap();
    await chooseLanguage(page, 'en');
    await chooseLanguage(page, 'id');
  });
});
