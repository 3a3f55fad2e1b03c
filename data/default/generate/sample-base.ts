import { join } from 'node:path';
import type { ObservationOut, RegionOut } from './import-shared.js';
import { readCsv } from './import-shared.js';
import { Prng, seedOf } from './prng.js';

/** Yearly periods of every sample series. */
export const years = [2020, 2021, 2022, 2023, 2024, 2025] as const;
export type Year = (typeof years)[number];

export interface Village {
  code: string;
  name: string;
  level: 'desa' | 'kelurahan';
  kecamatan: string;
  area: number;
  lat: number;
  lng: number;
}

/** Per-village values by year, in the order of `villages`. */
export type Series = Map<Year, number[]>;

export const realTotals = {
  population2025: 1_791_789,
  male2025: 894_056,
};

export function villagesOf(regions: readonly RegionOut[]): Village[] {
  return regions
    .filter((r) => r.level === 'desa' || r.level === 'kelurahan')
    .map((r) => ({
      code: r.code,
      name: r.name,
      level: r.level as Village['level'],
      kecamatan: r.parent_code ?? '',
      area: r.area_km2_boundary ?? 1,
      lat: r.centroid_lat ?? 0,
      lng: r.centroid_lng ?? 0,
    }));
}

export function rng(name: string): Prng {
  return new Prng(seedOf(`anjungan-sample:${name}`));
}

/**
 * Rounds values to a step and moves the rounding residual onto the largest value, so
 * a calibrated total (e.g. the real 2025 population) survives rounding exactly.
 */
export function roundToTotal(values: readonly number[], total: number, step = 1): number[] {
  const rounded = values.map((v) => Math.round(v / step) * step);
  const residual = total - rounded.reduce((a, b) => a + b, 0);
  let largest = 0;
  rounded.forEach((v, i) => {
    if (v > (rounded[largest] ?? 0)) largest = i;
  });
  rounded[largest] = (rounded[largest] ?? 0) + residual;
  return rounded;
}

export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function at(values: readonly number[] | undefined, index: number): number {
  const value = values?.[index];
  if (value === undefined) throw new Error(`no value at ${index}`);
  return value;
}

export function seriesAt(series: Series, year: Year): number[] {
  const values = series.get(year);
  if (!values) throw new Error(`no values for ${year}`);
  return values;
}

/** Emits one observation per village and year. */
export function emit(
  out: ObservationOut[],
  indicator: string,
  villages: readonly Village[],
  series: Series,
  options: { skip?: (village: Village, year: Year) => boolean; note?: (village: Village) => string | null } = {},
): void {
  for (const year of years) {
    const values = seriesAt(series, year);
    villages.forEach((village, i) => {
      if (options.skip?.(village, year)) return;
      out.push({ indicator_id: indicator, region_code: village.code, period: String(year), value: at(values, i), status: null, note: options.note?.(village) ?? null, source: null });
    });
  }
}

/**
 * Relative population of each kecamatan from the undated Dukcapil table (24 kecamatan,
 * before Blimbingsari). Only the proportions are used: the sample is scaled to the real
 * 2025 total. Rogojampi's and Kabat's old figures are shared with the villages that
 * moved to Blimbingsari (Badean and Sukojati came from Kabat, the other eight from Rogojampi).
 */
export function kecamatanGroups(shared: string, villages: readonly Village[]): { members: number[]; weight: number }[] {
  const weights = new Map<string, number>();
  for (const row of readCsv(join(shared, 'extra', 'kecamatan_indicators.csv'))) {
    if (row.indicator === 'population_total_dukcapil_thousands') weights.set(row.code ?? '', Number(row.value));
  }
  const groupOf = (village: Village): string => {
    if (village.kecamatan !== '35.10.25') return village.kecamatan;
    return village.name === 'Badean' || village.name === 'Sukojati' ? '35.10.14' : '35.10.13';
  };
  const groups = new Map<string, number[]>();
  villages.forEach((village, i) => {
    const key = groupOf(village);
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  return [...groups].map(([code, members]) => {
    const weight = weights.get(code);
    if (weight === undefined) throw new Error(`no Dukcapil weight for kecamatan ${code}`);
    return { members, weight };
  });
}
