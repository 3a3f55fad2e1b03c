import { expect, test, type Page } from './helpers/test.js';
import { chooseLanguage, horizontalOverflow, openHome } from './helpers/home.js';
import { openIndicatorFromTheme, openMap, openTheme, tapRankRow } from './helpers/screens.js';
import { openAttract, openSearch, typeOnKeyboard } from './helpers/kiosk.js';
import { loginToPanel, must } from './helpers/admin.js';

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

/* ---- Data screens (map, region profiles, theme, indicator) ---- */
const dataScreens: { name: string; open: (page: Page) => Promise<void> }[] = [
  { name: 'theme', open: (page) => openTheme(page, 'kemiskinan') },
  { name: 'indicator', open: (page) => openIndicatorFromTheme(page, 'kemiskinan', 'sample_poverty_rate') },
  {
    // A figure only for the regency, stitched from one report a year: its trend to scale (2003, then every March from 2019) and the reports.
    name: 'indicator-regency',
    open: async (page) => {
      await openTheme(page, 'kemiskinan');
      await page.locator('.indicator-tile[data-indicator="poverty_rate"]').tap();
      await page.locator('[data-testid="trend"]').scrollIntoViewIfNeeded();
      await expect(page.locator('[data-testid="trend"] canvas')).toBeVisible();
    },
  },
  {
    name: 'region-kecamatan',
    open: async (page) => {
      await openIndicatorFromTheme(page, 'kemiskinan', 'sample_poverty_rate');
      await tapRankRow(page, '35.10.09');
    },
  },
  {
    name: 'region-desa',
    open: async (page) => {
      await openIndicatorFromTheme(page, 'kemiskinan', 'sample_poverty_rate');
      await tapRankRow(page, '35.10.09');
      await tapRankRow(page, '35.10.09.2002');
    },
  },
  {
    name: 'region-kabupaten',
    open: async (page) => {
      await openIndicatorFromTheme(page, 'kemiskinan', 'sample_poverty_rate');
      await tapRankRow(page, '35.10.09');
      await page.locator('.breadcrumb__button[data-region="35.10"]').tap();
      await expect(page.getByTestId('child-ranking')).toBeVisible();
    },
  },
  { name: 'map', open: openMap },
];

for (const screen of dataScreens) {
  for (const [orientation, viewport] of Object.entries(orientations)) {
    for (const lang of ['id', 'en'] as const) {
      test(`${screen.name} ${orientation} ${lang}`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await screen.open(page);
        if (lang === 'en') await chooseLanguage(page, 'en');
        await expect(page.getByTestId('loading')).toHaveCount(0);
        await page.evaluate(() => document.fonts.ready);
        await page.waitForTimeout(300);
        expect((await horizontalOverflow(page)).offenders).toEqual([]);
        await page.screenshot({ path: `docs/screenshots/${screen.name}-${orientation}-${lang}.png` });
      });
    }
  }
}

/* ---- Large text (A+), in Bahasa Indonesia: the screens with the most to reflow ---- */
const largeTextScreens: { name: string; open: (page: Page) => Promise<void> }[] = [
  { name: 'home', open: openHome },
  ...dataScreens.filter((screen) => screen.name === 'indicator' || screen.name === 'region-kecamatan'),
];

for (const screen of largeTextScreens) {
  for (const [orientation, viewport] of Object.entries(orientations)) {
    test(`large text ${screen.name} ${orientation}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await screen.open(page);
      await page.getByTestId('large-text-toggle').tap();
      await expect(page.locator('html')).toHaveClass(/large-text/);
      await expect(page.getByTestId('loading')).toHaveCount(0);
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(300);
      expect((await horizontalOverflow(page)).offenders).toEqual([]);
      await page.screenshot({ path: `docs/screenshots/large-text-${screen.name}-${orientation}.png` });
    });
  }
}

/* ---- Kiosk screens (attract loop, search with results, compare) ---- */
const kioskScreens: { name: string; open: (page: Page, lang: 'id' | 'en') => Promise<void> }[] = [
  {
    name: 'attract',
    // Bilingual call to touch; the slides speak the configured default language, so 'en' is a kiosk configured for English.
    open: async (page, lang) => {
      if (lang === 'en') {
        const settings = { idleTimeoutSeconds: 90, defaultLanguage: 'en' };
        await page.route('**/api/kiosk.settings', (route) => route.fulfill({ json: { ok: true, value: settings } }));
        // The event stream repeats the settings in force (and any saved later): it must say English too.
        await page.route('**/api/events', (route) =>
          route.fulfill({ headers: { 'Content-Type': 'text/event-stream' }, body: `retry: 600000\n\nevent: kiosk.settings\ndata: ${JSON.stringify(settings)}\n\n` }),
        );
      }
      await openAttract(page);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
    },
  },
  {
    name: 'search',
    open: async (page, lang) => {
      await openSearch(page);
      if (lang === 'en') await chooseLanguage(page, 'en');
      await typeOnKeyboard(page, 'karang');
      await expect(page.locator('.search-hit').first()).toBeVisible();
      await expect(page.getByTestId('search-status')).not.toHaveText(/Mencari|Searching/);
    },
  },
  {
    name: 'compare',
    open: async (page, lang) => {
      await page.goto('/?start=compare&regions=35.10.09,35.10.25,35.10.25.2008,35.10.16.1007');
      if (lang === 'en') await chooseLanguage(page, 'en');
      await expect(page.locator('.compare-grid__region')).toHaveCount(4);
      await expect(page.locator('.compare-grid__cell').first()).toBeVisible();
    },
  },
];

for (const screen of kioskScreens) {
  for (const [orientation, viewport] of Object.entries(orientations)) {
    for (const lang of ['id', 'en'] as const) {
      test(`${screen.name} ${orientation} ${lang}`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await screen.open(page, lang);
        await expect(page.getByTestId('loading')).toHaveCount(0);
        await page.evaluate(() => document.fonts.ready);
        await page.waitForTimeout(300);
        expect((await horizontalOverflow(page)).offenders).toEqual([]);
        await page.screenshot({ path: `docs/screenshots/${screen.name}-${orientation}-${lang}.png` });
      });
    }
  }
}

/* ---- Wall display (idle, showing a region) and the kiosk while it presents ---- */
for (const [orientation, viewport] of Object.entries(orientations)) {
  test(`wall ${orientation}`, async ({ page, request }) => {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await must(request, 'wall.release');
    await page.goto('/wall');
    await expect(page.getByTestId('wall-idle-figure')).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `docs/screenshots/wall-idle-${orientation}.png` });
    await must(request, 'wall.show', { view: { screen: 'region', params: { code: '35.10.09' }, title: 'Kecamatan Genteng' } });
    await expect(page.locator('.profile-figure').first()).toBeVisible();
    await expect(page.getByTestId('loading')).toHaveCount(0);
    await page.waitForTimeout(500);
    await page.screenshot({ path: `docs/screenshots/wall-region-${orientation}.png` });
    expect((await horizontalOverflow(page)).offenders).toEqual([]);
    await must(request, 'wall.release');
  });

  test(`kiosk presenting ${orientation}`, async ({ page, request }) => {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openIndicatorFromTheme(page, 'kemiskinan', 'sample_poverty_rate');
    await tapRankRow(page, '35.10.09');
    await page.getByTestId('wall-toggle').tap();
    await expect(page.getByTestId('wall-live')).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `docs/screenshots/wall-presenting-${orientation}.png` });
    expect((await horizontalOverflow(page)).offenders).toEqual([]);
    await must(request, 'wall.release');
  });
}

/* ---- Admin panel: status and data ---- */
for (const [orientation, viewport] of Object.entries(orientations)) {
  test(`admin ${orientation}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openHome(page);
    await loginToPanel(page);
    await expect(page.getByTestId('admin-status')).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `docs/screenshots/admin-status-${orientation}.png` });
    await page.getByTestId('admin-tab-data').tap();
    await page.getByTestId('admin-refresh-now').tap();
    await expect(page.getByTestId('admin-refresh-result')).toBeVisible();
    await page.getByTestId('admin-field-folder').tap();
    await page.screenshot({ path: `docs/screenshots/admin-data-${orientation}.png` });
    await page.getByTestId('admin-tab-settings').tap();
    await expect(page.getByTestId('admin-settings-save')).toBeVisible();
    await page.screenshot({ path: `docs/screenshots/admin-settings-${orientation}.png` });
  });
}
