/** The background refresh as the kiosk and IT staff see it: its phase, faults, runs and rollbacks. */

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
