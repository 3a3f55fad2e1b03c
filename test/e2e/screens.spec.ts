import { expect, test } from './helpers/test.js';
import type { Ranking, RegionProfile } from '../../data/api/types.js';
import { chooseLanguage, normaliseSpaces } from './helpers/home.js';
import { api, expectTitle, openIndicatorFromTheme, openMap, openTheme, tapMapRegion, tapRankRow } from './helpers/screens.js';
import { unevenCardRows } from './helpers/layout.js';

/** Numbers as a reader of each language expects them, worked out with Intl apart from the app's own formatting. */
const number = (value: number, decimals: number, locale: string) =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);

test.describe('a first-time visitor walks the data screens by touch', () => {
  test('home → theme → indicator → a bar → region profile → back → map → a kecamatan → its profile', async ({ page, request }) => {
    const info = await api<{ root: { code: string } }>(request, 'snapshot.info');
    const ranking = await api<Ranking>(request, 'indicator.ranking', { indicatorId: 'sample_poverty_rate', parentCode: info.root.code });
    expect(ranking.rows.length).toBeGreaterThan(10);

    await openIndicatorFromTheme(page, 'kemiskinan', 'sample_poverty_rate');
    await expectTitle(page, ranking.indicator.name.id);
    await expect(page.getByTestId('indicator-facts')).toContainText(ranking.indicator.description.id.slice(0, 30));
    await expect(page.getByTestId('indicator-facts').getByTestId('sample-badge')).toHaveText('Data contoh');
    const rows = page.getByTestId('rank-row');
    await expect(rows).toHaveCount(ranking.rows.length);
    for (const [index, row] of ranking.rows.entries()) {
      const shown = rows.nth(index);
      await expect(shown).toHaveAttribute('data-region', row.region.code);
      expect(normaliseSpaces((await shown.getByTestId('rank-value').textContent()) ?? '')).toBe(number(row.value, ranking.indicator.decimals, 'id-ID'));
    }

    const target = ranking.rows[2];
    if (!target) throw new Error('ranking too short');
    await tapRankRow(page, target.region.code);
    const profile = await api<RegionProfile>(request, 'region.profile', { code: target.region.code });
    await expectTitle(page, `Kecamatan ${target.region.name}`);
    const figure = profile.figures.find((entry) => entry.indicator.id === 'sample_poverty_rate');
    if (!figure) throw new Error('profile lacks the indicator');
    const card = page.locator(`.profile-figure[data-indicator="${figure.indicator.id}"]`);
    await expect(card.getByTestId('figure-value')).toContainText(number(figure.value, figure.indicator.decimals, 'id-ID'));
    if (figure.parentValue !== null) await expect(card.getByTestId('figure-parent')).toContainText(number(figure.parentValue, 2, 'id-ID'));
    await expect(card.getByTestId('figure-sentence')).toContainText('di kecamatan ini');
    await expect(card).toContainText('Tahun 2025');
    await expect(page.getByTestId('data-as-of')).toBeVisible();
    // Side by side, the cards' figures sit level, whether or not a card's name takes two lines or carries the sample mark.
    expect(await unevenCardRows(page, '.screen-host:not([data-behind]) .region__figures > .profile-figure', ['[data-testid="figure-value"]', '.profile-figure__refs'])).toEqual([]);
    await expect(page.getByTestId('child-ranking').getByTestId('rank-row')).toHaveCount(profile.children.length);
    // The trends and projects come a frame after the figures. A trend's chart is built when
    // it is scrolled into view, not while the visitor may already be tapping on: below the
    // fold (a kecamatan's trends start some 600 px below it) it is still an empty box of its final size.
    await expect(page.getByTestId('trend').first()).toBeVisible();
    const trends = await page.getByTestId('trend').evaluateAll((sections) =>
      sections.map((section) => {
        const box = section.querySelector('.line-chart')?.getBoundingClientRect();
        const body = section.closest('.screen__body')?.getBoundingClientRect();
        return { farBelow: !!box && !!body && box.top > body.bottom + 200, built: section.querySelector('canvas') !== null };
      }),
    );
    expect(trends.length).toBeGreaterThan(0);
    expect(trends.some((trend) => trend.farBelow)).toBe(true);
    expect(trends.filter((trend) => trend.farBelow && trend.built)).toEqual([]);
    for (const trend of await page.getByTestId('trend').all()) {
      await trend.scrollIntoViewIfNeeded();
      await expect(trend.locator('canvas')).toBeVisible();
    }
    await expect(page.getByTestId('trend-pending')).toHaveCount(0);
    // A count (people) is drawn alone: beside the regency's 1.8 million its line would lie flat along zero.
    // A rate is drawn beside the regency's.
    await expect(page.locator('[data-testid="trend"][data-indicator="sample_population"] .trend__key')).toHaveCount(1);
    await expect(page.locator('[data-testid="trend"][data-indicator="sample_poverty_rate"] .trend__key')).toHaveCount(2);
    const points = await api<unknown[]>(request, 'region.points', { code: target.region.code });
    await expect(page.getByTestId('projects')).toHaveCount(points.length > 0 ? 1 : 0);

    await page.getByTestId('shell-back').tap();
    await expect(rows.first()).toBeVisible();
    await page.getByTestId('shell-home').tap();
    await expect(page.getByTestId('home-map')).toBeVisible();

    await page.getByTestId('home-map').tap();
    await expect(page.locator('.choropleth__region')).toHaveCount(25);
    await page.getByTestId('toggle-points').tap();
    await tapMapRegion(page, '35.10.09');
    await expectTitle(page, 'Kecamatan Genteng');
    await expect(page.locator('.profile-figure').first()).toBeVisible();
  });

  test('the map: legend, villages level, a project card, and the language switch', async ({ page, request }) => {
    await openMap(page);
    await expect(page.getByTestId('map-legend')).toContainText('Tidak ada data');
    // The default area map is real data; its project dots are samples, and the legend says so beside them.
    await expect(page.locator('.map-legend__points-head')).toContainText('Proyek e-monitoring');
    await expect(page.locator('.map-legend__points-head').getByTestId('sample-badge')).toHaveText('Data contoh');
    await page.getByTestId('toggle-points').tap();
    await expect(page.locator('.map-legend__points-head')).toHaveCount(0);
    await page.getByTestId('toggle-points').tap();
    await page.locator('.segmented__option[data-level="desa"]').tap();
    await expect(page.locator('.choropleth__region')).toHaveCount(217);
    const info = await api<{ root: { code: string } }>(request, 'snapshot.info');
    const points = await api<{ id: string; name: string; isSample: boolean }[]>(request, 'region.points', { code: info.root.code });
    expect(points.every((entry) => entry.isSample)).toBe(true);
    const point = points[0];
    if (!point) throw new Error('no points');
    await page.locator(`.map-point[data-point="${point.id}"] .map-point__dot`).dispatchEvent('click');
    await expect(page.getByTestId('point-card')).toContainText(point.name);
    await expect(page.getByTestId('point-card').getByRole('progressbar')).toBeVisible();
    await expect(page.locator('.shell-bar__eyebrow')).toHaveText('Kabupaten Banyuwangi');
    await chooseLanguage(page, 'en');
    await expectTitle(page, 'Regional map');
    await expect(page.locator('.shell-bar__eyebrow')).toHaveText('Banyuwangi Regency');
    await expect(page.getByTestId('map-legend')).toContainText('No data');
    await expect(page.getByTestId('data-as-of')).toContainText('Data as of');
  });

  test('the map offers only what it can draw at its level: no all-hatched map', async ({ page }) => {
    await openMap(page);
    // Kecamatan: the Skor IDM exists only per village and the IDM counts only for the regency, so their theme is left out.
    await expect(page.locator('.chip--theme[data-theme="pembangunan_desa"]')).toHaveCount(0);
    await page.locator('.chip--theme[data-theme="kemiskinan"]').tap();
    await expect(page.locator('.picker .chip[data-indicator="sample_poverty_rate"]')).toHaveCount(1);
    await expect(page.locator('.picker .chip[data-indicator="poverty_line"]')).toHaveCount(0);
    // Villages: the Skor IDM can be drawn, and is.
    await page.locator('.segmented__option[data-level="desa"]').tap();
    await page.locator('.chip--theme[data-theme="pembangunan_desa"]').tap();
    await expect(page.locator('.picker .chip[data-indicator]')).toHaveCount(1);
    await page.locator('.picker .chip[data-indicator="idm_score"]').tap();
    await expect(page.getByTestId('map-legend')).toContainText('Skor Indeks Desa Membangun');
    await expect(page.getByTestId('map-empty')).toHaveCount(0);
    // A figure kept across a change of level that has none there says so, and stays chosen in the picker.
    await page.locator('.segmented__option[data-level="kecamatan"]').tap();
    await page.locator('.chip--theme[data-theme="kependudukan"]').tap();
    await page.locator('.picker .chip[data-indicator="population_bps"]').tap();
    await expect(page.getByTestId('map-legend')).toContainText('Penduduk (sensus & estimasi BPS)');
    await page.locator('.segmented__option[data-level="desa"]').tap();
    await expect(page.getByTestId('map-empty')).toContainText('Angka ini belum tersedia per desa/kelurahan.');
    await expect(page.locator('.picker .chip[data-indicator="population_bps"]')).toHaveAttribute('aria-pressed', 'true');
  });

  test('the language switch on the indicator screen changes numbers and words', async ({ page, request }) => {
    const info = await api<{ root: { code: string } }>(request, 'snapshot.info');
    const ranking = await api<Ranking>(request, 'indicator.ranking', { indicatorId: 'sample_poverty_rate', parentCode: info.root.code });
    const first = ranking.rows[0];
    if (!first) throw new Error('empty ranking');
    await openIndicatorFromTheme(page, 'kemiskinan', 'sample_poverty_rate');
    await chooseLanguage(page, 'en');
    await expectTitle(page, ranking.indicator.name.en);
    expect(normaliseSpaces((await page.getByTestId('rank-value').first().textContent()) ?? '')).toBe(number(first.value, 2, 'en-GB'));
    await expect(page.getByTestId('indicator-facts').getByTestId('sample-badge')).toHaveText('Sample data');
    await page.getByTestId('period-play').tap();
    await expect(page.locator('.period-player__button[aria-pressed="true"]')).toHaveText(ranking.periods[1] ?? '', { timeout: 4_000 });
    // Back on the theme, its lead names the regency in English too.
    await page.getByTestId('shell-back').tap();
    await expect(page.locator('.screen-host:not([data-behind]) .theme-screen__lead')).toContainText('the latest for the whole of Banyuwangi Regency.');
  });

  test('landscape indicator: the name heads the ranking, the bar names the theme, and all 25 kecamatan with the source fit on the screen', async ({ page, request }) => {
    const info = await api<{ root: { code: string } }>(request, 'snapshot.info');
    const ranking = await api<Ranking>(request, 'indicator.ranking', { indicatorId: 'sample_poverty_rate', parentCode: info.root.code });
    await openIndicatorFromTheme(page, 'kemiskinan', 'sample_poverty_rate');
    await page.evaluate(() => document.fonts.ready);
    for (const lang of ['id', 'en'] as const) {
      if (lang === 'en') await chooseLanguage(page, 'en');
      const front = '.screen-host:not([data-behind])';
      const heading = page.locator(`${front} #ranking-title`);
      await expect(heading).toHaveText(ranking.indicator.name[lang]);
      // One line beside the sample mark: the longest name is Indonesian, 44 characters.
      const lineHeight = await heading.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
      expect((await heading.boundingBox())?.height ?? 0, `${lang}: the indicator's name wraps`).toBeLessThan(lineHeight * 1.5);
      await expect(page.locator(`${front} .shell-bar__eyebrow`)).toHaveText(lang === 'id' ? 'Kemiskinan & Kesejahteraan' : 'Poverty & welfare');
      await expect(page.locator(`${front} .shell-bar__eyebrow`)).toBeInViewport();
      // The screen's h1 (the full name) stays for screen readers, drawn nowhere on screen.
      await expect(page.getByTestId('screen-title')).toHaveText(ranking.indicator.name[lang]);
      expect(await page.getByTestId('screen-title').evaluate((element) => getComputedStyle(element).clipPath)).toBe('inset(50%)');
      const panelBottom = await page.locator(`${front} .ranking-panel`).evaluate((panel) => panel.getBoundingClientRect().bottom);
      expect(panelBottom, `${lang}: the ranking (its source last) runs below the screen`).toBeLessThanOrEqual(1080);
      await expect(page.locator(`${front} .ranking-panel .source-note`)).toBeInViewport({ ratio: 1 });
      await expect(page.getByTestId('rank-row')).toHaveCount(25);
      await expect(page.getByTestId('rank-row').last()).toBeInViewport({ ratio: 1 });
    }
  });

  test("an indicator with only a regency figure says so, under its name, and shows the regency's trend", async ({ page, request }) => {
    const info = await api<{ root: { code: string } }>(request, 'snapshot.info');
    const ranking = await api<Ranking>(request, 'indicator.ranking', { indicatorId: 'poverty_line', parentCode: info.root.code });
    expect(ranking.rows).toEqual([]);
    await openTheme(page, 'kemiskinan');
    await page.locator('.indicator-tile[data-indicator="poverty_line"]').tap();
    await expect(page.locator('#ranking-title')).toHaveText('Garis kemiskinan');
    await expect(page.locator('#ranking-title')).toBeInViewport();
    await expect(page.getByTestId('no-ranking')).toHaveText('Angka ini hanya tersedia untuk seluruh Kabupaten Banyuwangi, belum per wilayah di bawahnya.');
    const trend = page.locator('[data-testid="trend"][data-indicator="poverty_line"]');
    await expect(trend.locator('.trend__key')).toHaveText(['Kabupaten Banyuwangi']);
    await expect(trend.locator('canvas')).toBeVisible();
    await expect(trend).toContainText('Sumber: BPS Kabupaten Banyuwangi');
    // Nothing below the regency, so no way to narrow to one kecamatan's villages (a dead end).
    await expect(page.locator('.scope')).toHaveCount(0);
  });

  test('a ranking lines its bars up, keeps every value inside its row, and says when its source qualifies the figures', async ({ page, request }) => {
    const info = await api<{ root: { code: string } }>(request, 'snapshot.info');
    const census = await api<Ranking>(request, 'indicator.ranking', { indicatorId: 'population_sp2010_total', parentCode: info.root.code });
    expect(census.rows.every((row) => row.status === 'preliminary')).toBe(true);
    await openIndicatorFromTheme(page, 'kependudukan', 'population_sp2010_total');
    const note = page.locator('.ranking-panel .source-note');
    await expect(note.getByTestId('figure-status')).toHaveText('Angka sementara');
    await expect(note).toContainText('Tahun 2010 · Angka sementara · Sumber:');

    // Rupiah values are the widest ("Rp 14,6 miliar"): the bars of one column still start at one x, and no value leaves its row.
    await page.getByTestId('shell-home').tap();
    await openIndicatorFromTheme(page, 'keuangan_desa', 'sample_dana_desa_allocation');
    const panel = page.locator('.ranking-panel');
    await expect(panel.getByTestId('rank-row')).toHaveCount(25);
    const geometry = await panel.locator('.ranking__item').evaluateAll((items) =>
      items.map((item) => {
        const row = item.querySelector('.rank-row')?.getBoundingClientRect();
        const track = item.querySelector('.rank-row__track')?.getBoundingClientRect();
        const value = item.querySelector('.rank-row__value')?.getBoundingClientRect();
        return { column: Math.round(item.getBoundingClientRect().left), trackLeft: Math.round(track?.left ?? -1), trackWidth: Math.round(track?.width ?? -1), overflow: Math.round((value?.right ?? 0) - (row?.right ?? 0)) };
      }),
    );
    const columns = new Set(geometry.map((item) => item.column));
    expect(columns.size).toBe(2);
    for (const column of columns) {
      const lefts = new Set(geometry.filter((item) => item.column === column).map((item) => item.trackLeft));
      expect(lefts.size, `bars of the column at x ${column} start at ${[...lefts].join(', ')}`).toBe(1);
    }
    expect(geometry.filter((item) => item.overflow > 0)).toEqual([]);
    expect(Math.min(...geometry.map((item) => item.trackWidth))).toBeGreaterThanOrEqual(70);

    // A part-year total is said on its tile and marked on its trend.
    await page.getByTestId('shell-home').tap();
    await openTheme(page, 'keuangan_desa');
    const tile = page.locator('.indicator-tile[data-indicator="dana_desa_realisation"]');
    await expect(tile.getByTestId('figure-status')).toHaveText('Sebagian tahun');
    await tile.tap();
    const trend = page.locator('[data-testid="trend"][data-indicator="dana_desa_realisation"]');
    await expect(trend.getByTestId('figure-status')).toHaveText('Sebagian tahun: 2024*');
    // The indicator's source says the details are per figure: each report is named, without its web address.
    const citations = trend.getByTestId('citations');
    await expect(citations.locator('li')).toHaveCount(2);
    await expect(citations.locator('li').nth(1)).toContainText('2024*');
    await expect(citations).not.toContainText('http');
  });

  test('an indicator with figures only per village says so and leads to one kecamatan\'s villages', async ({ page, request }) => {
    const info = await api<{ root: { code: string } }>(request, 'snapshot.info');
    const atRoot = await api<Ranking>(request, 'indicator.ranking', { indicatorId: 'idm_score', parentCode: info.root.code });
    expect(atRoot.rows).toEqual([]);
    // The IDM scores exist for the leading villages only: not every kecamatan has one.
    expect(atRoot.rankableChildren).toContain('35.10.09');
    expect(atRoot.rankableChildren.length).toBeLessThan(25);
    const villages = await api<Ranking>(request, 'indicator.ranking', { indicatorId: 'idm_score', parentCode: '35.10.09' });
    expect(villages.rows.length).toBeGreaterThan(0);
    await openTheme(page, 'pembangunan_desa');
    await page.locator('.indicator-tile[data-indicator="idm_score"]').tap();
    await expect(page.getByTestId('no-ranking')).toHaveText('Angka ini tersedia per desa dan kelurahan, belum per kecamatan. Pilih satu kecamatan untuk melihat peringkat desanya.');
    // The kecamatan with such villages are offered right under the note, and only they; the switch at the side offers the same.
    await expect(page.getByTestId('district-choices').locator('.chip')).toHaveCount(atRoot.rankableChildren.length);
    await page.locator('.scope [data-scope="district"]').tap();
    await expect(page.locator('.sheet .chip')).toHaveCount(atRoot.rankableChildren.length);
    await page.locator('.sheet .shell-button').tap();
    await page.getByTestId('district-choices').locator('[data-region="35.10.09"]').tap();
    await expect(page.getByTestId('rank-row')).toHaveCount(villages.rows.length);
    await expect(page.getByTestId('ranking-what')).toHaveText('Peringkat desa dan kelurahan di Kecamatan Genteng');
    await expect(page.getByTestId('rank-row').first()).toHaveAttribute('data-region', villages.rows[0]?.region.code ?? '');
    await expect(page.locator('.scope [data-scope="district"]')).toHaveAttribute('aria-pressed', 'true');
    // Back to all kecamatan by the switch: the note and the choices again.
    await page.locator('.scope [data-scope="root"]').tap();
    await expect(page.getByTestId('district-choices')).toBeVisible();
  });

  test('every button on the data screens is at least 56 px, and an edge swipe goes back', async ({ page }) => {
    await openIndicatorFromTheme(page, 'kemiskinan', 'sample_poverty_rate');
    await tapRankRow(page, '35.10.09');
    for (const button of await page.locator('button:visible').all()) {
      const box = await button.boundingBox();
      if (!box) continue;
      expect(Math.round(box.height), (await button.textContent()) ?? "").toBeGreaterThanOrEqual(56);
      expect(Math.round(box.width), (await button.textContent()) ?? "").toBeGreaterThanOrEqual(56);
    }
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y: 600 }] });
    await touch('touchStart', 4);
    await touch('touchMove', 120);
    await touch('touchMove', 260);
    await touch('touchEnd', 260);
    await expect(page.getByTestId('rank-row').first()).toBeVisible();
    await expectTitle(page, /penduduk miskin/);
  });
});
