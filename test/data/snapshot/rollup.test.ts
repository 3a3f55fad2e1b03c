import { describe, expect, it } from 'vitest';
import { computeRollups, type RollupIndicator } from '../../../data/snapshot/rollup.js';

const regions = [
  { code: '35', parent_code: null },
  { code: '35.10', parent_code: '35' },
  { code: '35.11', parent_code: '35' },
  { code: '35.10.01', parent_code: '35.10' },
  { code: '35.10.02', parent_code: '35.10' },
  { code: '35.10.01.2001', parent_code: '35.10.01' },
  { code: '35.10.01.2002', parent_code: '35.10.01' },
  { code: '35.10.02.2001', parent_code: '35.10.02' },
];
const obs = (indicator_id: string, region_code: string, value: number, period = '2024') => ({ indicator_id, region_code, period, value });
const rule = (id: string, rollup: RollupIndicator['rollup'], rollup_weight: string | null = null): RollupIndicator => ({ id, rollup, rollup_weight });
const valueOf = (rows: ReturnType<typeof computeRollups>, id: string, code: string, period = '2024') =>
  rows.find((r) => r.indicator_id === id && r.region_code === code && r.period === period)?.value;

describe('computeRollups', () => {
  it('sums desa into kecamatan into kabupaten, never into the province above the root', () => {
    const rows = computeRollups(regions, '35.10', [rule('pop', 'sum')], [obs('pop', '35.10.01.2001', 100), obs('pop', '35.10.01.2002', 200), obs('pop', '35.10.02.2001', 50)]);
    expect(valueOf(rows, 'pop', '35.10.01')).toBe(300);
    expect(valueOf(rows, 'pop', '35.10.02')).toBe(50);
    expect(valueOf(rows, 'pop', '35.10')).toBe(350);
    expect(valueOf(rows, 'pop', '35')).toBeUndefined();
  });

  it('keeps a real figure of a parent and rolls up from it', () => {
    const rows = computeRollups(regions, '35.10', [rule('pop', 'sum')], [
      obs('pop', '35.10.01.2001', 100), obs('pop', '35.10.01.2002', 200), obs('pop', '35.10.01', 333), obs('pop', '35.10.02.2001', 50),
    ]);
    expect(valueOf(rows, 'pop', '35.10.01')).toBeUndefined();
    expect(valueOf(rows, 'pop', '35.10')).toBe(383);
  });

  it('does not roll up a partial coverage', () => {
    const rows = computeRollups(regions, '35.10', [rule('pop', 'sum')], [obs('pop', '35.10.01.2001', 100), obs('pop', '35.10.02.2001', 50)]);
    expect(valueOf(rows, 'pop', '35.10.01')).toBeUndefined();
    expect(valueOf(rows, 'pop', '35.10.02')).toBe(50);
    expect(valueOf(rows, 'pop', '35.10')).toBeUndefined();
  });

  it('takes a plain mean of the children', () => {
    const rows = computeRollups(regions, '35.10', [rule('ikm', 'mean')], [obs('ikm', '35.10.01.2001', 80), obs('ikm', '35.10.01.2002', 90), obs('ikm', '35.10.02.2001', 70)]);
    expect(valueOf(rows, 'ikm', '35.10.01')).toBe(85);
    expect(valueOf(rows, 'ikm', '35.10')).toBe(77.5);
  });

  it('weights a mean by the weight indicator of the same region and period, rolled up level by level', () => {
    const rows = computeRollups(regions, '35.10', [rule('rate', 'weighted_mean', 'pop'), rule('pop', 'sum')], [
      obs('pop', '35.10.01.2001', 1000), obs('pop', '35.10.01.2002', 3000), obs('pop', '35.10.02.2001', 4000),
      obs('rate', '35.10.01.2001', 10), obs('rate', '35.10.01.2002', 6), obs('rate', '35.10.02.2001', 3),
      obs('pop', '35.10.01.2001', 1, '2023'), obs('rate', '35.10.01.2001', 99, '2023'),
    ]);
    expect(valueOf(rows, 'rate', '35.10.01')).toBe(7);
    expect(valueOf(rows, 'rate', '35.10')).toBeCloseTo((7 * 4000 + 3 * 4000) / 8000, 12);
    expect(valueOf(rows, 'rate', '35.10.01', '2023')).toBeUndefined();
  });

  it('skips children whose weight is zero and refuses children without a weight', () => {
    const zero = computeRollups(regions, '35.10', [rule('pct', 'weighted_mean', 'alloc')], [
      obs('alloc', '35.10.01.2001', 0), obs('alloc', '35.10.01.2002', 50), obs('pct', '35.10.01.2002', 90),
    ]);
    expect(valueOf(zero, 'pct', '35.10.01')).toBe(90);
    const missing = computeRollups(regions, '35.10', [rule('pct', 'weighted_mean', 'alloc')], [obs('alloc', '35.10.01.2002', 50), obs('pct', '35.10.01.2002', 90)]);
    expect(valueOf(missing, 'pct', '35.10.01')).toBeUndefined();
  });

  it('leaves indicators with rollup none alone and tidies floating-point noise', () => {
    const rows = computeRollups(regions, '35.10', [rule('gini', 'none'), rule('area', 'sum')], [
      obs('gini', '35.10.01.2001', 0.3), obs('gini', '35.10.01.2002', 0.3),
      obs('area', '35.10.01.2001', 0.1), obs('area', '35.10.01.2002', 0.2),
    ]);
    expect(rows.some((r) => r.indicator_id === 'gini')).toBe(false);
    expect(valueOf(rows, 'area', '35.10.01')).toBe(0.3);
  });
});
