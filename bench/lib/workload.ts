import type { Queries } from '../../data/store/queries/index.js';
import type { BenchSample } from '../../data/store/national/sample.js';
import { createPicker } from './stats.js';

export interface BenchCase {
  query: string;
  run: (iteration: number) => unknown;
}

/**
 * The screen queries with varied, realistic arguments: regions a visitor would tap,
 * maps of one kabupaten (or one kecamatan's desa), search inputs as typed letter by letter.
 * Arguments are drawn before timing so the samples measure the queries alone.
 */
export function buildWorkload(queries: Queries, sample: BenchSample, count: number): BenchCase[] {
  const picker = createPicker(0x5eed);
  const { pick } = picker;
  const indicators = sample.indicators;
  const anyRegion = [...sample.kabupaten, ...sample.kecamatan, ...sample.desa];
  const parents = [...sample.kabupaten, ...sample.kecamatan];
  const times = <T>(make: () => T): T[] => Array.from({ length: count }, make);
  const at = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

  const profileArgs = times(() => pick(anyRegion));
  const rankingArgs = times(() => [pick(parents), pick(indicators)] as const);
  const seriesArgs = times(() => [pick(indicators), picker.sample(anyRegion, 1 + Math.floor(picker.next() * 8))] as const);
  const mapArgs = times(() => {
    const onlyKecamatan = picker.next() < 0.3;
    return onlyKecamatan
      ? ([pick(indicators), 'desa', { within: pick(sample.kecamatan) }] as const)
      : ([pick(indicators), picker.next() < 0.5 ? 'kecamatan' : 'desa', { within: pick(sample.kabupaten) }] as const);
  });
  const compareArgs = times(() => [picker.sample(anyRegion, 2 + Math.floor(picker.next() * 3)), picker.sample(indicators, 6 + Math.floor(picker.next() * 7))] as const);
  const pointsArgs = times(() => pick(parents));
  const geometryArgs = times(() =>
    picker.next() < 0.4
      ? (['desa', { within: pick(sample.kecamatan) }] as const)
      : ([picker.next() < 0.5 ? 'kecamatan' : 'desa', { within: pick(sample.kabupaten) }] as const),
  );
  // What a visitor types: one to ten letters of a name, sometimes lower-case or hyphenated.
  const searchArgs = times(() => {
    const name = pick(sample.names);
    const typed = name.slice(0, 1 + Math.floor(picker.next() * Math.min(10, name.length)));
    return picker.next() < 0.5 ? typed.toLowerCase() : typed.replace(' ', '-');
  });

  return [
    { query: 'overview', run: () => queries.overview(sample.rootCode) },
    { query: 'regionProfile', run: (i) => queries.regionProfile(at(profileArgs, i)) },
    { query: 'ranking', run: (i) => queries.ranking(...at(rankingArgs, i)) },
    { query: 'series', run: (i) => queries.series(...at(seriesArgs, i)) },
    { query: 'mapValues', run: (i) => queries.mapValues(...at(mapArgs, i)) },
    { query: 'compare', run: (i) => queries.compare(...at(compareArgs, i)) },
    { query: 'points', run: (i) => queries.points(at(pointsArgs, i)) },
    { query: 'catalogue', run: () => queries.catalogue() },
    { query: 'geometry', run: (i) => queries.geometry(...at(geometryArgs, i)) },
    { query: 'search', run: (i) => queries.search(at(searchArgs, i)) },
  ];
}
