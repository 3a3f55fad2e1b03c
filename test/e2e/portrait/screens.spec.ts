import { expect, test, type Page } from '../helpers/test.js';
import { chooseLanguage, horizontalOverflow } from '../helpers/home.js';
import { expectTitle, openIndicatorFromTheme, openMap, openTheme, tapMapRegion, tapRankRow } from '../helpers/screens.js';
import { unevenCardRows } from '../helpers/layout.js';

test.describe('data screens (portrait 1080×1920)', () => {
  test.use({ viewport: { width: 1080, height: 1920 } });

  for (const lang of ['id', 'en'] as const) {
    test(`theme, indicator, profiles and map fit the width without clipping (${lang})`, async ({ page }) => {
      const check = async () => {
        await expect(page.getByTestId('data-as-of')).toBeInViewport();
        const report = await horizontalOverflow(page);
        expect(report.scrollWidth).toBeLessThanOrEqual(report.innerWidth);
        expect(report.offenders).toEqual([]);
      };
      await openTheme(page, 'kemiskinan');
      if (lang === 'en') await chooseLanguage(page, 'en');
      await check();
      await page.locator('.indicator-tile[data-indicator="sample_poverty_rate"]').tap();
      await expect(page.getByTestId('rank-row').first()).toBeVisible();
      await check();
      await tapRankRow(page, '35.10.09');
      await check();
      await tapRankRow(page, '35.10.09.2002');
      await check();
      // Two cards a row: their figures and comparisons sit level, whatever each card's name and marks take.
      expect(await unevenCardRows(page, '.screen-host:not([data-behind]) .region__figures > .profile-figure', ['[data-testid="figure-value"]', '.profile-figure__refs'])).toEqual([]);
      await page.getByTestId('shell-home').tap();
      await openMapFromHome(page);
      await check();
    });
  }

  test('a kecamatan tapped on the portrait map opens its profile', async ({ page }) => {
    await openMap(page);
    await page.getByTestId('toggle-points').tap();
    await tapMapRegion(page, '35.10.16');
    await expectTitle(page, 'Kecamatan Banyuwangi');
    await openIndicatorFromTheme(page, 'kemiskinan', 'sample_poverty_rate');
  });
});

async function openMapFromHome(page: Page) {
  await page.getByTestId('home-map').tap();
  await expect(page.locator('.choropleth__region').first()).toBeVisible();
}
