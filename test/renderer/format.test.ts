import { describe, expect, it } from 'vitest';
import { createI18n } from '../../renderer/i18n';
import {
  formatDate,
  formatDateTime,
  formatFigure,
  formatNumber,
  formatPeriod,
  formatRupiah,
  isRupiahUnit,
  pickBilingual,
  toLang,
} from '../../renderer/i18n/format';

/** Intl puts no-break spaces in some places; compare with plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('numbers', () => {
  it('groups thousands the reader’s way', () => {
    expect(formatNumber(1_791_789, 'id')).toBe('1.791.789');
    expect(formatNumber(1_791_789, 'en')).toBe('1,791,789');
  });

  it('shows exactly the indicator’s decimals, padding and rounding', () => {
    expect(formatNumber(6.1, 'id', 2)).toBe('6,10');
    expect(formatNumber(6.1, 'en', 2)).toBe('6.10');
    expect(formatNumber(74.305, 'id', 1)).toBe('74,3');
    expect(formatNumber(3593.849, 'id', 2)).toBe('3.593,85');
    expect(formatNumber(0.8512, 'en', 4)).toBe('0.8512');
    expect(formatNumber(12.6, 'id', 0)).toBe('13');
  });

  it('treats nonsense decimals as none rather than throwing', () => {
    expect(formatNumber(12.34, 'id', -1)).toBe('12');
    expect(formatNumber(12.34, 'id', 1.5)).toBe('12');
  });
});

describe('rupiah', () => {
  it('says large amounts in words with one decimal', () => {
    expect(plain(formatRupiah(227_001_570_000, 'id'))).toBe('Rp 227,0 miliar');
    expect(plain(formatRupiah(227_001_570_000, 'en'))).toBe('Rp 227.0 billion');
    expect(plain(formatRupiah(1_520_000_000_000, 'id'))).toBe('Rp 1,5 triliun');
    expect(plain(formatRupiah(4_500_000, 'en'))).toBe('Rp 4.5 million');
  });

  it('writes small amounts in full', () => {
    expect(plain(formatRupiah(45_000, 'id'))).toBe('Rp 45.000');
    expect(plain(formatRupiah(45_000, 'en'))).toBe('Rp 45,000');
  });

  it('keeps "Rp" and the number together with a no-break space', () => {
    expect(formatRupiah(45_000, 'id')).toContain('Rp\u00a045');
  });

  it('recognises rupiah units in either language', () => {
    expect(isRupiahUnit({ id: 'rupiah', en: 'rupiah (IDR)' })).toBe(true);
    expect(isRupiahUnit({ id: 'Rp', en: 'IDR' })).toBe(true);
    expect(isRupiahUnit({ id: 'rupiah/kapita/bulan', en: 'IDR per person per month' })).toBe(false);
    expect(isRupiahUnit({ id: 'jiwa', en: 'persons' })).toBe(false);
  });
});

describe('figures', () => {
  const people = { unit: { id: 'jiwa', en: 'persons' }, decimals: 0 };
  const money = { unit: { id: 'rupiah', en: 'rupiah (IDR)' }, decimals: 0 };

  it('splits a figure into the number and its unit in the reader’s language', () => {
    expect(formatFigure(1_791_789, people, 'id')).toEqual({ value: '1.791.789', unit: 'jiwa' });
    expect(formatFigure(1_791_789, people, 'en')).toEqual({ value: '1,791,789', unit: 'persons' });
    expect(formatFigure(5, { unit: { id: ' ', en: '' }, decimals: 0 }, 'id')).toEqual({ value: '5', unit: null });
  });

  it('sets a large rupiah amount as "Rp 227,0" with the scale word as its unit', () => {
    const id = formatFigure(227_001_570_000, money, 'id');
    expect(plain(id.value)).toBe('Rp 227,0');
    expect(id.unit).toBe('miliar');
    const en = formatFigure(227_001_570_000, money, 'en');
    expect(plain(en.value)).toBe('Rp 227.0');
    expect(en.unit).toBe('billion');
    expect(formatFigure(45_000, money, 'id').unit).toBeNull();
  });
});

describe('dates and periods', () => {
  it('writes a calendar date with the month in words', () => {
    expect(formatDate('2026-11-23', 'id')).toBe('23 November 2026');
    expect(formatDate('2026-11-23', 'en')).toBe('23 November 2026');
    expect(formatDate('2026-08-20', 'id')).toBe('20 Agustus 2026');
    expect(formatDate('2026-08-20', 'en')).toBe('20 August 2026');
  });

  it('does not move a date-only value to the day before in any time zone', () => {
    expect(formatDate('2026-01-01', 'id')).toBe('1 Januari 2026');
  });

  it('leaves text that is not a date as it is', () => {
    expect(formatDate('soon', 'id')).toBe('soon');
    expect(formatDateTime('soon', 'id')).toBe('soon');
  });

  it("writes a moment's date and time on the same clock: early morning in Banyuwangi is that day, not the UTC one before", () => {
    expect(formatDateTime('2026-12-07T22:41:16.557Z', 'id', 'Asia/Jakarta')).toBe('8 Desember 2026 05.41');
    expect(formatDateTime('2026-12-07T22:41:16.557Z', 'en', 'Asia/Jakarta')).toBe('8 December 2026 05:41');
    expect(formatDateTime('2026-12-07T10:05:00Z', 'id', 'Asia/Jakarta')).toBe('7 Desember 2026 17.05');
  });

  it('names the month of a year-month period and the quarter of a year-quarter, and leaves other periods alone', () => {
    const i18n = createI18n('id');
    const id = i18n.getFixedT('id');
    const en = i18n.getFixedT('en');
    expect(formatPeriod('2025-03', 'id', id)).toBe('Maret 2025');
    expect(formatPeriod('2025-03', 'en', en)).toBe('March 2025');
    expect(formatPeriod('2025', 'id', id)).toBe('2025');
    expect(formatPeriod('2024-Q3', 'id', id)).toBe('Triwulan III 2024');
    expect(formatPeriod('2024-Q3', 'en', en)).toBe('Q3 2024');
    for (const odd of ['2024-13', '2024-Q5', '2024-Q0', 'Q3', '']) expect(formatPeriod(odd, 'en', en)).toBe(odd);
  });
});

describe('languages', () => {
  it('maps any i18next language code onto id or en', () => {
    expect(toLang('en-US')).toBe('en');
    expect(toLang('EN')).toBe('en');
    expect(toLang('id-ID')).toBe('id');
    expect(toLang(undefined)).toBe('id');
  });

  it('picks the reader’s half of "Bahasa Indonesia / English" metadata', () => {
    const bps = 'BPS Kabupaten Banyuwangi, dikutip media (rincian per angka) / BPS Banyuwangi as quoted in news (per-figure citation)';
    expect(pickBilingual(bps, 'id')).toBe('BPS Kabupaten Banyuwangi, dikutip media (rincian per angka)');
    expect(pickBilingual(bps, 'en')).toBe('BPS Banyuwangi as quoted in news (per-figure citation)');
  });

  it('picks inside parentheses too, and leaves unspaced slashes (paths, decree numbers) alone', () => {
    const source = 'dms-codes/pagu-dana-desa (commit 718139b; format TKD DJPK, asal tidak disebut / DJPK TKD format, origin not stated)';
    expect(pickBilingual(source, 'id')).toBe('dms-codes/pagu-dana-desa (commit 718139b; format TKD DJPK, asal tidak disebut)');
    expect(pickBilingual(source, 'en')).toBe('dms-codes/pagu-dana-desa (DJPK TKD format, origin not stated)');
    expect(pickBilingual('Kepmendagri 300.2.2-2138/2025 via cahyadsn/wilayah', 'en')).toBe('Kepmendagri 300.2.2-2138/2025 via cahyadsn/wilayah');
  });

  it('leaves text with several top-level " / " untouched rather than guess', () => {
    expect(pickBilingual('a / b / c', 'en')).toBe('a / b / c');
  });
});
