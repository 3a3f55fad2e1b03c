import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indicatorId, period, regionCode } from '../../../data/api/contract.js';
import { wallScreens, wallViewInputSchema } from '../../../data/wall/views.js';

describe('wall views', () => {
  it('name exactly the renderer’s routes', () => {
    const routes = readFileSync('renderer/navigation/routes.ts', 'utf8');
    const screens = [...routes.matchAll(/\{ screen: '([a-z]+)'/g)].map((match) => match[1]);
    expect([...new Set(screens)].sort()).toEqual([...wallScreens].sort());
  });

  it.each([
    ['35.10.08', 'region', 'code'],
    ['35.10.08.2001', 'region', 'code'],
    ['35.1', 'region', 'code'],
    ['35.10.08; DROP', 'region', 'code'],
  ])('checks region codes as the contract does (%s)', (code) => {
    const view = wallViewInputSchema.safeParse({ screen: 'region', params: { code }, title: 't' });
    expect(view.success).toBe(regionCode.safeParse(code).success);
  });

  it.each(['penduduk', 'population_total', 'Penduduk', '1abc', ''])('checks indicator ids as the contract does (%s)', (id) => {
    const view = wallViewInputSchema.safeParse({ screen: 'indicator', params: { indicatorId: id }, title: 't' });
    expect(view.success).toBe(indicatorId.safeParse(id).success);
  });

  it.each(['2024', '2024-03', '2025-Q1', '2025-Q5', '24'])('checks periods as the contract does (%s)', (value) => {
    const view = wallViewInputSchema.safeParse({ screen: 'map', params: { period: value }, title: 't' });
    expect(view.success).toBe(period.safeParse(value).success);
  });
});
