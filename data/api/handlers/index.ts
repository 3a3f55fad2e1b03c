import type { Handlers } from '../dispatch.js';
import type { HandlerContext } from './context.js';
import { overviewGet } from './overview.js';
import { regionGet } from './region.js';
import { snapshotInfo } from './snapshot.js';

/** Every request's handler; the type makes a missing one a compile error. */
export const handlers: Handlers<HandlerContext> = {
  'snapshot.info': snapshotInfo,
  'overview.get': overviewGet,
  'region.get': regionGet,
};

export type { HandlerContext };
