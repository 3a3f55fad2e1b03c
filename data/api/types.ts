/**
 * Result and event payload types of the contract. Plain types only: the renderer
 * imports them (types only), the data layer produces them.
 */

export type Lang = 'id' | 'en';

export interface Localized {
  id: string;
  en: string;
}

export interface RegionRef {
  code: string;
  name: string;
  level: 'provinsi' | 'kabupaten' | 'kota' | 'kecamatan' | 'desa' | 'kelurahan';
  parentCode: string | null;
  /** Name of the parent, so repeated village names can be told apart. */
  parentName: string | null;
}

/** What the UI needs to show any number honestly: it cannot get a value without these. */
export interface IndicatorMeta {
  id: string;
  themeId: string;
  name: Localized;
  description: Localized;
  unit: Localized;
  decimals: number;
  rollup: 'sum' | 'mean' | 'weighted_mean' | 'none';
  higherIsBetter: boolean | null;
  source: string;
  licence: string;
  isSample: boolean;
}

export interface Figure {
  indicator: IndicatorMeta;
  regionCode: string;
  period: string;
  value: number;
  /** True where the value was rolled up from child regions at build time. */
  isRollup: boolean;
}

export interface Theme {
  id: string;
  name: Localized;
  icon: string;
  indicatorCount: number;
}

export interface SnapshotInfo {
  datasetVersion: number;
  /** ISO date the figures are current to, shown on every screen. */
  dataAsOf: string;
  createdAt: string;
  publisher: string;
  schemaVersion: number;
  root: RegionRef;
  /** Whether this is the default dataset bundled with the app, not a published one. */
  isBundledDefault: boolean;
}

export interface Overview {
  region: RegionRef;
  keyFigures: Figure[];
  themes: Theme[];
  counts: { kecamatan: number; desa: number; kelurahan: number };
}

export type RefreshPhase = 'idle' | 'checking' | 'downloading' | 'verifying' | 'building' | 'switching' | 'failed';

export interface RefreshStatus {
  phase: RefreshPhase;
  progress: { bytes: number; totalBytes: number | null; rows: number } | null;
  lastSuccessAt: string | null;
  /** `fault` names the kind of failure (see RefreshFaultKind); the message is plain words for staff. */
  lastError: { at: string; message: string; fault?: RefreshFaultKind } | null;
  activeVersion: number;
  dataAsOf: string;
  /** When the kiosk last heard from the data service, successfully or not. */
  lastCheckedAt?: string | null;
  /** The outcome of the last check in plain words ("Up to date: version 4 is the newest published."). */
  note?: string | null;
  nextCheckAt?: string | null;
  /** Whether a data service and key are configured; without them the kiosk shows its bundled data. */
  configured?: boolean;
  /** The good snapshot "snapshot.rollback" would switch to; null when there is none. */
  rollbackVersion?: number | null;
  isBundledDefault?: boolean;
}

export type RefreshFaultKind =
  | 'not_configured' | 'unreachable' | 'timeout' | 'http_status' | 'rate_limited' | 'too_large' | 'truncated'
  | 'hash_mismatch' | 'missing_signature' | 'bad_signature' | 'bad_manifest' | 'expired' | 'wrong_region' | 'replay'
  | 'version_too_high' | 'mixed_versions' | 'invalid_data' | 'disk_full' | 'check_failed' | 'internal';

export type RefreshOutcome = 'installed' | 'up_to_date' | 'failed';

/** Answer of "refresh.now": a request made while a refresh runs joins it (`joined`) instead of starting another. */
export interface RefreshRunResult {
  outcome: RefreshOutcome;
  joined: boolean;
  status: RefreshStatus;
}

export interface RollbackResult {
  fromVersion: number;
  toVersion: number;
  dataAsOf: string;
}

/** How the touch kiosk behaves, from the app's config (the renderer cannot read the file itself). */
export interface KioskSettings {
  /** Seconds without a touch before the "still there?" countdown starts. */
  idleTimeoutSeconds: number;
  defaultLanguage: Lang;
}

/** A view the presenter sends to the wall display; null releases the wall. */
export interface WallView {
  /** A renderer route name (data/wall/views.ts: attract, home, map, region, theme, indicator, compare, search). */
  screen: string;
  /** The route's parameters, as renderer/navigation/routes.ts names them (compare takes arrays). */
  params: Record<string, string | number | boolean | string[]>;
  title: string;
  sentAt: string;
  /** Who put it up: a presenter's send, or a running playlist's slide. */
  from?: 'presenter' | 'playlist';
  /** For a playlist slide: when the next slide follows. */
  slideEndsAt?: string;
}

/** Answer of wall.state / wall.show / wall.release / playlist.run / playlist.stop. */
export interface WallState {
  mode: 'idle' | 'presenting' | 'playlist';
  /** What the wall shows now; null when idle. */
  view: WallView | null;
  /** The running playlist, also while a presenter holds the wall (then slideEndsAt is null: it waits). */
  playlist: { id: number; name: string; index: number; slideCount: number; slideEndsAt: string | null } | null;
}

export interface PlaylistSlide {
  view: { screen: string; params: WallView['params']; title: string };
  durationSeconds: number;
}

export interface Playlist {
  id: number;
  name: string;
  slides: PlaylistSlide[];
  createdAt: string;
  updatedAt: string;
}

/** Answer of playlist.addSlide: the playlist as saved and the new slide's number (1-based), for "added as slide 4". */
export interface PlaylistSlideAdded {
  playlist: Playlist;
  slideNumber: number;
}

/* ---- Admin (issue 6): every request but admin.info, admin.setup and admin.login takes {token} ---- */

/** Answer of admin.info: what the hidden admin entry should ask for. No session needed. */
export interface AdminInfo {
  /** False on a fresh install: the panel asks for the setup code and a new PIN (admin.setup). */
  pinSet: boolean;
  /** Where IT staff read the one-time setup code on this machine; null once a PIN is set. */
  setupCodeFile: string | null;
  /** While set, every PIN attempt is refused without being checked. */
  lockedUntil: string | null;
  /** Wrong tries left before the next lockout. */
  attemptsLeft: number;
  sessionIdleMinutes: number;
}

/** Answer of admin.login and admin.setup. The token goes into every admin request; it is never stored on disk. */
export interface AdminSession {
  token: string;
  /** A short public id of this session: what the audit log names as "who". */
  sessionId: string;
  /** Slides forward with every admin request (idle timeout). */
  expiresAt: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  /** Admin session id, or "anonymous" for an attempt without a session (a login). */
  actor: string;
  action: string;
  outcome: 'ok' | 'refused' | 'failed';
  detail: string;
}

export interface StoredSnapshot {
  version: number;
  dataAsOf: string | null;
  fileName: string;
  sizeBytes: number;
  active: boolean;
  isBundledDefault: boolean;
}

export interface AdminStatus {
  snapshot: SnapshotInfo;
  /** Kept snapshots, newest first (the active one and the rollback target). */
  snapshots: StoredSnapshot[];
  refresh: RefreshStatus;
  wall: WallState;
  logFile: string;
  logLines: string[];
  audit: AuditEntry[];
  dataDir: string;
  session: { sessionId: string; expiresAt: string };
}

/** The settings the admin panel edits (a subset of config.json). */
export interface EditableConfig {
  dataServiceUrl: string | null;
  publicKey: string | null;
  refreshIntervalMinutes: number;
  idleTimeoutSeconds: number;
  defaultLanguage: Lang;
  wallDisplay: string | null;
}

export interface AdminConfig {
  config: EditableConfig;
  file: string;
  /** Some saved settings take effect only when the app starts again (admin.exitKiosk {relaunch: true}). */
  restartRequired: boolean;
  /** Which: saved, but not what the running app uses (the wall display choice; or one an ANJUNGAN_* variable overrides). */
  pendingRestart: (keyof EditableConfig)[];
  /** The settings this app applies as soon as they are saved; the others always wait for a restart. */
  liveKeys: (keyof EditableConfig)[];
}

export interface ExitKioskResult {
  exiting: boolean;
  message: string;
}

export type ApiErrorCode =
  | 'unknown_request'
  | 'invalid_arguments'
  | 'not_found'
  | 'unavailable'
  | 'internal'
  /** No valid admin session (missing, expired or logged out), or a wrong PIN. */
  | 'unauthorized'
  /** Too many wrong PINs: refused until the lockout ends (the message says when). */
  | 'locked'
  /** The request contradicts the current state (a PIN is already set; a playlist name is taken). */
  | 'conflict';

export interface ApiError {
  code: ApiErrorCode;
  message: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/* ---- Screen query results (data/store/queries) ---- */

/** A figure of a region's profile, beside the same indicator and period for its parent and the regency root. */
export interface ProfileFigure extends Figure {
  parentValue: number | null;
  rootValue: number | null;
}

export interface RegionProfile {
  region: RegionRef;
  /** Ancestors from the top (provinsi) down to the parent; empty for a top-level region. */
  breadcrumb: RegionRef[];
  parent: RegionRef | null;
  /** The snapshot's root region (the regency), the reference every figure is set beside. */
  root: RegionRef | null;
  figures: ProfileFigure[];
  children: RegionRef[];
}

export interface RankingRow {
  rank: number;
  region: RegionRef;
  value: number;
  isRollup: boolean;
}

export interface Ranking {
  indicator: IndicatorMeta;
  parent: RegionRef;
  /** The period ranked; null when no child has data for the indicator. */
  period: string | null;
  /** Periods for which at least one child has data, oldest first. */
  periods: string[];
  parentValue: number | null;
  /** Best first: descending unless lower is better. Equal values share a rank. */
  rows: RankingRow[];
}

export interface SeriesPoint {
  period: string;
  value: number;
  isRollup: boolean;
}

export interface SeriesLine {
  region: RegionRef;
  points: SeriesPoint[];
}

export interface Series {
  indicator: IndicatorMeta;
  /** Every period of any line, oldest first. */
  periods: string[];
  lines: SeriesLine[];
}

export type MapLevel = 'kecamatan' | 'desa';

export interface MapValue {
  code: string;
  name: string;
  level: RegionRef['level'];
  value: number;
  isRollup: boolean;
}

export interface MapValues {
  indicator: IndicatorMeta;
  level: MapLevel;
  within: RegionRef;
  period: string | null;
  periods: string[];
  values: MapValue[];
  /** Legend bounds; null when no region has a value. */
  min: number | null;
  max: number | null;
}

export interface ComparisonCell {
  regionCode: string;
  period: string;
  value: number;
  isRollup: boolean;
}

export interface ComparisonRow {
  indicator: IndicatorMeta;
  /** One cell per region, in the order of Comparison.regions; null where it has no data. */
  cells: (ComparisonCell | null)[];
}

export interface Comparison {
  regions: RegionRef[];
  rows: ComparisonRow[];
}

export interface PointRow {
  id: string;
  kind: string;
  name: string;
  regionCode: string;
  regionName: string;
  budgetIdr: number | null;
  progressPct: number | null;
  lat: number;
  lng: number;
  period: string;
  source: string;
  isSample: boolean;
}

export interface CatalogueIndicator {
  indicator: IndicatorMeta;
  isKey: boolean;
  /** Periods with any observation, oldest first. */
  periods: string[];
}

export interface CatalogueTheme {
  id: string;
  name: Localized;
  icon: string;
  indicators: CatalogueIndicator[];
}

export type GeoPosition = [number, number];
export type GeoGeometry =
  | { type: 'Polygon'; coordinates: GeoPosition[][] }
  | { type: 'MultiPolygon'; coordinates: GeoPosition[][][] };

export interface RegionFeature {
  type: 'Feature';
  id: string;
  properties: { code: string; name: string; level: RegionRef['level']; parentCode: string | null; parentName: string | null };
  geometry: GeoGeometry;
  bbox?: [number, number, number, number];
}

export interface RegionFeatureCollection {
  type: 'FeatureCollection';
  /** [minLng, minLat, maxLng, maxLat] of all features; absent when there are none. */
  bbox?: [number, number, number, number];
  features: RegionFeature[];
}

export type SearchHit =
  | {
      kind: 'region';
      code: string;
      label: string;
      level: RegionRef['level'];
      parentCode: string | null;
      parentName: string | null;
    }
  | {
      kind: 'indicator';
      id: string;
      label: string;
      lang: Lang;
      themeId: string;
    };
