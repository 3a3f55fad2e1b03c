import type { RequestArgs, RequestResult } from '../contract.js';
import { ApiFailure } from '../dispatch.js';
import type { HandlerContext } from './context.js';

/**
 * The screens' reads. Each is one prepared query over the active snapshot; a miss is
 * a plain `not_found` that names what was asked for.
 */
function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new ApiFailure('not_found', what);
  return value;
}

export function regionProfile({ code }: RequestArgs<'region.profile'>, { store }: HandlerContext): RequestResult<'region.profile'> {
  return found(store.queries.regionProfile(code), `No region has the code ${code}.`);
}

export function regionPoints({ code }: RequestArgs<'region.points'>, { store }: HandlerContext): RequestResult<'region.points'> {
  found(store.queries.regionRef(code), `No region has the code ${code}.`);
  return store.queries.points(code);
}

export function regionCompare(args: RequestArgs<'region.compare'>, { store }: HandlerContext): RequestResult<'region.compare'> {
  return store.queries.compare(args.regionCodes, args.indicatorIds);
}

export function indicatorCatalogue(_args: RequestArgs<'indicator.catalogue'>, { store }: HandlerContext): RequestResult<'indicator.catalogue'> {
  return store.queries.catalogue();
}

export function indicatorRanking(args: RequestArgs<'indicator.ranking'>, { store }: HandlerContext): RequestResult<'indicator.ranking'> {
  return found(
    store.queries.ranking(args.parentCode, args.indicatorId, args.period),
    `No ranking of ${args.indicatorId} within ${args.parentCode}${args.period ? ` for ${args.period}` : ''}.`,
  );
}

export function indicatorSeries(args: RequestArgs<'indicator.series'>, { store }: HandlerContext): RequestResult<'indicator.series'> {
  return found(store.queries.series(args.indicatorId, args.regionCodes), `No indicator has the id ${args.indicatorId}.`);
}

export function mapValues(args: RequestArgs<'map.values'>, { store }: HandlerContext): RequestResult<'map.values'> {
  const options = { ...(args.within ? { within: args.within } : {}), ...(args.period ? { period: args.period } : {}) };
  return found(store.queries.mapValues(args.indicatorId, args.level, options), `No map of ${args.indicatorId} for ${args.level}.`);
}

export function mapGeometry(args: RequestArgs<'map.geometry'>, { store }: HandlerContext): RequestResult<'map.geometry'> {
  return found(store.queries.geometry(args.level, args.within ? { within: args.within } : {}), `No ${args.level} outlines within ${args.within ?? 'the regency'}.`);
}

export function search(args: RequestArgs<'search'>, { store }: HandlerContext): RequestResult<'search'> {
  return store.queries.search(args.text, { ...(args.limit ? { limit: args.limit } : {}), ...(args.lang ? { lang: args.lang } : {}) });
}
