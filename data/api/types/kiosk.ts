/** The kiosk's own state: its settings, the wall display and playlists, the admin screens. */

import type { Lang, SnapshotInfo } from './common.js';
import type { RefreshStatus } from './refresh.js';

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
