import { useCallback, useEffect, useRef, useState } from 'react';
import type { Overview, RegionProfile, RegionRef, SnapshotInfo } from '../../../data/api/types';
import { useApiClient } from '../../api/ApiContext';
import type { ApiClient } from '../../api/client';
import { whenIdle } from '../../api/prefetch';
import { peekAnswer } from '../../hooks/useRequest';
import { projectOutline, type Outline } from './outline';

export interface AttractData {
  info: SnapshotInfo | null;
  overview: Overview | null;
  outline: Outline | null;
  /** The village on show; replaced by `nextVillage()` each time its slide comes round. */
  village: RegionProfile | null;
  nextVillage: () => void;
}

const pickOne = <T,>(items: readonly T[], random: () => number): T | undefined => items[Math.floor(random() * items.length)];

/**
 * A random village: a random kecamatan, then a random desa or kelurahan in it, never
 * the one just shown. Two small profile reads, not the whole list of villages.
 */
export async function randomVillage(
  client: ApiClient,
  kecamatan: readonly RegionRef[],
  previous: string | null,
  random: () => number = Math.random,
): Promise<RegionProfile | null> {
  for (let attempt = 0; attempt < 4; attempt += 1) {
    const district = pickOne(kecamatan, random);
    if (!district) return null;
    const { children } = await client.request('region.profile', { code: district.code });
    const candidates = children.filter((child) => child.code !== previous);
    const village = pickOne(candidates, random);
    if (village) return client.request('region.profile', { code: village.code });
  }
  return null;
}

/**
 * Everything the attract loop shows, each part arriving on its own: the loop never
 * waits for the map to show the figures, and a failed part is simply left out.
 */
export function useAttractData(): AttractData {
  const client = useApiClient();
  // What the client already has is shown on the first render (main.tsx asks for it at start).
  const [info, setInfo] = useState<SnapshotInfo | null>(() => peekAnswer(client, 'snapshot.info', {}) ?? null);
  const [overview, setOverview] = useState<Overview | null>(() => peekAnswer(client, 'overview.get', {}) ?? null);
  // Projecting the outline is the costliest part of the loop's first render, and the map
  // slide comes third: it is done when the browser is idle after the first paint.
  const [outline, setOutline] = useState<Outline | null>(null);
  const [village, setVillage] = useState<RegionProfile | null>(null);
  const kecamatan = useRef<RegionRef[]>([]);
  const upcoming = useRef<Promise<RegionProfile | null> | null>(null);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    const ignore = () => undefined;
    client.request('snapshot.info').then((value) => live.current && setInfo(value), ignore);
    client.request('overview.get').then(async (value) => {
      if (!live.current) return;
      setOverview(value);
      const root = await client.request('region.profile', { code: value.region.code });
      kecamatan.current = root.children.filter((child) => child.level === 'kecamatan');
      upcoming.current = randomVillage(client, kecamatan.current, null);
      const first = await upcoming.current;
      if (live.current) setVillage(first);
      upcoming.current = randomVillage(client, kecamatan.current, first?.region.code ?? null).catch(() => null);
    }).catch(ignore);
    let cancelProjection = () => undefined as void;
    client.request('map.geometry', { level: 'kecamatan' }).then((value) => {
      cancelProjection = whenIdle(() => live.current && setOutline(projectOutline(value)));
    }, ignore);
    return () => {
      live.current = false;
      cancelProjection();
    };
  }, [client]);

  const nextVillage = useCallback(() => {
    const pending = upcoming.current;
    if (!pending) return;
    upcoming.current = null;
    void pending.then((next) => {
      if (!live.current) return;
      if (next) setVillage(next);
      upcoming.current = randomVillage(client, kecamatan.current, next?.region.code ?? null).catch(() => null);
    }, () => undefined);
  }, [client]);

  return { info, overview, outline, village, nextVillage };
}
