import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import type { RefreshFaultKind, RefreshRunResult, RefreshStatus } from '../../data/api/types';
import type { ApiClient } from '../api/client';

/** Faults with words of their own; the rest share a general sentence, with the server's detail below it. */
const namedFaults: readonly RefreshFaultKind[] = ['not_configured', 'unreachable', 'timeout', 'bad_signature', 'missing_signature', 'hash_mismatch', 'invalid_data', 'disk_full', 'expired', 'wrong_region'];

export function faultText(fault: RefreshFaultKind | undefined, t: TFunction): string {
  return fault && namedFaults.includes(fault) ? t(`admin.faults.${fault}`) : t('admin.faults.other');
}

/** Headline for the answer of refresh-now or an import; `detail` is the server's plain words. */
export function runText(result: RefreshRunResult, t: TFunction): { ok: boolean; text: string; detail: string | null } {
  const status = result.status;
  if (result.outcome === 'installed') return { ok: true, text: t('admin.run.installed', { version: status.activeVersion }), detail: status.note ?? null };
  if (result.outcome === 'up_to_date') return { ok: true, text: t('admin.run.upToDate'), detail: status.note ?? null };
  // Without a data service nothing is tried, so no error is recorded: the note says why.
  const fault = status.lastError?.fault ?? (status.configured === false ? 'not_configured' : undefined);
  return { ok: false, text: faultText(fault, t), detail: status.lastError?.message ?? status.note ?? null };
}

/** How far a refresh has come, 0..1; null when the size is not known (an indeterminate bar). */
export function refreshFraction(status: RefreshStatus): number | null {
  const progress = status.progress;
  if (!progress || !progress.totalBytes) return null;
  return Math.min(1, Math.max(0, progress.bytes / progress.totalBytes));
}

export const isRunning = (status: RefreshStatus | null) => status !== null && status.phase !== 'idle' && status.phase !== 'failed';

/** The refresh status, live from 'refresh.status' events after a first answer. */
export function useRefreshStatus(client: ApiClient, initial: RefreshStatus | null = null): RefreshStatus | null {
  const [status, setStatus] = useState<RefreshStatus | null>(initial);
  useEffect(() => {
    let live = true;
    let heard = false;
    const unsubscribe = client.on('refresh.status', (next) => {
      heard = true;
      setStatus(next);
    });
    client.request('refresh.status').then(
      (next) => {
        if (live && !heard) setStatus(next);
      },
      () => undefined,
    );
    return () => {
      live = false;
      unsubscribe();
    };
  }, [client]);
  return status;
}
