import { expect, test, type Page } from './helpers/test.js';
import { openIndicatorFromTheme } from './helpers/screens.js';

/**
 * A tap opens its screen once the screen's answers are in (navigation/openWhenRead): the
 * screen the visitor is on stays up meanwhile, so a new screen is drawn once, with its
 * data, instead of a loading panel first. A slow answer still opens the screen after a
 * short hold, with its loading panel. The answers are the real server's, held back in
 * transit to play a slow link. (Back, Home and the idle reset winning over a waiting tap
 * are unit-tested in test/renderer/opening-hold.test.tsx, where time is the test's own.)
 */
const front = '.screen-host:not([data-behind])';

/**
 * From when `hold` is set, the page sends a profile request only once it shows the
 * opening mark: the answer then comes during the hold whatever the machine's speed, as a
 * link a little slower than the kiosk's own would. Without a hold (were it to break) the
 * request goes after 2 s, and the screen would open with its loading panel first.
 */
const sendProfilesOnceOpening = `
  window.__sendProfilesOnceOpening = false;
  const send = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (window.__sendProfilesOnceOpening && url.endsWith('/api/region.profile')) {
      await new Promise((resolve) => {
        const root = document.documentElement;
        let timer;
        const observer = new MutationObserver(() => root.hasAttribute('data-opening') && done());
        const done = () => { observer.disconnect(); clearTimeout(timer); resolve(); };
        observer.observe(root, { attributes: true });
        timer = setTimeout(done, 2000);
        if (root.hasAttribute('data-opening')) done();
      });
    }
    return send(input, init);
  };
`;

/** Delays every profile answer by `ms` on its way to the page. */
async function slowProfiles(page: Page, ms: number): Promise<void> {
  await page.route('**/api/region.profile', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}

/** Records, from now on, what the screen in front shows: the loading panel, the opening mark on <html>, a region screen. */
async function watchFront(page: Page): Promise<void> {
  await page.evaluate((selector) => {
    const seen = { loading: false, opening: false, regionBeforeData: false };
    (window as unknown as { seen: typeof seen }).seen = seen;
    const check = () => {
      if (document.querySelector(`${selector} [data-testid="loading"]`)) seen.loading = true;
      if (document.documentElement.hasAttribute('data-opening')) seen.opening = true;
      if (document.querySelector(`${selector} [data-screen="region"]`) && !document.querySelector(`${selector} .profile-figure`)) seen.regionBeforeData = true;
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
  }, front);
}

const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: { loading: boolean; opening: boolean; regionBeforeData: boolean } }).seen);

test.describe('opening a screen once its answers are in', () => {
  test('a tap keeps the screen up until the profile is in, then shows it with its data, never a loading panel', async ({ page }) => {
    await page.addInitScript(sendProfilesOnceOpening);
    await openIndicatorFromTheme(page, 'kemiskinan', 'sample_poverty_rate');
    await page.evaluate(() => ((window as unknown as { __sendProfilesOnceOpening: boolean }).__sendProfilesOnceOpening = true));
    // The last row: its profile is not fetched ahead before the tap.
    const row = page.locator(`${front} [data-testid="rank-row"]`).last();
    await row.scrollIntoViewIfNeeded();
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    await watchFront(page);
    await row.tap();
    // The indicator screen is still in front while the answer travels.
    await expect(page.locator(`${front} [data-screen="indicator"]`)).toBeVisible();
    await expect(page.locator(`${front} .profile-figure`).first()).toBeVisible();
    expect(await seen(page)).toEqual({ loading: false, opening: true, regionBeforeData: false });
    await expect(page.locator('html')).not.toHaveAttribute('data-opening');
  });

  test('a slow answer opens the screen after a short hold, with its loading panel, then its data', async ({ page }) => {
    await openIndicatorFromTheme(page, 'kemiskinan', 'sample_poverty_rate');
    await slowProfiles(page, 2_000);
    const row = page.locator(`${front} [data-testid="rank-row"]`).last();
    await row.scrollIntoViewIfNeeded();
    await watchFront(page);
    const tappedAt = Date.now();
    await row.tap();
    await expect(page.locator(`${front} [data-screen="region"] [data-testid="loading"]`)).toBeVisible();
    // Well before the answer: the hold is short.
    expect(Date.now() - tappedAt).toBeLessThan(1_500);
    await expect(page.locator('html')).not.toHaveAttribute('data-opening');
    await expect(page.locator(`${front} .profile-figure`).first()).toBeVisible({ timeout: 10_000 });
    expect((await seen(page)).opening).toBe(true);
  });
});
