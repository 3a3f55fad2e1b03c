// The contract's limits (data/store/queries/limits.ts), restated: the renderer takes only types from data/.
export const maxCompareRegions = 4;
export const maxCompareIndicators = 12;
