import type { WallView } from '../../data/api/types';
import type { Route } from '../navigation/routes';

/**
 * A kiosk route as the wall's view (data/wall/views.ts) and back. The server checks
 * every view it accepts; the wall checks again on the way in, so a view from a newer or
 * older kiosk that it cannot draw shows the idle screen instead of a broken one.
 */
export type WallViewParams = WallView['params'];

export interface WallViewInput {
  screen: Route['screen'];
  params: WallViewParams;
  title: string;
}

/** The server refuses titles over 200 characters or empty ones. */
const maxTitle = 200;

export function routeToView(route: Route, title: string): WallViewInput {
  const { screen, ...rest } = route;
  const params: WallViewParams = {};
  // Optional route fields that are unset must be left out: the view schemas are strict.
  for (const [key, value] of Object.entries(rest) as [string, WallViewParams[string] | undefined][]) {
    if (value !== undefined) params[key] = value;
  }
  const trimmed = title.trim().slice(0, maxTitle);
  return { screen, params, title: trimmed === '' ? screen : trimmed };
}

const regionCode = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;
const slugId = /^[a-z][a-z0-9_]*$/;
const periodPattern = /^\d{4}(-(\d{2}|Q[1-4]))?$/;

const text = (value: unknown, pattern: RegExp): string | undefined => (typeof value === 'string' && pattern.test(value) ? value : undefined);
const list = (value: unknown, pattern: RegExp): string[] | undefined =>
  Array.isArray(value) && value.every((item) => typeof item === 'string' && pattern.test(item)) ? (value as string[]) : undefined;

/** Drops keys whose value is undefined, so routes compare equal whatever the sender left out. */
function compact(route: Route): Route {
  return Object.fromEntries(Object.entries(route).filter(([, value]) => value !== undefined)) as Route;
}

export function viewToRoute(view: Pick<WallView, 'screen' | 'params'>): Route | null {
  const p = view.params;
  switch (view.screen) {
    case 'attract':
    case 'home':
    case 'search':
      return { screen: view.screen };
    case 'map': {
      const level = p.level === 'kecamatan' || p.level === 'desa' ? p.level : undefined;
      return compact({ screen: 'map', indicatorId: text(p.indicatorId, slugId), level, period: text(p.period, periodPattern), within: text(p.within, regionCode) });
    }
    case 'region': {
      const code = text(p.code, regionCode);
      return code ? { screen: 'region', code } : null;
    }
    case 'theme': {
      const themeId = text(p.themeId, slugId);
      return themeId ? { screen: 'theme', themeId } : null;
    }
    case 'indicator': {
      const indicatorId = text(p.indicatorId, slugId);
      if (!indicatorId) return null;
      return compact({ screen: 'indicator', indicatorId, parentCode: text(p.parentCode, regionCode), period: text(p.period, periodPattern) });
    }
    case 'compare': {
      const regionCodes = list(p.regionCodes, regionCode);
      if (!regionCodes || regionCodes.length === 0) return null;
      return compact({ screen: 'compare', regionCodes, indicatorIds: list(p.indicatorIds, slugId) });
    }
    default:
      return null;
  }
}

/** Identity of what a view draws (not its title or when it was sent): the wall remounts a screen only when this changes. */
export function viewKey(view: Pick<WallView, 'screen' | 'params'>): string {
  return JSON.stringify([view.screen, view.params]);
}
