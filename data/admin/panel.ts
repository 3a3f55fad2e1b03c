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
}
