import { expect, test, type Page } from '../helpers/test.js';
import { horizontalOverflow } from '../helpers/home.js';
import { openAttract, openSearch, typeOnKeyboard } from '../helpers/kiosk.js';
import { unevenCardRows } from '../helpers/layout.js';

/** The kiosk's own screens on a 1080×1920 portrait screen: nothing sideways, nothing clipped, keys big enough. */
test.describe('kiosk screens (portrait 1080×1920)', () => {
  test.use({ viewport: { width: 1080, height: 1920 } });

  async function expectFits(page: Page): Promise<void> {
    const report = await horizontalOverflow(page);
    expect(report.scrollWidth).toBeLessThanOrEqual(report.innerWidth);
    expect(report.offenders).toEqual([]);
  }

  test('attract loop', async ({ page }) => {
    await openAttract(page);
    await expect(page.getByTestId('attract-start')).toBeInViewport();
    await expect(page.locator('.attract__language')).toHaveCount(2);
    await expectFits(page);
  });

  test('search with results and the keyboard in reach', async ({ page }) => {
    await openSearch(page);
    await typeOnKeyboard(page, 'karangrejo');
    await expect(page.locator('.search-hit--region')).toHaveCount(2);
    await expect(page.getByTestId('keyboard')).toBeInViewport();
    for (const key of await page.getByTestId('keyboard').locator('.hg-button').all()) {
      const box = await key.boundingBox();
      expect(Math.min(box?.width ?? 0, box?.height ?? 0)).toBeGreaterThanOrEqual(56);
    }
    await expectFits(page);
  });

  test('project cards side by side line up, though one kind and its sample mark take two lines', async ({ page }) => {
    // Sambimulyo's two projects: "Jembatan" fits beside the mark, "Sarana ekonomi" does not.
    await openSearch(page);
    await typeOnKeyboard(page, 'sambimulyo');
    await page.locator('[data-hit="region:35.10.02.2006"]').tap();
    const cards = page.locator('.screen-host:not([data-behind]) .project-card');
    await expect(cards).toHaveCount(2);
    await cards.first().scrollIntoViewIfNeeded();
    expect(await unevenCardRows(page, '.screen-host:not([data-behind]) .projects__grid > .project-card', ['.project-card__name', '.project-card__budget', '.project-card__progress'])).toEqual([]);
  });

  test('compare with four places', async ({ page }) => {
    await page.goto('/?start=compare&regions=35.10.09,35.10.25,35.10.25.2008,35.10.16.1007');
    await expect(page.locator('.compare-grid__region')).toHaveCount(4);
    await expect(page.locator('.compare-grid__cell').first()).toBeVisible();
    await expectFits(page);
    // In narrow columns the unit goes under the number: a figure without one still sits level with its row.
    expect(await unevenCardRows(page, '.compare-grid__cell:not(.compare-grid__cell--empty)', ['[data-testid="compare-value"]', '.compare-grid__period'])).toEqual([]);
  });
});
