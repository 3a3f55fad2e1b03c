import { expect, test } from '../helpers/test.js';
import { chooseLanguage, fetchOverview, horizontalOverflow, openHome } from '../helpers/home.js';

test.describe('home screen (portrait 1080×1920)', () => {
  // Pinned here too, so the check means portrait whichever project picks this file up.
  test.use({ viewport: { width: 1080, height: 1920 } });

  for (const lang of ['id', 'en'] as const) {
    test(`renders without sideways scroll or clipping (${lang})`, async ({ page, request }) => {
      const overview = await fetchOverview(request);
      await openHome(page);
      if (lang === 'en') await chooseLanguage(page, 'en');

      await expect(page.getByTestId('region-title')).toBeVisible();
      await expect(page.getByTestId('data-as-of')).toBeInViewport();
      for (const figure of overview.keyFigures) await expect(page.locator(`[data-indicator="${figure.indicator.id}"]`)).toBeVisible();

      const report = await horizontalOverflow(page);
      expect(report.scrollWidth).toBeLessThanOrEqual(report.innerWidth);
      expect(report.offenders).toEqual([]);
    });
  }
});
