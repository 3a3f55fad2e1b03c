import { test } from '../helpers/test.js';
import { walkWithLargeText } from '../helpers/layout.js';

test.describe('large text (portrait 1080×1920)', () => {
  test.use({ viewport: { width: 1080, height: 1920 } });

  for (const lang of ['id', 'en'] as const) {
    test(`every screen fits the width, names stay whole, nothing overlaps (${lang})`, async ({ page }) => {
      await walkWithLargeText(page, lang);
    });
  }
});
