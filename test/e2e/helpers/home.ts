import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { ApiResult, Figure, Lang, Overview, SnapshotInfo } from '../../../data/api/types.js';

/**
 * Helpers for the home screen's end-to-end tests. The expected texts are worked out
 * here with Intl, independently of the renderer's own format module, so a formatting
 * bug in the app cannot hide by being repeated in its test.
 */

const locales: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

async function call<T>(request: APIRequestContext, name: string): Promise<T> {
  const response = await request.post(`/api/${name}`, { data: {} });
  expect(response.ok(), `${name} answered HTTP ${response.status()}`).toBe(true);
  const body = (await response.json()) as ApiResult<T>;
  if (!body.ok) throw new Error(`${name} failed: ${body.error.code} ${body.error.message}`);
  return body.value;
}

export const fetchOverview = (request: APIRequestContext) => call<Overview>(request, 'overview.get');
export const fetchSnapshotInfo = (request: APIRequestContext) => call<SnapshotInfo>(request, 'snapshot.info');

/** Playwright compares text after this; the app uses no-break spaces inside "Rp 227,0 miliar". */
export const normaliseSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

export function isRupiah(figure: Figure): boolean {
  return ['rp', 'rupiah', 'idr'].includes(figure.indicator.unit.id.trim().toLowerCase());
}

/**
 * The figure as a reader of `lang` expects it, number then unit: "1.791.789 jiwa" or
 * "1,791,789 persons"; rupiah from a million in words: "Rp 227,0 miliar".
 */
export function expectedValue(figure: Figure, lang: Lang): string {
  const locale = locales[lang];
  const digits = figure.indicator.decimals;
  if (isRupiah(figure)) {
    const amount = Math.abs(figure.value) >= 1_000_000
      ? new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(figure.value)
      : new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(figure.value);
    return `Rp ${amount}`;
  }
  const number = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(figure.value);
  const unit = figure.indicator.unit[lang].trim();
  return unit ? `${number} ${unit}` : number;
}

export function expectedDate(isoDate: string, lang: Lang): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(locales[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)),
  );
}

/** "Tahun 2025" for a year; a year-month ("2025-03") as its month in words: "Maret 2025" / "March 2025". */
export function expectedPeriod(period: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  if (!match) return period;
  return new Intl.DateTimeFormat(locales[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)),
  );
}

/** The start of a citation as the tile shows it: the Bahasa Indonesia half of "id / en" text, before any detail. */
export function sourceStart(source: string): string {
  return (source.split(' / ')[0] ?? source).split(' (')[0]?.slice(0, 24) ?? source;
}

/** Opens the home screen and waits until its figures are on screen. */
export async function openHome(page: Page): Promise<void> {
  // The kiosk opens on the attract loop; `?start=home` skips it (the attract tests walk through it).
  await page.goto('/?start=home');
  await expect(page.getByTestId('figure-value').first()).toBeVisible();
  // Layout checks measure the app's own typeface, not a fallback drawn while it loads.
  await page.evaluate(() => document.fonts.ready);
}

export async function chooseLanguage(page: Page, lang: Lang): Promise<void> {
  const button = page.locator(`.language-toggle button[data-lang="${lang}"]`);
  await button.tap();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

export async function figureValueText(page: Page, indicatorId: string): Promise<string> {
  const text = await page.locator(`[data-indicator="${indicatorId}"]`).getByTestId('figure-value').textContent();
  return normaliseSpaces(text ?? '');
}

export interface OverflowReport {
  scrollWidth: number;
  innerWidth: number;
  /** Elements that reach past the right edge, or whose text is cut off inside them. */
  offenders: string[];
}

/** Everything fits the width: no sideways scroll, no element past the edge, no clipped number. */
export async function horizontalOverflow(page: Page): Promise<OverflowReport> {
  return page.evaluate(() => {
    const offenders: string[] = [];
    const describe = (element: Element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > window.innerWidth + 1) offenders.push(`past edge: ${describe(element)}`);
      if (element instanceof HTMLElement && element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible') {
        offenders.push(`clipped: ${describe(element)}`);
      }
    }
    // A number wider than its tile would not widen the page (nowrap text overflows visibly), so check tiles too.
    for (const tile of document.querySelectorAll('.figure-tile, .count-tile, .theme-card, .masthead')) {
      const edge = tile.getBoundingClientRect().right;
      for (const child of tile.querySelectorAll('*')) {
        if (child.getBoundingClientRect().right > edge + 1) offenders.push(`outside its tile: ${describe(child)}`);
        // Text spilling out of its own box (a long word) does not move the box's edges.
        if (child instanceof HTMLElement && child.clientWidth > 0 && child.scrollWidth > child.clientWidth + 1) {
          offenders.push(`text wider than its box: ${describe(child)}`);
        }
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, offenders };
  });
}
