import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './helpers/test.js';
import { openHome } from './helpers/home.js';
import { openAttract, openSearch, typeOnKeyboard } from './helpers/kiosk.js';
import { openIndicatorFromTheme, openMap, openTheme } from './helpers/screens.js';

/**
 * axe-core on every screen a visitor can reach, in both languages: no serious or
 * critical violation. Moderate and minor findings are printed for review, not failed.
 */
async function expectNoSeriousViolations(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  const report = serious.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join(', ')}`);
  for (const violation of results.violations.filter((item) => !serious.includes(item))) console.log(`[axe ${name}] ${violation.id} (${violation.impact})`);
  expect(report, `${name}: serious or critical axe violations`).toEqual([]);
}

const screens: Record<string, (page: Page) => Promise<void>> = {
  attract: openAttract,
  home: openHome,
  search: async (page) => {
    await openSearch(page);
    await typeOnKeyboard(page, 'karang');
    await expect(page.locator('.search-hit').first()).toBeVisible();
  },
  'search-empty': openSearch,
  compare: async (page) => {
    await page.goto('/?start=compare&regions=35.10.09,35.10.25,35.10.25.2008');
    await expect(page.locator('.compare-grid__cell').first()).toBeVisible();
  },
  'compare-picker': async (page) => {
    await page.goto('/?start=compare&regions=35.10.09');
    await expect(page.locator('.compare-grid__cell').first()).toBeVisible();
  },
  map: openMap,
  'region-kecamatan': async (page) => {
    await openSearch(page);
    await page.locator('.chip[data-region="35.10.09"]').tap();
    await expect(page.locator('.profile-figure').first()).toBeVisible();
  },
  'region-desa': async (page) => {
    await openSearch(page);
    await typeOnKeyboard(page, 'karangrejo');
    await page.locator('[data-hit="region:35.10.25.2008"]').tap();
    await expect(page.locator('.profile-figure').first()).toBeVisible();
  },
  theme: (page) => openTheme(page, 'kemiskinan'),
  indicator: (page) => openIndicatorFromTheme(page, 'kemiskinan', 'sample_poverty_rate'),
  // A figure only for the regency: its trend drawn to scale, the part-year mark and each report's citation.
  'indicator-regency': async (page) => {
    await openTheme(page, 'keuangan_desa');
    await page.locator('.indicator-tile[data-indicator="dana_desa_realisation"]').tap();
    await expect(page.getByTestId('citations')).toBeVisible();
    await page.getByTestId('citations').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-testid="trend"] canvas')).toBeVisible();
  },
  'idle-overlay': async (page) => {
    await page.clock.install();
    await openHome(page);
    await page.clock.fastForward(91_000);
    await expect(page.getByTestId('idle-overlay')).toBeVisible();
  },
};

// The attract loop changes language only by starting, and the overlay covers the toggle: Bahasa Indonesia only.
const oneLanguage = new Set(['attract', 'idle-overlay']);

for (const [name, open] of Object.entries(screens)) {
  for (const lang of oneLanguage.has(name) ? (['id'] as const) : (['id', 'en'] as const)) {
    test(`axe: ${name} (${lang})`, async ({ page }) => {
      await open(page);
      if (lang === 'en') {
        await page.locator('.language-toggle button[data-lang="en"]').first().tap();
        await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      }
      // The picker sheet covers the language toggle, so it opens after the language is set.
      if (name === 'compare-picker') {
        await page.getByTestId('compare-add').tap();
        await expect(page.getByTestId('region-picker').locator('.chip').first()).toBeVisible();
      }
      await expectNoSeriousViolations(page, `${name} ${lang}`);
    });
  }
}
