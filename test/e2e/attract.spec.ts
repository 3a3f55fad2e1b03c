import { expect, test } from './helpers/test.js';
import type { Overview } from '../../data/api/types.js';
import { expectedValue, figureValueText } from './helpers/home.js';
import { openAttract } from './helpers/kiosk.js';
import { api } from './helpers/screens.js';

test.describe('attract loop', () => {
  test('opens on the attract loop with the regency figures, the data date and the call to touch', async ({ page, request }) => {
    const overview = await api<Overview>(request, 'overview.get');
    await openAttract(page);
    await expect(page.locator('[data-slide="figures"]')).toBeVisible();
    await expect(page.getByTestId('data-as-of')).toBeVisible();
    await expect(page.getByTestId('attract-start')).toContainText('Sentuh untuk mulai');
    await expect(page.getByTestId('attract-start')).toContainText('Touch to start');
    for (const figure of overview.keyFigures.slice(0, 4)) {
      expect(await figureValueText(page, figure.indicator.id)).toBe(expectedValue(figure, 'id'));
    }
  });

  test('a tap anywhere starts: attract → home', async ({ page }) => {
    await openAttract(page);
    await page.touchscreen.tap(960, 540);
    await expect(page.getByTestId('figure-value').first()).toBeVisible();
    await expect(page.getByTestId('attract')).toHaveCount(0);
    await expect(page.getByTestId('region-title')).toHaveText('Kabupaten Banyuwangi');
  });

  test('the "touch to start" button starts too', async ({ page }) => {
    await openAttract(page);
    await page.getByTestId('attract-start').tap();
    await expect(page.getByTestId('region-title')).toBeVisible();
  });

  test('rotates highlights every 8 s: figures, a village, the map, then a different village', async ({ page }) => {
    await page.clock.install();
    await openAttract(page);
    await expect(page.locator('[data-slide="figures"]')).toBeVisible();
    await page.clock.fastForward(8_100);
    const village = page.locator('[data-slide="village"]');
    await expect(village).toBeVisible();
    const first = await village.getAttribute('data-region');
    await expect(village.locator('.figure-tile').first()).toBeVisible();
    await expect(village.getByTestId('sample-badge').first()).toBeVisible();
    await page.clock.fastForward(8_100);
    await expect(page.locator('[data-slide="map"] .regency-outline__region')).toHaveCount(25);
    await page.clock.fastForward(8_100);
    await expect(page.locator('[data-slide="figures"]')).toBeVisible();
    await page.clock.fastForward(8_100);
    await expect(village).toBeVisible();
    expect(await village.getAttribute('data-region')).not.toBe(first);
  });

  test('reduced motion: nothing pulses or slides', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openAttract(page);
    // What a visitor could see move. Home, drawn ahead out of sight behind the loop (and
    // the screens warmed up there), may be showing its loading spinner: invisible, no motion.
    const animations = await page.evaluate(() =>
      document
        .getAnimations()
        .map((animation) => (animation.effect as KeyframeEffect | null)?.target ?? null)
        .filter((target) => target?.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }))
        .map((target) => target?.className),
    );
    expect(animations).toEqual([]);
  });
});
