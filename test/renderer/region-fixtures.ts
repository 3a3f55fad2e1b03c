import { vi } from 'vitest';
import type { RequestName } from '../../data/api/contract';
import type { IndicatorMeta, ProfileFigure, RegionRef } from '../../data/api/types';
import type { ApiClient } from '../../renderer/api/client';

/** Data for the screens' tests: Banyuwangi, one kecamatan (Genteng) and one of its villages. */
export const kabupaten: RegionRef = { code: '35.10', name: 'Kabupaten Banyuwangi', level: 'kabupaten', parentCode: '35', parentName: 'Jawa Timur' };
export const genteng: RegionRef = { code: '35.10.09', name: 'Genteng', level: 'kecamatan', parentCode: '35.10', parentName: 'Kabupaten Banyuwangi' };
export const wetan: RegionRef = { code: '35.10.09.2002', name: 'Genteng Wetan', level: 'desa', parentCode: '35.10.09', parentName: 'Genteng' };

export function meta(id: string, overrides: Partial<IndicatorMeta> = {}): IndicatorMeta {
  return {
    id,
    themeId: 'kemiskinan',
    name: { id: 'Persentase penduduk miskin', en: 'Poverty rate' },
    description: { id: 'Definisi', en: 'Definition' },
    unit: { id: 'persen', en: 'percent' },
    decimals: 2,
    rollup: 'weighted_mean',
    higherIsBetter: false,
    source: 'BPS Banyuwangi / BPS Banyuwangi',
    licence: 'CC BY 4.0',
    isSample: false,
    ...overrides,
  };
}

export function profileFigure(indicator: IndicatorMeta, value: number, parentValue: number | null, rootValue: number | null = parentValue, period = '2025'): ProfileFigure {
  return { indicator, regionCode: wetan.code, period, value, isRollup: false, status: null, parentValue, rootValue };
}

/** A client answering by request name; `answers[name]` may be a function of the arguments. */
export function fakeClient(answers: Partial<Record<RequestName, unknown>>) {
  const request = vi.fn(async (name: RequestName, args: unknown) => {
    const answer = answers[name];
    if (answer === undefined) throw new Error(`no answer for ${name}`);
    return typeof answer === 'function' ? (answer as (args: unknown) => unknown)(args) : answer;
  });
  const client = { transport: 'http', request, on: () => () => {} } as unknown as ApiClient;
  return { client, request };
}
