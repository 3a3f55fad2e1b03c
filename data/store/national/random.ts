/** Small deterministic generators: the same seed always yields the same snapshot. */

/** mulberry32: a fast 32-bit PRNG, good enough for synthetic data. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A uniform number in [0, 1) from integer coordinates, so a value (say indicator 7 of
 * region 1234) can be recomputed anywhere without keeping generator state.
 */
export function hashUnit(seed: number, a: number, b: number, c = 0): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ a ^ (h >>> 13), 0xc2b2ae35);
  h = Math.imul(h ^ b ^ (h >>> 16), 0x27d4eb2f);
  h = Math.imul(h ^ c ^ (h >>> 15), 0x165667b1);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

/** Splits `total` among `parts` with at least one each, in uneven but seeded shares. */
export function distribute(total: number, parts: number, random: () => number): number[] {
  const counts = new Array<number>(parts).fill(1);
  const rest = Math.max(0, total - parts);
  const weights = counts.map(() => 0.4 + random());
  const sum = weights.reduce((a, b) => a + b, 0);
  let given = 0;
  const remainders = weights.map((weight, index) => {
    const exact = (rest * weight) / sum;
    const whole = Math.floor(exact);
    counts[index] = (counts[index] ?? 1) + whole;
    given += whole;
    return { index, fraction: exact - whole };
  });
  remainders.sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  for (let i = 0; i < rest - given; i += 1) {
    const slot = remainders[i % remainders.length];
    if (slot) counts[slot.index] = (counts[slot.index] ?? 1) + 1;
  }
  return counts;
}
