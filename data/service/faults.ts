import type { RefreshFaultKind } from '../api/types.js';

/**
 * Every way a refresh can fail, by name. The status shows the message to kiosk staff
 * and IT staff alike, so it is written in plain words and says what the kiosk does
 * about it; the kind lets tests and the admin screen tell faults apart.
 */
export const refreshFaultKinds = [
  'not_configured',
  'unreachable',
  'timeout',
  'http_status',
  'rate_limited',
  'too_large',
  'truncated',
  'hash_mismatch',
  'missing_signature',
  'bad_signature',
  'bad_manifest',
  'expired',
  'wrong_region',
  'replay',
  'version_too_high',
  'mixed_versions',
  'invalid_data',
  'disk_full',
  'check_failed',
  'internal',
] as const satisfies readonly RefreshFaultKind[];

export type { RefreshFaultKind };

export class RefreshFault extends Error {
  constructor(
    readonly kind: RefreshFaultKind,
    message: string,
    /** Seconds the service asked us to wait (HTTP 429 Retry-After). */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'RefreshFault';
  }
}

/** Errors of the file system that mean "no space", whichever layer raised them. */
export function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL';
}

/** Turns any error into a fault, keeping faults as they are. */
export function asRefreshFault(error: unknown): RefreshFault {
  if (error instanceof RefreshFault) return error;
  if (isDiskFull(error)) {
    return new RefreshFault('disk_full', 'The disk is full: the new data could not be stored. The kiosk keeps its current data; free some space.');
  }
  const message = error instanceof Error ? error.message : String(error);
  return new RefreshFault('internal', `The refresh failed unexpectedly (${message.slice(0, 300)}). The kiosk keeps its current data.`);
}
