import { hashUnit } from './random.js';

export type RollupRule = 'sum' | 'mean' | 'weighted_mean' | 'none';

export interface SyntheticIndicator {
  id: string;
  index: number;
  themeId: string;
  nameId: string;
  nameEn: string;
  unitId: string;
  unitEn: string;
  decimals: number;
  rollup: RollupRule;
  /** Index of the weight indicator for weighted_mean. */
  weight: number | null;
  higherIsBetter: 0 | 1 | null;
  isSample: 0 | 1;
  isKey: 0 | 1;
}

export const syntheticThemes = [
  ['kependudukan', 'Kependudukan', 'Population'],
  ['kesehatan', 'Kesehatan', 'Health'],
  ['pendidikan', 'Pendidikan', 'Education'],
  ['ekonomi', 'Ekonomi', 'Economy'],
  ['pertanian', 'Pertanian', 'Agriculture'],
  ['infrastruktur', 'Infrastruktur', 'Infrastructure'],
  ['sosial', 'Sosial', 'Social'],
  ['lingkungan', 'Lingkungan', 'Environment'],
  ['pemerintahan', 'Pemerintahan', 'Government'],
  ['pariwisata', 'Pariwisata', 'Tourism'],
] as const;

/**
 * Five indicators per theme, one of each shape a real dataset has: a count (sum), a
 * population-like weight (sum), a rate weighted by that weight, a plain mean, and an
 * index published for kabupaten/kota only (rollup none).
 */
const shapes = [
  { suffix: 'jumlah', nameId: 'Jumlah', nameEn: 'Number of', unitId: 'unit', unitEn: 'units', decimals: 0, rollup: 'sum', hib: 1 },
  { suffix: 'populasi', nameId: 'Populasi', nameEn: 'Population of', unitId: 'jiwa', unitEn: 'people', decimals: 0, rollup: 'sum', hib: null },
  { suffix: 'rasio', nameId: 'Persentase', nameEn: 'Share of', unitId: 'persen', unitEn: 'percent', decimals: 1, rollup: 'weighted_mean', hib: 0 },
  { suffix: 'capaian', nameId: 'Capaian', nameEn: 'Coverage of', unitId: 'persen', unitEn: 'percent', decimals: 1, rollup: 'mean', hib: 1 },
  { suffix: 'indeks', nameId: 'Indeks', nameEn: 'Index of', unitId: 'indeks', unitEn: 'index', decimals: 2, rollup: 'none', hib: 1 },
] as const;

export function syntheticIndicators(count: number): SyntheticIndicator[] {
  const list: SyntheticIndicator[] = [];
  for (let index = 0; index < count; index += 1) {
    const theme = syntheticThemes[Math.floor(index / shapes.length) % syntheticThemes.length] ?? syntheticThemes[0];
    const shape = shapes[index % shapes.length] ?? shapes[0];
    const round = Math.floor(index / (shapes.length * syntheticThemes.length));
    const tag = round > 0 ? ` ${round + 1}` : '';
    list.push({
      id: `${theme[0]}_${shape.suffix}${round > 0 ? `_${round + 1}` : ''}`,
      index,
      themeId: theme[0],
      nameId: `${shape.nameId} ${theme[1]}${tag}`,
      nameEn: `${shape.nameEn} ${theme[2].toLowerCase()}${tag}`,
      unitId: shape.unitId,
      unitEn: shape.unitEn,
      decimals: shape.decimals,
      rollup: shape.rollup,
      weight: shape.rollup === 'weighted_mean' ? index - 1 : null,
      higherIsBetter: shape.hib,
      isSample: index % 7 === 6 ? 1 : 0,
      isKey: index % 5 === 1 && index < 20 ? 1 : 0,
    });
  }
  return list;
}

/** The value an indicator has for a region in a period (index into the periods list); recomputable anywhere. */
export function syntheticValue(seed: number, indicator: SyntheticIndicator, region: number, period: number): number {
  const u = hashUnit(seed, indicator.index, region);
  const drift = hashUnit(seed, indicator.index, region, period + 1) - 0.5;
  switch (indicator.rollup) {
    case 'sum':
      return indicator.unitId === 'jiwa'
        ? Math.round((800 + u * 9000) * (1 + 0.012 * period))
        : Math.round((5 + u * 120) * (1 + 0.03 * period + 0.05 * drift));
    case 'weighted_mean':
      return Math.round(Math.max(0, 4 + u * 36 - 0.8 * period + 2 * drift) * 10) / 10;
    case 'mean':
      return Math.round(Math.min(100, 35 + u * 60 + 1.5 * period + 3 * drift) * 10) / 10;
    case 'none':
      return Math.round((58 + u * 22 + 0.6 * period + drift) * 100) / 100;
  }
}
