import type { Overview } from '../types.js';
import { ApiFailure } from '../dispatch.js';
import type { HandlerContext } from './context.js';

export function overviewGet(_args: Record<string, never>, { store }: HandlerContext): Overview {
  const overview = store.queries.overview(store.meta.rootCode);
  if (!overview) throw new ApiFailure('unavailable', `The snapshot has no region ${store.meta.rootCode}.`);
  return overview;
}
