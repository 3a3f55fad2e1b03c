import { expect, test } from '@playwright/test';
import { chooseLanguage, horizontalOverflow, openHome } from './helpers/home.js';

/**
 * `npm run screenshots`: the home screen as a visitor sees it, per orientation and
 * language, into docs/screenshots/ for review by eye.
 */
const orientations = {
  landscape: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 },
} as const;

for (const [orientation, viewport] of Object.entries(orientations)) {
  for (const lang of ['id', 'en'] as const) {
    test(`home ${orientation} ${lang}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await openHome(page);
      if (lang === 'en') await chooseLanguage(page, 'en');
      await page.evaluate(() => document.fonts.ready);
      expect((await horizontalOverflow(page)).offenders).toEqual([]);
      await page.screenshot({ path: `docs/screenshots/home-${orientation}-${lang}.png` });
    });
  }
}
