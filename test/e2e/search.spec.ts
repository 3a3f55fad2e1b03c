import { expect, test } from './helpers/test.js';
import { clearKeyboard, openSearch, typeOnKeyboard } from './helpers/kiosk.js';
import { openMap } from './helpers/screens.js';

const gentengWetan = 'region:35.10.09.2002';

test.describe('search with the on-screen keyboard', () => {
  test('is reached from the shell\'s search button', async ({ page }) => {
    await openMap(page);
    await page.getByTestId('shell-search').tap();
    await expect(page.getByTestId('keyboard')).toBeVisible();
    await expect(page.getByTestId('search-suggestions')).toBeVisible();
  });

  test('"gentengwetan" and "genteng wetan" both find Genteng Wetan', async ({ page }) => {
    await openSearch(page);
    await typeOnKeyboard(page, 'gentengwetan');
    await expect(page.getByTestId('search-field')).toHaveValue('gentengwetan');
    await expect(page.locator(`[data-hit="${gentengWetan}"]`)).toContainText('Genteng Wetan');
    await expect(page.locator(`[data-hit="${gentengWetan}"]`)).toContainText('Kecamatan Genteng');

    await clearKeyboard(page);
    await expect(page.getByTestId('search-field')).toHaveValue('');
    await expect(page.getByTestId('search-suggestions')).toBeVisible();
    await typeOnKeyboard(page, 'genteng wetan');
    await expect(page.getByTestId('search-field')).toHaveValue('genteng wetan');
    await expect(page.locator(`[data-hit="${gentengWetan}"]`)).toBeVisible();
  });

  test('"karangrejo" shows two, told apart by level and kecamatan, and a tap opens the profile', async ({ page }) => {
    await openSearch(page);
    await typeOnKeyboard(page, 'karangrejo');
    const hits = page.locator('.search-hit--region');
    await expect(hits).toHaveCount(2);
    const desa = page.locator('[data-hit="region:35.10.25.2008"]');
    const kelurahan = page.locator('[data-hit="region:35.10.16.1007"]');
    await expect(desa).toContainText('Desa · Kecamatan Blimbingsari');
    await expect(kelurahan).toContainText('Kelurahan · Kecamatan Banyuwangi');

    await desa.tap();
    await expect(page.getByTestId('screen-title')).toContainText('Karangrejo');
    await expect(page.locator('.profile-figure').first()).toBeVisible();
  });

  test('backspace removes one letter; indicators are found too and open their screen', async ({ page }) => {
    await openSearch(page);
    await typeOnKeyboard(page, 'kemiskinanx');
    await page.getByTestId('keyboard').locator('[data-skbtn="{bksp}"]').tap();
    await expect(page.getByTestId('search-field')).toHaveValue('kemiskinan');
    const indicator = page.locator('.search-hit--indicator').first();
    await expect(indicator).toBeVisible();
    await expect(indicator).toContainText('Data ·');
    const title = (await indicator.locator('.search-hit__title').textContent()) ?? '';
    await indicator.tap();
    await expect(page.getByTestId('screen-title')).toHaveText(title);
  });

  test('keys are at least 56 px for fingers', async ({ page }) => {
    await openSearch(page);
    for (const key of await page.getByTestId('keyboard').locator('.hg-button').all()) {
      const box = await key.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThanOrEqual(56);
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(56);
    }
  });

  test('nothing found says so and offers the suggestions again, which still open a profile', async ({ page }) => {
    await openSearch(page);
    await typeOnKeyboard(page, 'xqz');
    await expect(page.getByTestId('search-status')).toHaveText('Tidak ada hasil untuk «xqz». Coba ejaan lain atau kata yang lebih pendek.');
    await expect(page.getByTestId('search-results')).toHaveCount(0);
    await expect(page.getByTestId('search-suggestions')).toBeVisible();
    // The two-line message stands above the suggestions, not over them (the scrolling column once squeezed it).
    const status = await page.getByTestId('search-status').boundingBox();
    const suggestions = await page.getByTestId('search-suggestions').boundingBox();
    expect((status?.y ?? 0) + (status?.height ?? 0)).toBeLessThanOrEqual(suggestions?.y ?? 0);
    expect(await page.getByTestId('search-status').evaluate((element) => element.scrollHeight <= element.clientHeight + 1)).toBe(true);
    await page.locator('.chip[data-region="35.10.09"]').tap();
    await expect(page.getByTestId('screen-title')).toContainText('Genteng');
  });

  test('a kecamatan suggestion opens its profile', async ({ page }) => {
    await openSearch(page);
    await page.locator('.chip[data-region="35.10.09"]').tap();
    await expect(page.getByTestId('screen-title')).toContainText('Genteng');
  });
});
