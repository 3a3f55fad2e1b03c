import type { Handlers } from '../dispatch.js';
import * as admin from './admin.js';
import type { HandlerContext } from './context.js';
import { kioskSettings } from './kiosk.js';
import { overviewGet } from './overview.js';
import { refreshNow, refreshStatus, snapshotRollback } from './refresh.js';
import { regionGet } from './region.js';
import * as screens from './screens.js';
import { snapshotInfo } from './snapshot.js';
import * as wall from './wall.js';

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
  'wall.show': wall.wallShow,
  'wall.release': wall.wallRelease,
  'wall.state': wall.wallState,
  'playlist.list': wall.playlistList,
  'playlist.save': wall.playlistSave,
  'playlist.addSlide': wall.playlistAddSlide,
  'playlist.delete': wall.playlistDelete,
  'playlist.run': wall.playlistRun,
  'playlist.stop': wall.playlistStop,
  'admin.info': admin.adminInfo,
  'admin.setup': admin.adminSetup,
  'admin.login': admin.adminLogin,
  'admin.logout': admin.adminLogout,
  'admin.status': admin.adminStatus,
  'admin.refreshNow': admin.adminRefreshNow,
  'admin.rollback': admin.adminRollback,
  'admin.importFolder': admin.adminImportFolder,
  'admin.config.get': admin.adminConfigGet,
  'admin.config.save': admin.adminConfigSave,
  'admin.exitKiosk': admin.adminExitKiosk,
  'admin.changePin': admin.adminChangePin,
};

export type { HandlerContext };
