import { expect, test, type Page } from './helpers/test.js';
import { chooseLanguage } from './helpers/home.js';
import { openAttract } from './helpers/kiosk.js';
import { expectTitle, openIndicatorFromTheme, tapRankRow } from './helpers/screens.js';

/**
 * Back and Home bring back the screen the visitor left, kept drawn behind the new one
 * (navigation/KeptScreenView), instead of building it again.
 */
const front = '.screen-host:not([data-behind])';

/** Marks the element of the screen in front, to tell later whether Back brought back that same element or a new one. */
async function markFront(page: Page): Promise<void> {
  await page.evaluate((selector) => {
    (window as unknown as { marked: Element | null }).marked = document.querySelector(`${selector} [data-screen]`);
  }, front);
}

const isMarkedInFront = (page: Page) =>
  page.evaluate((selector) => {
    const marked = (window as unknown as { marked: Element | null }).marked;
    return !!marked && marked === document.querySelector(`${selector} [data-screen]`);
  }, front);

test.describe('kept screens', () => {
  test('Back brings back the same screen, scrolled where it was; the one left is taken down once idle', async ({ page }) => {
    await openIndicatorFromTheme(page, 'kemiskinan', 'sample_poverty_rate');
    await tapRankRow(page, '35.10.09');
    await expectTitle(page, 'Kecamatan Genteng');
    // Scrolled down to the villages, one of which the visitor taps.
    const village = page.getByTestId('child-ranking').getByTestId('rank-row').first();
    await village.scrollIntoViewIfNeeded();
    const scrolled = await page.locator(`${front} .screen__body`).evaluate((element) => element.scrollTop);
    expect(scrolled).toBeGreaterThan(100);
    await markFront(page);

    await village.tap();
    await expectTitle(page, /^(Desa|Kelurahan) /);
    // Behind, the kecamatan is out of reach: skipped by the browser, so out of touch, focus
    // and the accessibility tree. (The frame's locators see it; see helpers/test.ts.)
    const behind = page.mainFrame().locator('.screen-host[data-behind]:has([data-screen="region"])');
    expect(await behind.evaluate((element) => getComputedStyle(element).contentVisibility)).toBe('hidden');
    const reach = await behind.evaluate((host) => {
      const button = host.querySelector<HTMLElement>('[data-testid="child-ranking"] [data-testid="rank-row"]');
      if (!button) return null;
      button.focus();
      const box = host.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return { focused: document.activeElement === button, hitBehind: !!hit && host.contains(hit) };
    });
    expect(reach).toEqual({ focused: false, hitBehind: false });
    await expect(page.getByRole('button', { name: 'Kembali' })).toHaveCount(1);
    await expect(page.getByTestId('child-ranking').getByTestId('rank-row')).toHaveCount(0);

    await page.getByTestId('shell-back').tap();
    await expectTitle(page, 'Kecamatan Genteng');
    expect(await isMarkedInFront(page)).toBe(true);
    expect(await page.locator(`${front} .screen__body`).evaluate((element) => element.scrollTop)).toBe(scrolled);
    // The village cannot be returned to: it goes when the kiosk is idle. Home, theme, indicator and kecamatan stay.
    await expect(page.mainFrame().locator('.screen-host')).toHaveCount(4);

    await page.getByTestId('shell-home').tap();
    await expect(page.getByTestId('home-map')).toBeVisible();
    await expect(page.mainFrame().locator('.screen-host')).toHaveCount(1);
  });

  test('a new visit to the same screen starts afresh, and after a language change Back brings the same screen, redrawn in it', async ({ page }) => {
    await openIndicatorFromTheme(page, 'kemiskinan', 'sample_poverty_rate');
    await markFront(page);
    await page.getByTestId('shell-home').tap();
    await page.locator('.theme-card[data-theme="kemiskinan"]').tap();
    await page.locator('.indicator-tile[data-indicator="sample_poverty_rate"]').tap();
    await expect(page.getByTestId('rank-row').first()).toBeVisible();
    expect(await isMarkedInFront(page)).toBe(false);

    await markFront(page);
    await tapRankRow(page, '35.10.09');
    await expectTitle(page, 'Kecamatan Genteng');
    await chooseLanguage(page, 'en');
    await expectTitle(page, 'Genteng District');
    await page.getByTestId('shell-back').tap();
    await expect(page.locator(`${front} [data-screen="indicator"]`)).toBeVisible();
    expect(await isMarkedInFront(page)).toBe(true);
    await expect(page.locator(`${front} .language-toggle button[data-lang="en"]`)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('shell-back')).toHaveText(/Back/);
    await expect(page.locator(`${front} #ranking-title`)).toHaveText('Poverty rate (sample)');
    await expect(page.locator(`${front} [data-testid="ranking-what"]`)).toHaveText('Districts of Banyuwangi Regency ranked');
    await expect(page.getByTestId('rank-value').first()).toHaveText(/^\d+\.\d{2}$/);
  });

  test('while the attract loop idles, one screen of each kind is warmed up out of sight, then taken down', async ({ page }) => {
    // Every screen a warm-up host showed, with whether it could be seen or touched then.
    await page.addInitScript(() => {
      const seen: { screen: string; visibility: string; hit: boolean }[] = [];
      (window as unknown as { warmed: typeof seen }).warmed = seen;
      new MutationObserver(() => {
        for (const host of document.querySelectorAll<HTMLElement>('.screen-host[data-behind][data-drawing-ahead]')) {
          const screen = host.querySelector('[data-screen]')?.getAttribute('data-screen');
          if (!screen || screen === 'home' || seen.at(-1)?.screen === screen) continue;
          const hit = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
          seen.push({ screen, visibility: getComputedStyle(host).visibility, hit: !!hit && host.contains(hit) });
        }
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await openAttract(page);
    const warmed = () => page.evaluate(() => (window as unknown as { warmed: { screen: string }[] }).warmed.map((entry) => entry.screen));
    await expect.poll(warmed, { timeout: 20_000 }).toEqual(['theme', 'indicator', 'region', 'map', 'search']);
    const entries = await page.evaluate(() => (window as unknown as { warmed: unknown[] }).warmed);
    expect(entries.every((entry) => (entry as { visibility: string }).visibility === 'hidden' && !(entry as { hit: boolean }).hit)).toBe(true);
    // Done: the loop and the Home drawn ahead are all that is left, and the loop is still in front.
    await expect(page.mainFrame().locator('.screen-host')).toHaveCount(2);
    await expect(page.locator(`${front} [data-testid="attract"]`)).toBeVisible();
    await page.getByTestId('attract-start').tap();
    await expect(page.getByRole('heading', { name: 'Angka kunci' })).toBeVisible();
  });

  test('a visitor who taps while a screen is being warmed up gets Home at once; the warm-up screen goes', async ({ page }) => {
    await openAttract(page);
    await expect(page.mainFrame().locator('.screen-host[data-drawing-ahead]:not(:has([data-screen="home"]))')).toHaveCount(1, { timeout: 20_000 });
    await page.getByTestId('attract-start').tap();
    await expect(page.getByRole('heading', { name: 'Angka kunci' })).toBeVisible();
    await expect(page.mainFrame().locator('.screen-host')).toHaveCount(1);
    await expect(page.mainFrame().locator('.screen-host [data-screen]')).toHaveCount(1);
  });

  test('Home is drawn ahead behind the attract loop, out of reach, and the first tap brings that same screen forward', async ({ page }) => {
    await openAttract(page);
    // Once the loop is idle: laid out once, then skipped like any screen behind.
    const ahead = page.mainFrame().locator('.screen-host[data-behind]:has([data-screen="home"])');
    await expect(ahead).toHaveCount(1);
    await expect(ahead).not.toHaveAttribute('data-drawing-ahead', '');
    expect(await ahead.evaluate((element) => getComputedStyle(element).contentVisibility)).toBe('hidden');
    const reach = await ahead.evaluate((host) => {
      const button = host.querySelector<HTMLElement>('[data-testid="home-map"]');
      button?.focus();
      const hit = document.elementFromPoint(960, 540);
      return { found: !!button, focused: !!button && document.activeElement === button, hitAhead: !!hit && host.contains(hit) };
    });
    expect(reach).toEqual({ found: true, focused: false, hitAhead: false });
    await expect(page.getByRole('heading', { name: 'Angka kunci' })).toHaveCount(0);
    await page.evaluate(() => {
      (window as unknown as { marked: Element | null }).marked = document.querySelector('.screen-host[data-behind] [data-screen="home"]');
    });

    await page.getByTestId('attract-start').tap();
    await expect(page.getByRole('heading', { name: 'Angka kunci' })).toBeVisible();
    expect(await isMarkedInFront(page)).toBe(true);
    await expect(page.mainFrame().locator('.screen-host')).toHaveCount(1);
  });
});
