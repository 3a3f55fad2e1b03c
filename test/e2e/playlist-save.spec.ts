import { expect, test, type Page } from './helpers/test.js';
import { openAdminPanel, typePin } from './helpers/admin.js';
import { setUpPin, startOwnServer, typeOnAdminKeyboard, type OwnServer } from './helpers/own-server.js';

/**
 * "Save to playlist" from the kiosk's screens, by touch: the PIN once, a new named
 * playlist from the first screen, the same playlist from a second screen, then the
 * playlist runs and the wall shows both views in turn. On a server of its own: the
 * admin spec's lockout test would shut the shared server's PIN pad.
 */
test.describe.configure({ mode: 'serial' });

const pin = '582047';
let server: OwnServer;

test.beforeAll(async ({ playwright }) => {
  server = await startOwnServer();
  const request = await playwright.request.newContext();
  await setUpPin(request, server, pin);
  await request.dispose();
});

test.afterAll(async () => {
  await server?.stop();
});

/** Shortens the slide from the default 20 s to 5 s: three taps on −. */
async function fiveSeconds(page: Page): Promise<void> {
  await expect(page.getByTestId('slide-seconds')).toHaveText('20 detik');
  for (let tap = 0; tap < 3; tap += 1) await page.getByTestId('slide-shorter').tap();
  await expect(page.getByTestId('slide-seconds')).toHaveText('5 detik');
}

test('save two screens into a new playlist, run it, and see the wall show both', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto(`${server.url}/?start=home`);
  await page.locator('.theme-card[data-theme="kemiskinan"]').tap();
  await expect(page.locator('.indicator-tile').first()).toBeVisible();
  const themeTitle = (await page.getByTestId('screen-title').textContent()) ?? '';

  // First save: the PIN, then a new playlist named on the on-screen keyboard.
  await page.getByTestId('save-playlist').tap();
  await expect(page.getByTestId('save-playlist-view')).toContainText(themeTitle);
  await typePin(page, pin);
  await fiveSeconds(page);
  await page.getByTestId('save-playlist-new').tap();
  await typeOnAdminKeyboard(page, 'Kunjungan Jember');
  await expect(page.getByTestId('admin-field-new-playlist')).toHaveValue('Kunjungan Jember');
  await page.getByTestId('save-playlist-create').tap();
  await expect(page.getByTestId('save-playlist-confirmation')).toHaveText('Ditambahkan ke ‘Kunjungan Jember’ (slide 1)');
  await page.getByTestId('save-playlist-finish').tap();
  await expect(page.getByTestId('save-playlist-sheet')).toHaveCount(0);

  // Second save from another screen: the session is still held, so two taps.
  await page.getByTestId('shell-home').tap();
  await page.getByTestId('home-map').tap();
  await expect(page.locator('.choropleth__region').first()).toBeVisible();
  const mapTitle = (await page.getByTestId('screen-title').textContent()) ?? '';
  expect(mapTitle).not.toBe(themeTitle);
  await page.getByTestId('save-playlist').tap();
  await fiveSeconds(page);
  await page.locator('.save-sheet__playlist[data-playlist="Kunjungan Jember"]').tap();
  await expect(page.getByTestId('save-playlist-confirmation')).toHaveText('Ditambahkan ke ‘Kunjungan Jember’ (slide 2)');
  await page.getByTestId('save-playlist-finish').tap();

  // Run it from the admin panel, and watch the wall.
  const wall = await page.context().newPage();
  await wall.goto(`${server.url}/wall`);
  await expect(wall.getByTestId('wall-idle')).toBeVisible();
  await page.getByTestId('shell-home').tap();
  await expect(page.getByTestId('figure-value').first()).toBeVisible();
  await openAdminPanel(page);
  await typePin(page, pin);
  await page.getByTestId('admin-tab-playlists').tap();
  const row = page.locator('[data-testid="playlist-list"] li[data-playlist="Kunjungan Jember"]');
  await expect(row).toContainText('2 slide');
  await row.getByRole('button', { name: 'Jalankan' }).tap();
  await expect(page.getByTestId('wall-mode')).toContainText('Kunjungan Jember, slide 1 dari 2');

  await expect(wall.getByTestId('wall-stage')).toHaveAttribute('data-screen', 'theme');
  await expect(wall.getByTestId('wall-title')).toHaveText(themeTitle);
  await expect(wall.getByTestId('wall-stage')).toHaveAttribute('data-screen', 'map', { timeout: 10_000 });
  await expect(wall.getByTestId('wall-title')).toHaveText(mapTitle);
  await expect(wall.locator('.choropleth__region').first()).toBeVisible();
  // And round again to the first slide.
  await expect(wall.getByTestId('wall-title')).toHaveText(themeTitle, { timeout: 10_000 });

  await page.getByTestId('playlist-stop').tap();
  await expect(wall.getByTestId('wall-idle')).toBeVisible();
});

test('a bad save says so and changes nothing: a playlist deleted meanwhile', async ({ page, request }) => {
  await page.goto(`${server.url}/?start=home`);
  await page.getByTestId('home-map').tap();
  await expect(page.locator('.choropleth__region').first()).toBeVisible();
  await page.getByTestId('save-playlist').tap();
  // A fresh page holds no session: the PIN first.
  await expect(page.getByTestId('pin-pad')).toBeVisible();
  await typePin(page, pin);
  const button = page.locator('.save-sheet__playlist[data-playlist="Kunjungan Jember"]');
  await expect(button).toBeVisible();
  // Someone deletes the playlist in the admin panel while the sheet is open.
  const session = await request.post(`${server.url}/api/admin.login`, { data: { pin } }).then((response) => response.json() as Promise<{ value: { token: string } }>);
  const list = await request.post(`${server.url}/api/playlist.list`, { data: {} }).then((response) => response.json() as Promise<{ value: { id: number }[] }>);
  for (const playlist of list.value) await request.post(`${server.url}/api/playlist.delete`, { data: { token: session.value.token, id: playlist.id } });
  await button.tap();
  await expect(page.getByTestId('save-playlist-error')).toContainText('Tidak disimpan');
  await expect(page.getByTestId('save-playlist-error')).toContainText('nothing was added');
  const after = await request.post(`${server.url}/api/playlist.list`, { data: {} }).then((response) => response.json() as Promise<{ value: unknown[] }>);
  expect(after.value).toHaveLength(0);
});
