import { z } from 'zod';
import { eventNames, requestNames, type EventName, type RequestName } from './names.js';
import type { Overview, RefreshStatus, RegionRef, SnapshotInfo, WallView } from './types.js';

/**
 * The one contract between the UI and the app. Both transports (Electron IPC and
 * HTTP + server-sent events) parse arguments with these schemas before a handler
 * runs, so handlers only ever see valid, typed values.
 */

/** Kemendagri region code: 35, 35.10, 35.10.16 or 35.10.16.1001. */
export const regionCode = z.string().max(20).regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, 'a Kemendagri region code such as 35.10.16');

const noArgs = z.strictObject({});

export const requestSchemas = {
  'snapshot.info': noArgs,
  'overview.get': noArgs,
  'region.get': z.strictObject({ code: regionCode }),
} as const satisfies Record<RequestName, z.ZodType>;

/** What each request answers with; the transports carry it unchanged. */
export interface RequestResults {
  'snapshot.info': SnapshotInfo;
  'overview.get': Overview;
  'region.get': RegionRef;
}

export type RequestArgs<N extends RequestName> = z.infer<(typeof requestSchemas)[N]>;
export type RequestResult<N extends RequestName> = RequestResults[N];

const wallViewSchema = z.strictObject({
  screen: z.string().min(1).max(40),
  params: z.record(z.string().max(40), z.union([z.string().max(200), z.number(), z.boolean()])),
  title: z.string().max(200),
  sentAt: z.string().max(40),
});

export const eventSchemas = {
  'snapshot.changed': z.strictObject({ datasetVersion: z.number().int().nonnegative(), dataAsOf: z.string() }),
  'refresh.status': z.custom<RefreshStatus>((value) => typeof value === 'object' && value !== null && 'phase' in value),
  'wall.view': wallViewSchema.nullable(),
} as const satisfies Record<EventName, z.ZodType>;

export interface EventPayloads {
  'snapshot.changed': z.infer<(typeof eventSchemas)['snapshot.changed']>;
  'refresh.status': RefreshStatus;
  'wall.view': WallView | null;
}

export interface PushEvent<N extends EventName = EventName> {
  name: N;
  payload: EventPayloads[N];
}

export { eventNames, requestNames };
export type { EventName, RequestName };

/** Upper bound of a request's serialised arguments; anything larger is refused unread. */
export const maxArgumentBytes = 16 * 1024;
