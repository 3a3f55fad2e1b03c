import { ahead, type Prefetch } from '../api/prefetch';
import type { PeekFn } from '../api/client';
import { defaultMapIndicator } from '../components/map/defaultIndicator';
import type { Route } from './routes';

/**
 * The answers a route's screen needs for its first frame with data: what its `ready`
 * waits for, not what fills in below it (trends, projects). Arguments that depend on
 * another answer (the regency's code, the map's default indicator) are worked out from
 * the cache with `peek`; a read whose arguments cannot be known yet is left out, and
 * the screen asks for it itself.
 */
export function routeReads(route: Route, peek: PeekFn): Prefetch[] {
  const root = peek('snapshot.info')?.root.code;
  const regency = root ? [ahead('region.profile', { code: root })] : [];
  switch (route.screen) {
    case 'home':
      return [ahead('snapshot.info', {}), ahead('overview.get', {})];
    case 'theme':
      return [ahead('snapshot.info', {}), ahead('indicator.catalogue', {}), ...regency];
    case 'indicator': {
      const parentCode = route.parentCode ?? root;
      const ranking = parentCode ? [ahead('indicator.ranking', { indicatorId: route.indicatorId, parentCode, ...(route.period ? { period: route.period } : {}) })] : [];
      return [ahead('snapshot.info', {}), ahead('indicator.catalogue', {}), ...regency, ...ranking];
    }
    case 'region':
      return [ahead('region.profile', { code: route.code })];
    case 'map': {
      const level = route.level ?? 'kecamatan';
      const within = route.within ? { within: route.within } : {};
      const indicatorId = route.indicatorId ?? defaultMapIndicator(peek('indicator.catalogue') ?? null, level);
      const values = indicatorId ? [ahead('map.values', { indicatorId, level, ...within, ...(route.period ? { period: route.period } : {}) })] : [];
      return [ahead('snapshot.info', {}), ahead('indicator.catalogue', {}), ahead('map.geometry', { level, ...within }), ...values];
    }
    case 'attract':
    case 'compare':
    case 'search':
      return [];
  }
}
