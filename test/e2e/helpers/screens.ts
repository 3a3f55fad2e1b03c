import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { ApiResult } from '../../../data/api/types.js';
import { openHome } from './home.js';

/**
 * Walks to the data screens by touch, as a visitor would (the kiosk has no URLs to
 * type), and asks the API directly for the figures the screens must show.
 */

export async function api<T>(request: APIRequestContext, name: string, args: object = {}): Promise<T> {
  const response = await request.post(`/api/${name}`, { data: args });
  expect(response.ok(), `${name} answered HTTP ${response.status()}`).toBe(true);
  const body = (await response.json()) as ApiResult<T>;
  if (!body.ok) throw new Error(`${name} failed: ${body.error.code} ${body.error.message}`);
  return body.value;
}

/** Waits until the shell's title shows the screen's name, not the loading text. */
export async function expectTitle(page: Page, title: string | RegExp): Promise<void> {
  await expect(page.getByTestId('screen-title')).toHaveText(title);
}

export async function openTheme(page: Page, themeId: string): Promise<void> {
  await openHome(page);
  await page.locator(`.theme-card[data-theme="${themeId}"]`).tap();
  await expect(page.locator('.indicator-tile').first()).toBeVisible();
}

export async function openIndicatorFromTheme(page: Page, themeId: string, indicatorId: string): Promise<void> {
  await openTheme(page, themeId);
  await page.locator(`.indicator-tile[data-indicator="${indicatorId}"]`).tap();
  await expect(page.getByTestId('rank-row').first()).toBeVisible();
}

/** Taps a ranking bar and waits for that region's profile. */
export async function tapRankRow(page: Page, code: string): Promise<void> {
  await page.locator(`[data-testid="rank-row"][data-region="${code}"]`).first().tap();
  await expect(page.locator('.profile-figure').first()).toBeVisible();
}

export async function openMap(page: Page): Promise<void> {
  await openHome(page);
  await page.getByTestId('home-map').tap();
  await expect(page.locator('.choropleth__region').first()).toBeVisible();
  await expect(page.getByTestId('map-legend')).toBeVisible();
}

/**
 * Taps a region of the map at a point inside its shape (the middle of a concave
 * kecamatan may lie in its neighbour), found with the browser's own hit test, on the
 * map in front (a map Back can return to stays in the document behind).
 */
export async function tapMapRegion(page: Page, code: string): Promise<void> {
  const point = await page.evaluate((wanted) => {
    const path = document.querySelector<SVGPathElement>(`.screen-host:not([data-behind]) .choropleth__region[data-region="${wanted}"]`);
    if (!path) return null;
    const box = path.getBoundingClientRect();
    for (let step = 0; step < 400; step += 1) {
      const x = box.left + ((step % 20) + 0.5) * (box.width / 20);
      const y = box.top + (Math.floor(step / 20) + 0.5) * (box.height / 20);
      if (document.elementFromPoint(x, y) === path) return { x, y };
    }
    return null;
  }, code);
  if (!point) throw new Error(`no tappable point inside ${code}`);
  await page.touchscreen.tap(point.x, point.y);
}
