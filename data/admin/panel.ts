import type { AppConfig } from '../config/config.js';
import type { RotatingLog } from '../ops/log.js';
import type { AdminAuth } from './service.js';

/** What the admin handlers need beyond the common handler context. */
export interface AdminPanel {
  auth: AdminAuth;
  dataDir: string;
  log: RotatingLog | null;
  nativeBinding?: string;
  /**
   * Provided by the Electron shell: leaves (or restarts) the kiosk once the answer is on
   * its way. Web mode has none; there, exit means stopping the server process.
   */
  exitKiosk?: (options: { relaunch: boolean }) => void;
  /**
   * Puts the settings just saved to config.json (`edited` names them) into force where
   * that needs no restart (data/app/live-config.ts); answers the config now running.
   * Absent where a test builds a panel by hand: saved settings then wait for a restart.
   */
  applyConfig?: (saved: AppConfig, edited: readonly string[]) => AppConfig;
  /**
   * Provided by the Electron shell: opens, moves or closes the wall window for a new
   * `wallDisplay` at once. Without it (web mode, where the wall is any browser) the
   * setting waits for a restart.
   */
  applyWallDisplay?: (wallDisplay: AppConfig['wallDisplay']) => void;
}
