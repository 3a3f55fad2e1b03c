import type { IndicatorMeta, Lang, Localized } from '../../data/api/types';

/**
 * Numbers and dates in the reader's language, all through Intl so no word or separator
 * is hard-coded: 1.791.789 in Bahasa Indonesia, 1,791,789 in English. English uses
 * en-GB for day-month-year dates ("23 November 2026"), the order Indonesians read too.
 */

const locales: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

export function localeOf(lang: Lang): string {
  return locales[lang];
}

export function isLang(value: unknown): value is Lang {
  return value === 'id' || value === 'en';
}

/** i18next may report 'id-ID' or 'en-US'; anything not English reads as Bahasa Indonesia. */
export function toLang(language: string | undefined): Lang {
  return language?.toLowerCase().startsWith('en') ? 'en' : 'id';
}

export function pick(text: Localized, lang: Lang): string {
  return text[lang] || text.id;
}

/** Making an Intl formatter costs far more than using one, and a screen formats hundreds of figures, dates and periods: one of each per language and options. */
function reuse<F>(formats: Map<string, F>, lang: Lang, options: object, make: (locale: string) => F): F {
  const key = `${lang}:${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = make(localeOf(lang));
    formats.set(key, format);
  }
  return format;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

const numberFormat = (lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat =>
  reuse(numberFormats, lang, options, (locale) => new Intl.NumberFormat(locale, options));
const dateFormat = (lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  reuse(dateFormats, lang, options, (locale) => new Intl.DateTimeFormat(locale, options));

function clampDecimals(decimals: number): number {
  return Number.isInteger(decimals) ? Math.min(Math.max(decimals, 0), 6) : 0;
}

/** A number with exactly `decimals` fraction digits, as the indicator defines them. */
export function formatNumber(value: number, lang: Lang, decimals = 0): string {
  const digits = clampDecimals(decimals);
  return numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

const rupiahUnits = new Set(['rp', 'rupiah', 'idr']);

/** Whether an indicator counts money in rupiah, which reads better as "Rp 227,0 miliar". */
export function isRupiahUnit(unit: Localized): boolean {
  return rupiahUnits.has(unit.id.trim().toLowerCase()) || rupiahUnits.has(unit.en.trim().toLowerCase());
}

/** "Rp", as the locale writes the rupiah sign. */
const rupiahSymbols = new Map<Lang, string>();

/** The locale's rupiah sign, worked out once per language: every money figure of a screen asks for it. */
function rupiahSymbol(lang: Lang): string {
  let symbol = rupiahSymbols.get(lang);
  if (symbol === undefined) {
    const parts = numberFormat(lang, { style: 'currency', currency: 'IDR', currencyDisplay: 'narrowSymbol' }).formatToParts(0);
    symbol = parts.find((part) => part.type === 'currency')?.value ?? 'Rp';
    rupiahSymbols.set(lang, symbol);
  }
  return symbol;
}

const compactLong: Intl.NumberFormatOptions = { notation: 'compact', compactDisplay: 'long', minimumFractionDigits: 1, maximumFractionDigits: 1 };

/**
 * Rupiah: a million and above in words with one decimal, because nine zeros cannot be
 * read from a metre away: the amount "Rp 227,0" and the scale "miliar" ("billion"),
 * kept apart so a tile can set the amount large and the word like a unit. Smaller
 * amounts in full ("Rp 45.000"). The space after "Rp" is non-breaking.
 */
export function rupiahParts(value: number, lang: Lang, decimals = 0): { amount: string; scale: string | null } {
  const symbol = rupiahSymbol(lang);
  if (Math.abs(value) < 1_000_000) return { amount: `${symbol}\u00a0${formatNumber(value, lang, decimals)}`, scale: null };
  const parts = numberFormat(lang, compactLong).formatToParts(value);
  const scale = parts.find((part) => part.type === 'compact')?.value ?? null;
  const number = parts
    .filter((part) => part.type !== 'compact')
    .map((part) => part.value)
    .join('')
    .trim();
  return { amount: `${symbol}\u00a0${number}`, scale };
}

/** "Rp 227,0 miliar" / "Rp 227.0 billion" / "Rp 45.000" as one string. */
export function formatRupiah(value: number, lang: Lang, decimals = 0): string {
  const { amount, scale } = rupiahParts(value, lang, decimals);
  return scale ? `${amount} ${scale}` : amount;
}

export interface FormattedFigure {
  /** The number as shown large, with the rupiah sign where it is money. */
  value: string;
  /** What follows it smaller: the unit, or the scale word of a rupiah amount; null when nothing. */
  unit: string | null;
}

export function formatFigure(value: number, indicator: Pick<IndicatorMeta, 'unit' | 'decimals'>, lang: Lang): FormattedFigure {
  if (isRupiahUnit(indicator.unit)) {
    const { amount, scale } = rupiahParts(value, lang, indicator.decimals);
    return { value: amount, unit: scale };
  }
  const unit = pick(indicator.unit, lang).trim();
  return { value: formatNumber(value, lang, indicator.decimals), unit: unit === '' ? null : unit };
}

const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * "23 November 2026". A date without a time is a calendar day, not an instant, so it
 * is formatted in UTC: otherwise a kiosk west of UTC would show the day before.
 */
export function formatDate(iso: string, lang: Lang): string {
  const match = dateOnly.exec(iso);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', ...(match ? { timeZone: 'UTC' } : {}) }).format(date);
}

/**
 * A moment (an ISO timestamp) as the reader's date and time on this kiosk's clock: both
 * in the same time zone, so 05.42 on 8 December WIB is not written '7 December 05.42'
 * (its UTC date). `timeZone` is for tests; the kiosk uses its own.
 */
export function formatDateTime(iso: string, lang: Lang, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const zone = timeZone ? { timeZone } : {};
  const day = dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', ...zone }).format(date);
  const time = dateFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...zone }).format(date);
  return `${day} ${time}`;
}

const yearMonth = /^(\d{4})-(\d{2})$/;
const yearQuarter = /^(\d{4})-Q([1-4])$/;

/** The catalogue's words for what Intl has no pattern for (a quarter): the reader's `t`. */
export type PeriodWords = (key: `figure.quarter${1 | 2 | 3 | 4}`, options: { year: string }) => string;

/**
 * A period as the data names it: "2025" stays, "2025-03" becomes "Maret 2025" /
 * "March 2025", "2025-Q2" "Triwulan II 2025" / "Q2 2025"; anything else is shown as it is.
 */
export function formatPeriod(period: string, lang: Lang, words: PeriodWords): string {
  const quarter = yearQuarter.exec(period);
  if (quarter) return words(`figure.quarter${Number(quarter[2]) as 1 | 2 | 3 | 4}`, { year: quarter[1] as string });
  const match = yearMonth.exec(period);
  if (!match) return period;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return period;
  return dateFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(match[1]), month - 1, 1)));
}

const bilingualInParens = /\(([^()]*?) \/ ([^()]*?)\)/g;

/**
 * Free-text metadata (sources) comes as "Bahasa Indonesia / English", sometimes only
 * inside parentheses. Shows the reader's half; a " / " that is not spaced (a URL, a
 * decree number such as 300.2.2-2138/2025) is part of the text and stays.
 */
export function pickBilingual(text: string, lang: Lang): string {
  const inner = text.replace(bilingualInParens, (_match, id: string, en: string) => `(${lang === 'id' ? id : en})`);
  let depth = 0;
  const cuts: number[] = [];
  for (let index = 0; index < inner.length; index += 1) {
    const char = inner[index];
    if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && inner.startsWith(' / ', index)) cuts.push(index);
  }
  const cut = cuts[0];
  if (cuts.length !== 1 || cut === undefined) return inner.trim();
  return (lang === 'id' ? inner.slice(0, cut) : inner.slice(cut + 3)).trim();
}
