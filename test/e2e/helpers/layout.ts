import { expect, type Page } from '@playwright/test';
import type { Lang } from '../../../data/api/types.js';
import { chooseLanguage, horizontalOverflow, openHome } from './home.js';
import { tapRankRow } from './screens.js';

/**
 * Layout faults a wider font or large text brings out, read from the screen in front:
 * a name split inside a word across two lines ("Kecamata / n"), and a figure's
 * comparison value drawn over its label.
 */
export async function layoutFaults(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const front = document.querySelector('.screen-host:not([data-behind])') ?? document.body;
    const faults: string[] = [];
    const names = front.querySelectorAll('.shell-bar__title, .masthead__title, .rank-row__name, .breadcrumb__item, .search-hit__title, .profile-figure__ref-label');
    for (const element of names) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
          if (tops.size > 1) faults.push(`word split over lines: "${match[0]}" in ${element.className}`);
        }
      }
    }
    // The text's own extent, not its box: a word wider than its box spills out over its neighbour.
    const inked = (element: Element | null) => {
      if (!element) return null;
      const range = document.createRange();
      range.selectNodeContents(element);
      return range.getBoundingClientRect();
    };
    for (const ref of front.querySelectorAll('.profile-figure__ref')) {
      const label = inked(ref.querySelector('.profile-figure__ref-label'));
      const value = inked(ref.querySelector('.profile-figure__ref-value'));
      if (!label || !value) continue;
      // A glyph's ascent and descent reach past a tight line height: on the next line is not over it.
      const sharedHeight = Math.min(label.bottom, value.bottom) - Math.max(label.top, value.top);
      const overlap = label.right > value.left + 1 && value.right > label.left + 1 && sharedHeight > Math.min(label.height, value.height) / 2;
      if (overlap) faults.push(`value over its label: "${ref.textContent ?? ''}"`);
    }
    return faults;
  });
}

async function expectTidy(page: Page, where: string): Promise<void> {
  const overflow = await horizontalOverflow(page);
  expect(overflow.scrollWidth, `${where}: page wider than the screen`).toBeLessThanOrEqual(overflow.innerWidth);
  expect(overflow.offenders, `${where}: past the edge or clipped`).toEqual([]);
  expect(await layoutFaults(page), `${where}: layout faults`).toEqual([]);
}

/**
 * The figure cards' references (the parent's and the regency's figure) where the name
 * broke over lines and the figure still went below it, to a third line. A one-line name
 * with its figure below (a narrow portrait column in large text) reads well.
 */
export async function wrappedReferences(page: Page, scope = '.screen-host:not([data-behind])'): Promise<string[]> {
  return page.evaluate(
    (scope) =>
      [...document.querySelectorAll(`${scope} .profile-figure__ref`)].flatMap((ref) => {
        const labelElement = ref.querySelector('.profile-figure__ref-label');
        const label = labelElement?.getBoundingClientRect();
        const value = ref.querySelector('.profile-figure__ref-value')?.getBoundingClientRect();
        if (!labelElement || !label || !value) return [];
        const nameWrapped = label.height > parseFloat(getComputedStyle(labelElement).lineHeight) * 1.5;
        return nameWrapped && value.top >= label.bottom - 1 ? [(ref.textContent ?? '').trim()] : [];
      }),
    scope,
  );
}

/** Every kind of screen, checked for the faults above and for anything past the screen's edge. */
export async function walkScreensForLayout(page: Page, lang: Lang, largeText: boolean): Promise<void> {
  await openHome(page);
  if (lang === 'en') await chooseLanguage(page, 'en');
  if (largeText) {
    await page.getByTestId('large-text-toggle').tap();
    await expect(page.locator('html')).toHaveClass(/large-text/);
  }
  await expectTidy(page, 'home');
  await page.locator('.theme-card[data-theme="kemiskinan"]').tap();
  await expect(page.locator('.indicator-tile').first()).toBeVisible();
  await expectTidy(page, 'theme');
  await page.locator('.indicator-tile[data-indicator="sample_poverty_rate"]').tap();
  await expect(page.getByTestId('rank-row').first()).toBeVisible();
  await expectTidy(page, 'indicator');
  await tapRankRow(page, '35.10.09');
  await expectTidy(page, 'kecamatan profile');
  expect(await wrappedReferences(page), 'kecamatan profile: a parent\'s name broken over lines and its figure pushed below it').toEqual([]);
  await page.getByTestId('region-compare').tap();
  await expect(page.locator('.compare__content[data-ready]')).toBeVisible();
  await expectTidy(page, 'compare');
  await page.getByTestId('shell-search').tap();
  for (const letter of 'genteng') await page.locator(`[data-testid="keyboard"] [data-skbtn="${letter}"]`).tap();
  await expect(page.locator('.search-panel[data-results-for="genteng"]')).toBeVisible();
  await expectTidy(page, 'search');
  await page.getByTestId('shell-home').tap();
  await page.getByTestId('home-map').tap();
  await expect(page.locator('.choropleth__region').first()).toBeVisible();
  await expectTidy(page, 'map');
}

/**
 * Cards laid out side by side whose `part` does not sit level along a row: cards whose
 * tops match form a row, and each part's top must match across it. Returns one line
 * per uneven row and part, with the tops found; empty when every row is level.
 */
export async function unevenCardRows(page: Page, cards: string, parts: readonly string[]): Promise<string[]> {
  return page.evaluate(
    ({ cards, parts }) => {
      const rows = new Map<number, Element[]>();
      for (const card of document.querySelectorAll(cards)) {
        const top = Math.round(card.getBoundingClientRect().top);
        rows.set(top, [...(rows.get(top) ?? []), card]);
      }
      return [...rows.values()]
        .filter((row) => row.length > 1)
        .flatMap((row) =>
          parts.flatMap((part) => {
            const tops = row.flatMap((card) => {
              const element = card.querySelector(part);
              return element ? [Math.round(element.getBoundingClientRect().top)] : [];
            });
            return tops.length > 1 && Math.max(...tops) - Math.min(...tops) > 1 ? [`${part} at ${tops.join(', ')}`] : [];
          }),
        );
    },
    { cards, parts },
  );
}
