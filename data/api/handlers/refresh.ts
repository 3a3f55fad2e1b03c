import type { RefreshService } from '../../refresh/service.js';
import type { RequestArgs } from '../contract.js';
import { ApiFailure } from '../dispatch.js';
import type { RefreshRunResult, RefreshStatus, RollbackResult } from '../types.js';
import type { HandlerContext } from './context.js';

function refreshOf(ctx: HandlerContext): RefreshService {
  if (!ctx.refresh) throw new ApiFailure('unavailable', 'Refreshing from the data service is not available here.');
  return ctx.refresh;
}

export function refreshStatus(_args: Record<string, never>, ctx: HandlerContext): RefreshStatus {
  return refreshOf(ctx).status();
}

/** Answers when the run ends; a request made during a run joins it rather than starting a second one. */
export function refreshNow(_args: Record<string, never>, ctx: HandlerContext): Promise<RefreshRunResult> {
  return refreshOf(ctx).refreshNow();
}

export function snapshotRollback({ fromVersion }: RequestArgs<'snapshot.rollback'>, ctx: HandlerContext): Promise<RollbackResult> {
  return refreshOf(ctx).rollback(fromVersion);
}
