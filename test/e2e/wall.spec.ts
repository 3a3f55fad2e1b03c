import { expect, test, type Page } from './helpers/test.js';
import type { Playlist, WallState } from '../../data/api/types.js';
import { adminToken, must } from './helpers/admin.js';
import { wrappedReferences } from './helpers/layout.js';
import { openIndicatorFromTheme, tapRankRow } from './helpers/screens.js';

/**
 * The wall display in web mode: /wall in a second page, the kiosk presenting to it
 * (send, follow, release) and a playlist advancing on its own. Serial: there is one wall.
 */
test.describe.configure({ mode: 'serial' });

async function openWall(page: Page): Promise<Page> {
  const wall = await page.context().newPage();
  await wall.goto('/wall');
  await expect(wall.locator('html')).toHaveClass(/\bwall\b/);
  return wall;
}

test.afterEach(async ({ request }) => {
  await must<WallState>(request, 'wall.release');
});

test('an idle wall shows the regency, a key figure and no touch controls', async ({ page }) => {
  const wall = await openWall(page);
  await expect(wall.getByTestId('wall-idle')).toBeVisible();
  await expect(wall.getByTestId('wall-idle-figure')).toBeVisible();
  await expect(wall.getByTestId('wall-data-as-of')).toBeVisible();
  await expect(wall.locator('button:visible')).toHaveCount(0);
});

test('send a region profile, follow the presenter, release', async ({ page }) => {
  const wall = await openWall(page);
  await expect(wall.getByTestId('wall-idle')).toBeVisible();

  await openIndicatorFromTheme(page, 'kemiskinan', 'sample_poverty_rate');
  await tapRankRow(page, '35.10.09');
  const title = (await page.getByTestId('screen-title').textContent()) ?? '';
  await page.getByTestId('wall-toggle').tap();
  await expect(page.getByTestId('wall-live')).toBeVisible();
  await expect(page.getByTestId('wall-toggle')).toHaveAttribute('aria-pressed', 'true');

  await expect(wall.getByTestId('wall-stage')).toHaveAttribute('data-screen', 'region');
  await expect(wall.getByTestId('screen-title')).toHaveText(title);
  await expect(wall.locator('.profile-figure').first()).toBeVisible();
  await expect(wall.getByTestId('shell-back')).toBeHidden();

  // The presenter goes up to the regency: the wall follows without another tap on the button.
  await page.locator('.breadcrumb__button[data-region="35.10"]').tap();
  await expect(page.getByTestId('child-ranking')).toBeVisible();
  const next = (await page.getByTestId('screen-title').textContent()) ?? '';
  expect(next).not.toBe(title);
  await expect(wall.getByTestId('screen-title')).toHaveText(next);

  await page.getByTestId('wall-toggle').tap();
  await expect(page.getByTestId('wall-live')).toHaveCount(0);
  await expect(wall.getByTestId('wall-idle')).toBeVisible();
});

test('a region profile taller than the wall glides down by itself, slowly', async ({ page, request }) => {
  const wall = await openWall(page);
  await must<WallState>(request, 'wall.show', { view: { screen: 'region', params: { code: '35.10.09' }, title: 'Profil wilayah' } });
  await expect(wall.getByTestId('wall-stage')).toHaveAttribute('data-screen', 'region');
  await expect(wall.locator('.profile-figure').first()).toBeVisible();
  await wall.evaluate(() => document.fonts.ready);
  // The wall's larger type: each parent's figure still stands beside its name (three columns, not four).
  expect(await wrappedReferences(wall, '.wall-stage')).toEqual([]);
  const body = wall.locator('.wall-stage__screen .screen__body');
  const scrollTop = () => body.evaluate((element) => element.scrollTop);
  // It waits at the top first, so the room reads the title and the key figures.
  expect(await scrollTop()).toBeLessThan(5);
  await expect.poll(scrollTop, { timeout: 10_000 }).toBeGreaterThan(40);
  const early = await scrollTop();
  await wall.waitForTimeout(1_000);
  // Reading pace: about 40 px a second, not a jump.
  expect((await scrollTop()) - early).toBeGreaterThan(10);
  expect((await scrollTop()) - early).toBeLessThan(150);
});

test('a presented map, ranking, theme, comparison or profile shows no controls meant for a finger', async ({ page, request }) => {
  const wall = await openWall(page);
  await must<WallState>(request, 'wall.show', { view: { screen: 'map', params: { level: 'kecamatan' }, title: 'Peta kecamatan' } });
  await expect(wall.getByTestId('map-legend')).toBeVisible();
  await expect(wall.locator('.choropleth__region')).toHaveCount(25);
  for (const selector of ['.map-screen__hint', '.map-screen__controls', '.picker']) await expect(wall.locator(selector)).toBeHidden();
  await must<WallState>(request, 'wall.show', { view: { screen: 'indicator', params: { indicatorId: 'sample_poverty_rate' }, title: 'Kemiskinan per desa' } });
  await expect(wall.getByTestId('rank-row')).toHaveCount(25);
  await expect(wall.locator('.period-player__button[aria-pressed="true"]')).toBeVisible();
  for (const selector of ['.scope', '[data-testid="period-play"]']) await expect(wall.locator(selector)).toBeHidden();
  await must<WallState>(request, 'wall.show', { view: { screen: 'theme', params: { themeId: 'kemiskinan' }, title: 'Kemiskinan' } });
  await expect(wall.locator('.theme-screen__lead')).toContainText('Angka yang tampil adalah angka terbaru');
  for (const selector of ['.theme-screen__touch', '.indicator-tile__go']) await expect(wall.locator(selector).first()).toBeHidden();
  await must<WallState>(request, 'wall.show', { view: { screen: 'compare', params: { regionCodes: ['35.10.09', '35.10.25'] }, title: 'Bandingkan' } });
  await expect(wall.locator('.compare-grid__region')).toHaveCount(2);
  for (const selector of ['.compare__toolbar', '.compare-grid__remove']) await expect(wall.locator(selector).first()).toBeHidden();
  await must<WallState>(request, 'wall.show', { view: { screen: 'region', params: { code: '35.10.09' }, title: 'Genteng' } });
  await expect(wall.getByTestId('projects')).toBeAttached();
  for (const selector of ['.region__compare', '.projects .chip--action']) await expect(wall.locator(selector).first()).toBeHidden();
});

test('a running playlist advances to its next slide', async ({ page, request }) => {
  test.setTimeout(45_000);
  const token = await adminToken(request);
  const playlist = await must<Playlist>(request, 'playlist.save', {
    token,
    name: `E2E loop ${Date.now()}`,
    slides: [
      { view: { screen: 'theme', params: { themeId: 'kemiskinan' }, title: 'Kemiskinan' }, durationSeconds: 5 },
      { view: { screen: 'map', params: { level: 'kecamatan' }, title: 'Peta kecamatan' }, durationSeconds: 5 },
    ],
  });
  const wall = await openWall(page);
  try {
    await must<WallState>(request, 'playlist.run', { token, id: playlist.id });
    await expect(wall.getByTestId('wall-stage')).toHaveAttribute('data-screen', 'theme');
    await expect(wall.getByTestId('wall-progress')).toBeVisible();
    await expect(wall.getByTestId('wall-title')).toHaveText('Kemiskinan');
    await expect(wall.getByTestId('wall-stage')).toHaveAttribute('data-screen', 'map', { timeout: 10_000 });
    await expect(wall.getByTestId('wall-title')).toHaveText('Peta kecamatan');
  } finally {
    await must<WallState>(request, 'playlist.stop', { token });
    await must(request, 'playlist.delete', { token, id: playlist.id });
  }
  await expect(wall.getByTestId('wall-idle')).toBeVisible();
});

test('the wall\'s strip keeps the brand, the title and the source apart, landscape and portrait', async ({ page, request }) => {
  for (const viewport of [{ width: 1920, height: 1080 }, { width: 1080, height: 1920 }]) {
    await page.setViewportSize(viewport);
    await page.goto('/wall');
    await must<WallState>(request, 'wall.show', { view: { screen: 'region', params: { code: '35.10.09' }, title: 'Kecamatan Genteng' } });
    // Read from the document, not through a locator (this suite's wait for visible ones): a title squeezed to nothing is what this test is for.
    await expect.poll(() => page.evaluate(() => document.querySelector('[data-testid="wall-title"]')?.textContent)).toBe('Kecamatan Genteng');
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll('.wall-strip > span')].map((span) => {
        const range = document.createRange();
        range.selectNodeContents(span);
        // The text's own extent: a squeezed span can be narrower than the words it holds.
        const text = range.getBoundingClientRect();
        return { name: span.className, left: text.left, right: text.right, top: text.top, bottom: text.bottom };
      }),
    );
    const overlaps = boxes.flatMap((a, i) =>
      boxes.slice(i + 1).filter((b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1).map((b) => `${a.name} over ${b.name}`),
    );
    expect(overlaps, `${viewport.width}×${viewport.height}`).toEqual([]);
  }
});
