import { expect, type Page } from '@playwright/test';
import type { Comparison, Figure, IndicatorMeta } from '../../../data/api/types.js';
import { expectedValue, normaliseSpaces } from './home.js';

/** Helpers for the kiosk's own screens: attract loop, search keyboard, compare. */

export async function openAttract(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('attract')).toBeVisible();
  await expect(page.locator('.attract-slide').first()).toBeVisible();
}

/**
 * Types on the on-screen keyboard, one tap per key, as a visitor does, then waits until
 * the results answer the whole query: a result tapped while a newer answer reorders the
 * list may not be the one meant.
 */
export async function typeOnKeyboard(page: Page, text: string): Promise<void> {
  const keyboard = page.getByTestId('keyboard').last();
  for (const char of text) {
    const key = char === ' ' ? '{space}' : char;
    await keyboard.locator(`[data-skbtn="${key}"]`).tap();
  }
  const panel = page.locator('.search-panel').last();
  const query = normaliseSpaces((await panel.getByTestId('search-field').inputValue()).trim());
  await expect(panel).toHaveAttribute('data-results-for', query);
}

export async function clearKeyboard(page: Page): Promise<void> {
  await page.getByTestId('keyboard').last().locator('[data-skbtn="{clear}"]').tap();
}

export async function openSearch(page: Page): Promise<void> {
  await page.goto('/?start=search');
  await expect(page.getByTestId('keyboard')).toBeVisible();
}

/** A compare cell's text as the test expects it, worked out without the app's own formatting code. */
export function expectedCell(indicator: IndicatorMeta, value: number, lang: 'id' | 'en'): string {
  return expectedValue({ indicator, value, period: '', regionCode: '', isRollup: false, status: null } satisfies Figure, lang);
}

export async function compareCellText(page: Page, regionCode: string, indicatorId: string): Promise<string> {
  const cell = page.locator(`.compare-grid__cell[data-region="${regionCode}"][data-indicator="${indicatorId}"]`);
  return normaliseSpaces((await cell.getByTestId('compare-value').textContent()) ?? '');
}

/** Checks every figure of the grid against the API's own comparison. */
export async function expectGridMatches(page: Page, comparison: Comparison, lang: 'id' | 'en' = 'id'): Promise<void> {
  for (const row of comparison.rows) {
    for (const [index, cell] of row.cells.entries()) {
      const code = comparison.regions[index]?.code ?? '';
      if (!cell) {
        await expect(page.locator(`.compare-grid__cell--empty[data-region="${code}"][data-indicator="${row.indicator.id}"]`)).toBeVisible();
        continue;
      }
      expect(await compareCellText(page, code, row.indicator.id), `${row.indicator.id} of ${code}`).toBe(expectedCell(row.indicator, cell.value, lang));
    }
  }
}
