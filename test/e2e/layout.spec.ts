import { test } from './helpers/test.js';
import { walkScreensForLayout } from './helpers/layout.js';

test.describe('layout (landscape)', () => {
  for (const largeText of [false, true]) {
    for (const lang of ['id', 'en'] as const) {
      test(`every screen fits the width, names stay whole, nothing overlaps (${lang}${largeText ? ', large text' : ''})`, async ({ page }) => {
        await walkScreensForLayout(page, lang, largeText);
      });
    }
  }
});
