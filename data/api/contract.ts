import { z } from 'zod';
import { eventNames, requestNames, type EventName, type RequestName } from './names.js';
import { adminRequestSchemas, wallRequestSchemas } from '../admin/schemas.js';
import { maxCompareIndicators, maxCompareRegions, maxSearchLimit, maxSeriesRegions } from '../store/queries/limits.js';
import type {
  CatalogueTheme,
  KioskSettings,
  Comparison,
  MapValues,
  PointRow,
  Ranking,
  RegionFeatureCollection,
  RegionProfile,
  SearchHit,
  Series,
  Overview, RefreshRunResult, RefreshStatus, RegionRef, RollbackResult, SnapshotInfo, WallView,
  AdminConfig, AdminInfo, AdminSession, AdminStatus, ExitKioskResult, Playlist, PlaylistSlideAdded, WallState } from './types.js';

/**
 * The one contract between the UI and the app. Both transports (Electron IPC and
 * HTTP + server-sent events) parse arguments with these schemas before a handler
 * runs, so handlers only ever see valid, typed values.
 */

/** Kemendagri region code: 35, 35.10, 35.10.16 or 35.10.16.1001. */
export const regionCode = z.string().max(20).regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, 'a Kemendagri region code such as 35.10.16');

const noArgs = z.strictObject({});

export const indicatorId = z.string().min(1).max(64).regex(/^[a-z][a-z0-9_]*$/, 'an indicator id such as population_total');
/** A period as the snapshot writes it: 2024, 2024-03 or 2025-Q1. */
export const period = z.string().max(10).regex(/^\d{4}(-(\d{2}|Q[1-4]))?$/, 'a period such as 2024, 2024-03 or 2025-Q1');
const mapLevel = z.enum(['kecamatan', 'desa']);

export const requestSchemas = {
  'snapshot.info': noArgs,
  'overview.get': noArgs,
  'region.get': z.strictObject({ code: regionCode }),
  'region.profile': z.strictObject({ code: regionCode }),
  'region.points': z.strictObject({ code: regionCode }),
  'region.compare': z.strictObject({
    regionCodes: z.array(regionCode).min(1).max(maxCompareRegions),
    indicatorIds: z.array(indicatorId).min(1).max(maxCompareIndicators),
  }),
  'indicator.catalogue': noArgs,
  'indicator.ranking': z.strictObject({ indicatorId, parentCode: regionCode, period: period.optional() }),
  'indicator.series': z.strictObject({ indicatorId, regionCodes: z.array(regionCode).min(1).max(maxSeriesRegions) }),
  'map.values': z.strictObject({ indicatorId, level: mapLevel, within: regionCode.optional(), period: period.optional() }),
  'map.geometry': z.strictObject({ level: mapLevel, within: regionCode.optional() }),
  search: z.strictObject({
    text: z.string().max(100),
    limit: z.number().int().min(1).max(maxSearchLimit).optional(),
    lang: z.enum(['id', 'en']).optional(),
  }),
  'refresh.status': noArgs,
  'refresh.now': noArgs,
  /** fromVersion guards against a second click rolling back what the first click already did. */
  'snapshot.rollback': z.strictObject({ fromVersion: z.number().int().positive().max(2 ** 40).optional() }),
  'kiosk.settings': noArgs,
  ...wallRequestSchemas,
  ...adminRequestSchemas,
} as const satisfies Record<RequestName, z.ZodType>;

/** What each request answers with; the transports carry it unchanged. */
export interface RequestResults {
  'snapshot.info': SnapshotInfo;
  'overview.get': Overview;
  'region.get': RegionRef;
  'region.profile': RegionProfile;
  'region.points': PointRow[];
  'region.compare': Comparison;
  'indicator.catalogue': CatalogueTheme[];
  'indicator.ranking': Ranking;
  'indicator.series': Series;
  'map.values': MapValues;
  'map.geometry': RegionFeatureCollection;
  search: SearchHit[];
  'refresh.status': RefreshStatus;
  'refresh.now': RefreshRunResult;
  'snapshot.rollback': RollbackResult;
  'kiosk.settings': KioskSettings;
  'wall.show': WallState;
  'wall.release': WallState;
  'wall.state': WallState;
  'playlist.list': Playlist[];
  'playlist.save': Playlist;
  'playlist.addSlide': PlaylistSlideAdded;
  'playlist.delete': { deleted: true; wall: WallState };
  'playlist.run': WallState;
  'playlist.stop': WallState;
  'admin.info': AdminInfo;
  'admin.setup': AdminSession;
  'admin.login': AdminSession;
  'admin.logout': { loggedOut: true };
  'admin.status': AdminStatus;
  'admin.refreshNow': RefreshRunResult;
  'admin.rollback': RollbackResult;
  'admin.importFolder': RefreshRunResult;
  'admin.config.get': AdminConfig;
  'admin.config.save': AdminConfig;
  'admin.exitKiosk': ExitKioskResult;
  'admin.changePin': AdminSession;
}

export type RequestArgs<N extends RequestName> = z.infer<(typeof requestSchemas)[N]>;
export type RequestResult<N extends RequestName> = RequestResults[N];

const wallViewSchema = z.strictObject({
  screen: z.string().min(1).max(40),
  params: z.record(z.string().max(40), z.union([z.string().max(200), z.number(), z.boolean(), z.array(z.string().max(200)).max(50)])),
  title: z.string().max(200),
  sentAt: z.string().max(40),
  from: z.enum(['presenter', 'playlist']).optional(),
  slideEndsAt: z.string().max(40).optional(),
});

export const eventSchemas = {
  'snapshot.changed': z.strictObject({ datasetVersion: z.number().int().nonnegative(), dataAsOf: z.string() }),
  'refresh.status': z.custom<RefreshStatus>((value) => typeof value === 'object' && value !== null && 'phase' in value),
  'wall.view': wallViewSchema.nullable(),
  'kiosk.settings': z.strictObject({ idleTimeoutSeconds: z.number().int().positive(), defaultLanguage: z.enum(['id', 'en']) }),
} as const satisfies Record<EventName, z.ZodType>;

export interface EventPayloads {
  'snapshot.changed': z.infer<(typeof eventSchemas)['snapshot.changed']>;
  'refresh.status': RefreshStatus;
  'wall.view': WallView | null;
  'kiosk.settings': KioskSettings;
}

/** Distributes over the names, so checking `event.name` narrows `event.payload`. */
export type PushEvent<N extends EventName = EventName> = N extends EventName ? { name: N; payload: EventPayloads[N] } : never;

export { eventNames, requestNames };
export type { EventName, RequestName };

/** Upper bound of a request's serialised arguments; anything larger is refused unread. */
export const maxArgumentBytes = 16 * 1024;
