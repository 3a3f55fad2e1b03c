/** Percentiles by nearest rank over measured durations in milliseconds. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export interface Timing {
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  mean_ms: number;
  max_ms: number;
  runs: number;
}

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

/**
 * Runs `run(i)` `warmup` times unmeasured, then `runs` times measured one call at a time
 * with process.hrtime (nanoseconds), so each sample is one screen query as a tap costs it.
 */
export function measure(run: (iteration: number) => unknown, runs: number, warmup: number): Timing {
  let sink = 0;
  for (let i = 0; i < warmup; i += 1) sink += run(i) === undefined ? 0 : 1;
  const samples = new Array<number>(runs);
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    const result = run(warmup + i);
    samples[i] = Number(process.hrtime.bigint() - start) / 1e6;
    sink += result === undefined ? 0 : 1;
  }
  if (sink < 0) console.log(sink);
  samples.sort((a, b) => a - b);
  return {
    p50_ms: round4(percentile(samples, 50)),
    p95_ms: round4(percentile(samples, 95)),
    p99_ms: round4(percentile(samples, 99)),
    mean_ms: round4(samples.reduce((a, b) => a + b, 0) / samples.length),
    max_ms: round4(samples.at(-1) ?? Number.NaN),
    runs,
  };
}

/** Deterministic picks so two benchmark runs ask the same questions. */
export function createPicker(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  return {
    next,
    pick<T>(list: readonly T[]): T {
      const value = list[Math.floor(next() * list.length)];
      if (value === undefined) throw new Error('Cannot pick from an empty list.');
      return value;
    },
    sample<T>(list: readonly T[], count: number): T[] {
      const copy = [...list];
      const out: T[] = [];
      while (out.length < count && copy.length > 0) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0] as T);
      return out;
    },
  };
}
