import type { RequestArgs } from '../contract.js';
import { ApiFailure } from '../dispatch.js';
import type { RegionRef } from '../types.js';
import type { HandlerContext } from './context.js';

export function regionGet({ code }: RequestArgs<'region.get'>, { store }: HandlerContext): RegionRef {
  const region = store.queries.regionRef(code);
  if (!region) throw new ApiFailure('not_found', `No region has the code ${code}.`);
  return region;
}
