import type { Handlers } from '../dispatch.js';
import type { HandlerContext } from './context.js';
import { kioskSettings } from './kiosk.js';
import { overviewGet } from './overview.js';
import { refreshNow, refreshStatus, snapshotRollback } from './refresh.js';
import { regionGet } from './region.js';
import * as screens from './screens.js';
import { snapshotInfo } from './snapshot.js';

/** Every request's handler; the type makes a missing one a compile error. */
export const handlers: Handlers<HandlerContext> = {
  'snapshot.info': snapshotInfo,
  'overview.get': overviewGet,
  'region.get': regionGet,
  'region.profile': screens.regionProfile,
  'region.points': screens.regionPoints,
  'region.compare': screens.regionCompare,
  'indicator.catalogue': screens.indicatorCatalogue,
  'indicator.ranking': screens.indicatorRanking,
  'indicator.series': screens.indicatorSeries,
  'map.values': screens.mapValues,
  'map.geometry': screens.mapGeometry,
  search: screens.search,
  'refresh.status': refreshStatus,
  'refresh.now': refreshNow,
  'snapshot.rollback': snapshotRollback,
  'kiosk.settings': kioskSettings,
};

export type { HandlerContext };
