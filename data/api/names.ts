/**
 * Every request and push event of the contract, by name. Kept free of imports so the
 * sandboxed preload can bundle it without pulling zod or any Node module in.
 */
export const requestNames = [
  'snapshot.info',
  'overview.get',
  'region.get',
  'region.profile',
  'region.points',
  'region.compare',
  'indicator.catalogue',
  'indicator.ranking',
  'indicator.series',
  'map.values',
  'map.geometry',
  'search',
  'refresh.status',
  'refresh.now',
  'snapshot.rollback',
  'kiosk.settings',
  // Wall display and playlists (issue 6); playlist.save/addSlide/delete/run/stop need an admin token.
  'wall.show',
  'wall.release',
  'wall.state',
  'playlist.list',
  'playlist.save',
  'playlist.addSlide',
  'playlist.delete',
  'playlist.run',
  'playlist.stop',
  // Admin panel (issue 6): all but admin.info, admin.setup and admin.login need an admin token.
  'admin.info',
  'admin.setup',
  'admin.login',
  'admin.logout',
  'admin.status',
  'admin.refreshNow',
  'admin.rollback',
  'admin.importFolder',
  'admin.config.get',
  'admin.config.save',
  'admin.exitKiosk',
  'admin.changePin',
] as const;

/** 'kiosk.settings': the idle timeout and default language, again whenever the admin panel changes them. */
export const eventNames = ['snapshot.changed', 'refresh.status', 'wall.view', 'kiosk.settings'] as const;

export type RequestName = (typeof requestNames)[number];
export type EventName = (typeof eventNames)[number];

/** IPC channels: one per request, one for all push events. */
export const ipcRequestChannel = (name: RequestName): string => `anjungan:request:${name}`;
export const ipcEventChannel = 'anjungan:event';

export function isRequestName(value: unknown): value is RequestName {
  return typeof value === 'string' && (requestNames as readonly string[]).includes(value);
}
