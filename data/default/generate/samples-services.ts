import type { ObservationOut } from './import-shared.js';
import { at, clamp, emit, rng, round, roundToTotal, seriesAt, sum, years, type Series, type Village, type Year } from './sample-base.js';
import { byYear, mapYears, type PeopleSeries } from './samples-people.js';

/** Regency Dana Desa allocations: 2023 and 2024 are the real figures, the other years plausible samples. */
const danaDesaTotals: Record<Year, number> = {
  2020: 229_871_544_000, 2021: 233_315_960_000, 2022: 219_738_210_000,
  2023: 224_082_023_000, 2024: 227_001_570_000, 2025: 225_474_100_000,
};
/** Disbudpar visit totals 2022–2025 are real; 2020–2021 (pandemic years, no citable figure) are samples. */
const visitTotals: Record<Year, number> = { 2020: 1_480_000, 2021: 1_760_000, 2022: 2_977_563, 2023: 3_182_082, 2024: 3_405_145, 2025: 3_671_197 };
/** Tourism villages designated by year, reaching the reported 99 in 2025. */
const tourismVillageCounts: Record<Year, number> = { 2020: 60, 2021: 70, 2022: 80, 2023: 88, 2024: 94, 2025: 99 };
/** Kecamatan with the regency's main destinations (Ijen, Alas Purwo, Pulau Merah, the town and its coast). */
const touristKecamatan = new Set(['35.10.24', '35.10.15', '35.10.04', '35.10.01', '35.10.21', '35.10.16', '35.10.19']);
const kelurahanNote = 'Kelurahan tidak menerima Dana Desa / Kelurahan receive no Dana Desa';

export function generateServiceSamples(villages: readonly Village[], people: PeopleSeries, out: ObservationOut[]): void {
  const isDesa = villages.map((v) => v.level === 'desa');

  // Dana Desa: a basic share for every desa plus a formula share by population, poverty and area.
  const rd = rng('dana-desa');
  const area = villages.map((v, i) => (isDesa[i] ? v.area : 0));
  const allocation: Series = byYear((year) => {
    const pop = seriesAt(people.population, year).map((p, i) => (isDesa[i] ? p : 0));
    const poor = seriesAt(people.poor, year).map((p, i) => (isDesa[i] ? p : 0));
    const desaCount = isDesa.filter(Boolean).length;
    const share = villages.map((_, i) => (isDesa[i]
      ? 0.72 / desaCount + 0.28 * (0.5 * at(pop, i) / sum(pop) + 0.3 * at(poor, i) / sum(poor) + 0.2 * at(area, i) / sum(area))
      : 0));
    return roundToTotal(share.map((s) => s * danaDesaTotals[year]), danaDesaTotals[year], 1000);
  });
  const realisation = mapYears(allocation, (a) => Math.floor((a * rd.uniform(0.94, 1.0)) / 1000) * 1000);
  const rate = byYear((year) => seriesAt(allocation, year).map((a, i) => (a > 0 ? round((at(seriesAt(realisation, year), i) / a) * 100, 2) : 0)));
  const note = (v: Village): string | null => (v.level === 'kelurahan' ? kelurahanNote : null);
  emit(out, 'sample_dana_desa_allocation', villages, allocation, { note });
  emit(out, 'sample_dana_desa_realisation', villages, realisation, { note });
  emit(out, 'sample_dana_desa_realisation_pct', villages, rate, { skip: (v) => v.level === 'kelurahan' });

  // Fibre: 172 of 217 villages were connected by September 2018 (all kelurahan among them); the rest by 2023.
  const rt = rng('smart-kampung');
  const order = villages.map((v, i) => ({ i, key: v.level === 'kelurahan' ? -1 : rt.next() })).sort((a, b) => a.key - b.key);
  const connectYear = new Array<number>(villages.length).fill(2018);
  const laterYears = [...Array(15).fill(2019), ...Array(12).fill(2020), ...Array(9).fill(2021), ...Array(6).fill(2022), ...Array(3).fill(2023)] as number[];
  order.slice(172).forEach(({ i }, k) => (connectYear[i] = laterYears[k] ?? 2023));
  const connected = (i: number, year: number): boolean => at(connectYear, i) <= year;
  emit(out, 'sample_fibre_connected', villages, byYear((year) => villages.map((_, i) => (connected(i, year) ? 1 : 0))));
  const servicesBase = villages.map(() => rt.int(3, 8));
  const servicesGrowth = villages.map(() => rt.uniform(1.8, 3.2));
  emit(out, 'sample_online_services', villages, byYear((year) => villages.map((_, i) => (connected(i, year)
    ? Math.min(30, Math.round(at(servicesBase, i) + at(servicesGrowth, i) * Math.max(0, year - Math.max(2020, at(connectYear, i)))))
    : 0))));
  const uptake = villages.map(() => rt.uniform(0.7, 1.3));
  emit(out, 'sample_online_requests', villages, mapYears(people.population, (p, i, year) => (connected(i, year)
    ? Math.round(p * (0.02 + 0.025 * (year - 2020)) * at(uptake, i))
    : 0)));

  // Public services.
  const rs = rng('public-services');
  const docs = villages.map(() => rs.uniform(0.06, 0.1));
  emit(out, 'sample_adminduk_documents', villages, mapYears(people.population, (p, i, year) => Math.round(p * at(docs, i) * (1 + 0.02 * (year - 2020)))));
  const satisfaction = villages.map(() => rs.uniform(74, 84));
  emit(out, 'sample_satisfaction_index', villages, byYear((year) => satisfaction.map((b) => round(clamp(b + (year - 2020) + rs.normal(0, 0.6), 50, 97), 1))));

  // Tourism: visits concentrate in a few villages; totals follow the Disbudpar counts.
  const rw = rng('tourism');
  const appeal = villages.map((v) => (rw.next() < (touristKecamatan.has(v.kecamatan) ? 0.7 : 0.22) ? rw.logNormal(1.2) * (touristKecamatan.has(v.kecamatan) ? 3 : 1) : 0));
  const drift = villages.map(() => rw.normal(0, 0.04));
  emit(out, 'sample_tourist_visits', villages, byYear((year) => {
    const raw = appeal.map((a, i) => a * Math.max(0.2, 1 + at(drift, i) * (year - 2022)));
    const total = sum(raw);
    return roundToTotal(raw.map((v) => (v / total) * visitTotals[year]), visitTotals[year]);
  }));
  const score = villages.map((v, i) => (v.level === 'desa' ? at(appeal, i) + rw.uniform(0, 2) : -1));
  const ranked = villages.map((_, i) => i).sort((a, b) => at(score, b) - at(score, a));
  const designated = new Array<number>(villages.length).fill(9999);
  for (const year of [...years].reverse()) ranked.slice(0, tourismVillageCounts[year]).forEach((i) => (designated[i] = year));
  emit(out, 'sample_tourism_village', villages, byYear((year) => villages.map((_, i) => (at(designated, i) <= year ? 1 : 0))));
  const homestayBase = villages.map(() => rw.int(2, 12));
  emit(out, 'sample_homestays', villages, byYear((year) => villages.map((_, i) => (at(designated, i) <= year
    ? Math.round(at(homestayBase, i) * (1 + 0.15 * (year - at(designated, i))))
    : 0))));
}
