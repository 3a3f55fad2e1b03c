import { describe, expect, it, vi } from 'vitest';
import type { RegionFeatureCollection, RegionProfile, RegionRef } from '../../data/api/types';
import type { ApiClient } from '../../renderer/api/client';
import { projectOutline } from '../../renderer/components/attract/outline';
import { randomVillage } from '../../renderer/components/attract/useAttractData';

const ref = (code: string, level: RegionRef['level']): RegionRef => ({ code, name: code, level, parentCode: null, parentName: null });

describe('attract loop', () => {
  it('picks a village other than the one just shown', async () => {
    const profile = (code: string, children: RegionRef[]): RegionProfile => ({ region: ref(code, 'desa'), breadcrumb: [], parent: null, root: null, figures: [], children });
    const request = vi.fn(async (_name: string, args: { code: string }) =>
      args.code === '35.10.01' ? profile('35.10.01', [ref('35.10.01.2001', 'desa'), ref('35.10.01.2002', 'desa')]) : profile(args.code, []),
    );
    const client = { request } as unknown as ApiClient;
    for (let i = 0; i < 5; i += 1) {
      const village = await randomVillage(client, [ref('35.10.01', 'kecamatan')], '35.10.01.2001', () => 0);
      expect(village?.region.code).toBe('35.10.01.2002');
    }
  });

  it('draws the outline north up and keeps the aspect', () => {
    const square: RegionFeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'a',
          properties: { code: 'a', name: 'A', level: 'kecamatan', parentCode: null, parentName: null },
          geometry: { type: 'Polygon', coordinates: [[[114, -8], [115, -8], [115, -7], [114, -7], [114, -8]]] },
        },
      ],
    };
    const outline = projectOutline(square, 1000);
    // One degree of longitude is shorter than one of latitude at 7.5° south.
    expect(outline.height).toBeGreaterThan(1000);
    // South-west corner at the bottom left, north-east at the top right.
    expect(outline.paths[0]?.d).toMatch(/^M0\.0 (\d+\.\d)L1000\.0 \1L1000\.0 0\.0L0\.0 0\.0/);
  });
});
