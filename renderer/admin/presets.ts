import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import type { Lang, Overview, RegionRef } from '../../data/api/types';
import type { ApiClient } from '../api/client';
import { pick } from '../i18n/format';
import { regionTitle } from '../i18n/region';
import type { Route } from '../navigation/routes';
import { routeToView, type WallViewInput } from '../wall/routeView';

/** A view the admin can put in a playlist without browsing to it first. */
export interface Preset {
  key: string;
  group: 'general' | 'theme' | 'region';
  view: WallViewInput;
}

export const minSlideSeconds = 5;
export const maxSlideSeconds = 600;
export const defaultSlideSeconds = 20;

/** Durations step by 5 s up to a minute, then by 30 s: both ends reachable in a few taps. */
export function stepDuration(seconds: number, direction: 1 | -1): number {
  const step = (direction === 1 ? seconds >= 60 : seconds > 60) ? 30 : 5;
  return Math.min(maxSlideSeconds, Math.max(minSlideSeconds, seconds + direction * step));
}

export function buildPresets(overview: Overview, kecamatan: readonly RegionRef[], lang: Lang, t: TFunction): Preset[] {
  const preset = (key: string, group: Preset['group'], route: Route, title: string): Preset => ({ key, group, view: routeToView(route, title) });
  return [
    preset('home', 'general', { screen: 'home' }, regionTitle(overview.region.name, overview.region.level, t)),
    preset('map', 'general', { screen: 'map', level: 'kecamatan' }, t('admin.playlists.presetMap')),
    preset(`region:${overview.region.code}`, 'general', { screen: 'region', code: overview.region.code }, regionTitle(overview.region.name, overview.region.level, t)),
    ...overview.themes.map((theme) => preset(`theme:${theme.id}`, 'theme', { screen: 'theme', themeId: theme.id }, pick(theme.name, lang))),
    ...kecamatan.map((region) => preset(`region:${region.code}`, 'region', { screen: 'region', code: region.code }, regionTitle(region.name, region.level, t))),
  ];
}

/** The presets, once the overview and the regency's kecamatan are known; empty until then. */
export function usePresets(client: ApiClient, lang: Lang, t: TFunction): Preset[] {
  const [parts, setParts] = useState<{ overview: Overview; kecamatan: RegionRef[] } | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const overview = await client.request('overview.get');
        const profile = await client.request('region.profile', { code: overview.region.code });
        if (live) setParts({ overview, kecamatan: profile.children.filter((child) => child.level === 'kecamatan') });
      } catch {
        // Without data there is nothing to offer; the editor says so.
      }
    })();
    return () => {
      live = false;
    };
  }, [client]);
  return parts ? buildPresets(parts.overview, parts.kecamatan, lang, t) : [];
}
