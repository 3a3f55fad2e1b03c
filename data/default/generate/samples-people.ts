import type { ObservationOut } from './import-shared.js';
import { at, clamp, emit, kecamatanGroups, realTotals, rng, round, roundToTotal, seriesAt, sum, years, type Series, type Village, type Year } from './sample-base.js';

/** Real regency poverty rates (BPS, March) the sample's weighted mean is calibrated to. */
const povertyTargets: Record<Year, number> = { 2020: 8.06, 2021: 8.07, 2022: 7.51, 2023: 7.34, 2024: 6.54, 2025: 6.13 };

export interface PeopleSeries {
  population: Series;
  poor: Series;
  births: Series;
}

/** Population, poverty, education and health samples; returns the series other samples scale by. */
export function generatePeopleSamples(shared: string, villages: readonly Village[], out: ObservationOut[]): PeopleSeries {
  const r = rng('population');
  const raw2025 = new Array<number>(villages.length).fill(0);
  for (const group of kecamatanGroups(shared, villages)) {
    const w = group.members.map((i) => {
      const v = villages[i];
      return r.logNormal(0.35) * Math.pow(v?.area ?? 1, 0.25) * (v?.level === 'kelurahan' ? 1.3 : 1);
    });
    const total = sum(w);
    group.members.forEach((i, k) => (raw2025[i] = (group.weight * at(w, k)) / total));
  }
  const scale = realTotals.population2025 / sum(raw2025);
  const pop2025 = roundToTotal(raw2025.map((v) => v * scale), realTotals.population2025);
  const growth = villages.map(() => clamp(r.normal(0.0085, 0.003), 0.002, 0.016));
  const population: Series = new Map();
  for (const year of years) {
    population.set(year, year === 2025 ? pop2025 : pop2025.map((p, i) => Math.round(p / Math.pow(1 + at(growth, i), 2025 - year) * (1 + r.normal(0, 0.002)))));
  }

  const maleShare = villages.map(() => realTotals.male2025 / realTotals.population2025 + r.normal(0, 0.004));
  const male: Series = new Map();
  const female: Series = new Map();
  for (const year of years) {
    const pop = seriesAt(population, year);
    const raw = pop.map((p, i) => p * (at(maleShare, i) + (year - 2025) * 0.0002));
    const m = year === 2025 ? roundToTotal(raw, realTotals.male2025) : raw.map(Math.round);
    male.set(year, m);
    female.set(year, pop.map((p, i) => p - at(m, i)));
  }
  emit(out, 'sample_population', villages, population);
  emit(out, 'sample_population_male', villages, male);
  emit(out, 'sample_population_female', villages, female);

  const householdSize = villages.map(() => r.uniform(3.0, 3.5));
  emit(out, 'sample_households', villages, mapYears(population, (p, i, year) => Math.round(p / (at(householdSize, i) - 0.02 * (year - 2020)))));

  // Poverty: a village factor (kelurahan lower) times a yearly level calibrated to the real regency rate.
  const rp = rng('poverty');
  const factor = villages.map((v) => rp.logNormal(0.35) * (v.level === 'kelurahan' ? 0.6 : 1));
  const slope = villages.map(() => rp.normal(0, 0.02));
  const rate: Series = new Map();
  for (const year of years) {
    const pop = seriesAt(population, year);
    const shape = villages.map((_, i) => at(factor, i) * (1 + at(slope, i) * (year - 2022.5)));
    const level = (povertyTargets[year] * sum(pop)) / sum(pop.map((p, i) => p * at(shape, i)));
    rate.set(year, shape.map((s) => round(clamp(level * s, 0.5, 40), 2)));
  }
  const poor = mapYears(population, (p, i, year) => Math.round((p * at(seriesAt(rate, year), i)) / 100));
  const pkhShare = villages.map(() => rp.uniform(0.26, 0.34));
  emit(out, 'sample_poverty_rate', villages, rate);
  emit(out, 'sample_poor_population', villages, poor);
  emit(out, 'sample_pkh_families', villages, mapYears(poor, (p, i) => Math.round(p * at(pkhShare, i))));

  // Schools: about 870 primary schools in 2020 and twelve mergers by 2023, as the education office reported.
  const re = rng('education');
  const pop2020 = seriesAt(population, 2020);
  const sd2020 = pop2020.map((p) => Math.max(1, Math.round((p / 1990) * re.uniform(0.85, 1.15))));
  const merged = new Map<number, Year>();
  while (merged.size < 12) {
    const i = re.int(0, villages.length - 1);
    if (at(sd2020, i) >= 3 && !merged.has(i)) merged.set(i, re.pick([2021, 2022, 2023] as const));
  }
  emit(out, 'sample_sd_schools', villages, byYear((year) => sd2020.map((n, i) => n - ((merged.get(i) ?? 9999) <= year ? 1 : 0))));
  const smp = pop2020.map((p) => Math.round((p / 7700) * re.logNormal(0.4)));
  const newSmp = new Set(Array.from({ length: 6 }, () => re.int(0, villages.length - 1)));
  emit(out, 'sample_smp_schools', villages, byYear((year) => smp.map((n, i) => n + (year >= 2022 && newSmp.has(i) ? 1 : 0))));
  const participation = villages.map(() => re.uniform(94.5, 98));
  emit(out, 'sample_school_participation', villages, byYear((year) => participation.map((b) => round(clamp(b + 0.35 * (year - 2020) + re.normal(0, 0.15), 80, 99.9), 2))));

  // Health.
  const rh = rng('health');
  const posyandu = pop2020.map((p) => Math.max(2, Math.round((p / 755) * rh.uniform(0.9, 1.1))));
  const extraPost = villages.map(() => rh.next() < 0.1);
  emit(out, 'sample_posyandu', villages, byYear((year) => posyandu.map((n, i) => n + (year >= 2023 && extraPost[i] ? 1 : 0))));
  const birthRate = villages.map(() => rh.uniform(0.0125, 0.015));
  const births = mapYears(population, (p, i, year) => Math.round(p * at(birthRate, i) * (1 - 0.01 * (year - 2020))));
  emit(out, 'sample_births', villages, births);
  const immunisation = villages.map(() => rh.uniform(86, 93));
  emit(out, 'sample_immunisation', villages, byYear((year) => immunisation.map((b) => round(clamp(b + 1.1 * (year - 2020) + rh.normal(0, 0.4), 60, 99.5), 2))));
  const underweight = villages.map((v) => rh.uniform(4, 9) * (v.level === 'kelurahan' ? 0.8 : 1));
  emit(out, 'sample_underweight', villages, byYear((year) => underweight.map((b) => round(clamp(b - 0.45 * (year - 2020) + rh.normal(0, 0.2), 1, 20), 2))));

  return { population, poor, births };
}

export function byYear(make: (year: Year) => number[]): Series {
  return new Map(years.map((year) => [year, make(year)]));
}

export function mapYears(series: Series, f: (value: number, index: number, year: Year) => number): Series {
  return byYear((year) => seriesAt(series, year).map((v, i) => f(v, i, year)));
}
