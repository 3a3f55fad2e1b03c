import { test } from '../helpers/test.js';
import { walkScreensForLayout } from '../helpers/layout.js';

test.describe('layout (portrait 1080×1920)', () => {
  test.use({ viewport: { width: 1080, height: 1920 } });

  for (const largeText of [false, true]) {
    for (const lang of ['id', 'en'] as const) {
      test(`every screen fits the width, names stay whole, nothing overlaps (${lang}${largeText ? ', large text' : ''})`, async ({ page }) => {
        await walkScreensForLayout(page, lang, largeText);
      });
    }
  }
});
