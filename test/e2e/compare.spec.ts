import { expect, test, type Page } from './helpers/test.js';
import type { Comparison } from '../../data/api/types.js';
import { expectGridMatches, typeOnKeyboard } from './helpers/kiosk.js';
import { unevenCardRows } from './helpers/layout.js';
import { api } from './helpers/screens.js';

async function shownIndicators(page: Page): Promise<string[]> {
  return page.locator('.compare-grid__row[data-indicator]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-indicator') ?? ''));
}

test.describe('compare', () => {
  test('choose three places by chip and by keyboard; the figures are the API\'s', async ({ page, request }) => {
    await page.goto('/?start=compare');
    const picker = page.getByTestId('region-picker');
    await expect(picker).toBeVisible();
    // It finds places only, and its field says so (the search screen's also offers data).
    await expect(picker.getByTestId('search-field')).toHaveAttribute('placeholder', 'Ketik nama desa atau kecamatan…');
    await picker.locator('.chip[data-region="35.10.09"]').tap();
    await picker.locator('.chip[data-region="35.10.25"]').tap();
    await expect(picker.locator('.chip[data-region="35.10.09"]')).toBeDisabled();
    await typeOnKeyboard(page, 'karangrejo');
    await picker.locator('[data-hit="region:35.10.25.2008"]').tap();
    await picker.getByRole('button', { name: 'Selesai' }).tap();
    await expect(picker).toHaveCount(0);

    const codes = ['35.10.09', '35.10.25', '35.10.25.2008'];
    await expect(page.locator('.compare-grid__region')).toHaveCount(3);
    const ids = await shownIndicators(page);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    const comparison = await api<Comparison>(request, 'region.compare', { regionCodes: codes, indicatorIds: ids });
    await expectGridMatches(page, comparison);
    await expect(page.locator('.compare-grid__region[data-region="35.10.25.2008"]')).toContainText('Desa · Kecamatan Blimbingsari');
    // Every row says where its numbers come from, each cell for when.
    await expect(page.locator('.compare-grid__source')).toHaveCount(ids.length);
    await expect(page.locator('.compare-grid__cell:not(.compare-grid__cell--empty) .compare-grid__period').first()).toContainText(/Tahun|Periode/);
  });

  test('the best value per row follows the indicator\'s direction', async ({ page, request }) => {
    const codes = ['35.10.09', '35.10.25', '35.10.16'];
    await page.goto(`/?start=compare&regions=${codes.join(',')}`);
    await expect(page.locator('.compare-grid__region')).toHaveCount(3);
    const ids = await shownIndicators(page);
    const comparison = await api<Comparison>(request, 'region.compare', { regionCodes: codes, indicatorIds: ids });
    const poverty = comparison.rows.find((row) => row.indicator.higherIsBetter === false && row.cells.filter(Boolean).length >= 2);
    if (!poverty) throw new Error('no lower-is-better row to check');
    const values = poverty.cells.map((cell) => cell?.value ?? Infinity);
    const best = comparison.regions[values.indexOf(Math.min(...values))]?.code;
    await expect(page.locator(`.compare-grid__cell--best[data-indicator="${poverty.indicator.id}"]`)).toHaveAttribute('data-region', best ?? '');
    // No best where the direction is unknown (population, area).
    const neutral = comparison.rows.find((row) => row.indicator.higherIsBetter === null);
    if (neutral) await expect(page.locator(`.compare-grid__cell--best[data-indicator="${neutral.indicator.id}"]`)).toHaveCount(0);
  });

  test('a row\'s figures sit level, with or without the best mark or a unit', async ({ page }) => {
    // A kelurahan among villages: its Dana Desa is Rp 0, a figure without a unit word.
    await page.goto('/?start=compare&regions=35.10.09,35.10.25,35.10.25.2008,35.10.16.1007');
    await expect(page.locator('.compare-grid__region')).toHaveCount(4);
    await expect(page.locator('.compare-grid__cell--best').first()).toBeVisible();
    expect(await unevenCardRows(page, '.compare-grid__cell:not(.compare-grid__cell--empty)', ['[data-testid="compare-value"]', '.compare-grid__period'])).toEqual([]);
  });

  test('four places at most; removing one frees a slot; indicators can be chosen', async ({ page, request }) => {
    const codes = ['35.10.09', '35.10.25', '35.10.16', '35.10.01'];
    await page.goto(`/?start=compare&regions=${codes.join(',')}`);
    await expect(page.locator('.compare-grid__region')).toHaveCount(4);
    await expect(page.getByTestId('compare-add')).toBeDisabled();
    await page.locator('.compare-grid__region[data-region="35.10.01"] .compare-grid__remove').tap();
    await expect(page.locator('.compare-grid__region')).toHaveCount(3);
    await expect(page.getByTestId('compare-add')).toBeEnabled();

    await page.getByTestId('compare-indicators').tap();
    const sheet = page.getByTestId('indicator-picker');
    // Three kecamatan: a figure that exists only for the whole regency would fill every column with "—", so it is not offered.
    await expect(sheet.locator('.chip[data-indicator="sample_posyandu"]')).toBeVisible();
    await expect(sheet.locator('.chip[data-indicator="poverty_line"]')).toHaveCount(0);
    await expect(sheet.locator('.chip[data-indicator="population_bps"]')).toHaveCount(1);
    await sheet.locator('.chip[data-indicator="sample_posyandu"]').tap();
    await expect(sheet.locator('.chip[data-indicator="sample_posyandu"]')).toHaveAttribute('aria-pressed', 'true');
    await sheet.getByRole('button', { name: 'Selesai' }).tap();
    await expect(page.locator('.compare-grid__row[data-indicator="sample_posyandu"]')).toBeVisible();
    const ids = await shownIndicators(page);
    const comparison = await api<Comparison>(request, 'region.compare', { regionCodes: codes.slice(0, 3), indicatorIds: ids });
    await expectGridMatches(page, comparison);
  });
});
