import { join } from 'node:path';
import { kecamatanStatsSources, normalisePeriod, readCsv, statusOf, type ObservationOut } from './import-shared.js';

/** extra/ indicator name → dataset indicator id; series not listed here are left out (see SOURCES.md). */
const extraMap: Record<string, string | ((period: string) => string)> = {
  population_census: 'population_bps',
  population_estimate_bps: 'population_bps',
  population_bps: 'population_bps',
  hdi_ipm_current_series: 'hdi',
  ipm_life_expectancy_at_birth: 'life_expectancy',
  ipm_mean_years_schooling: 'mean_years_schooling',
  ipm_expected_years_schooling: 'expected_years_schooling',
  economic_growth_grdp_constant_prices: (period) => (period.includes('-Q') ? 'economic_growth_quarterly' : 'economic_growth'),
  grdp_pdrb_current_prices: 'grdp_current',
  grdp_per_capita_current_prices: 'grdp_per_capita',
  poor_population_pct: 'poverty_rate',
  poverty_depth_index_p1: 'poverty_depth_p1',
  extreme_poverty_pct: 'extreme_poverty_rate',
  gini_ratio: 'gini_ratio',
  open_unemployment_rate_tpt: 'unemployment_rate',
  stunting_prevalence: 'stunting_prevalence',
  tourist_visits_total_disbudpar: 'tourist_visits_total',
  tourist_visits_domestic_disbudpar: 'tourist_visits_domestic',
  tourist_visits_foreign_disbudpar: 'tourist_visits_foreign',
  tourism_villages_desa_wisata: 'tourism_villages',
  puskesmas: 'puskesmas',
  puskesmas_count: 'puskesmas',
  posyandu: 'posyandu',
  infant_mortality_rate_akb: 'infant_mortality',
  net_enrolment_ratio_apm_sd_mi: 'apm_sd',
  net_enrolment_ratio_apm_smp_mts: 'apm_smp',
  gross_enrolment_ratio_apk_sd_mi: 'apk_sd',
  gross_enrolment_ratio_apk_smp_mts: 'apk_smp',
  literacy_rate: 'literacy_rate',
  primary_schools_sd_and_equivalent: 'sd_schools',
  junior_secondary_smp_public: 'smp_schools_public',
  junior_secondary_smp_private: 'smp_schools_private',
  villages_on_fibre: 'villages_on_fibre',
  villages_on_fibre_smart_kampung: 'villages_on_fibre',
  mpp_service_types: 'mpp_service_types',
  mpp_documents_issued: 'mpp_documents_issued',
  idm_villages_mandiri: 'idm_mandiri',
  idm_villages_maju: 'idm_maju',
  idm_villages_berkembang: 'idm_berkembang',
  idm_score: 'idm_score',
};

/** kabupaten_stats.csv (base folder) indicator → dataset indicator id. */
const baseKabupatenMap: Record<string, string> = {
  population_male: 'population_male',
  population_female: 'population_female',
  population_total: 'population_total',
  area_km2_kemendagri_big: 'area_boundary_km2',
  area_km2_bps: 'area_bps_km2',
  poor_population_pct: 'poverty_rate',
  poor_population_count: 'poor_population',
  poverty_line_rp_per_capita_month: 'poverty_line',
  dana_desa_pagu: 'dana_desa_allocation',
  dana_desa_realisasi: 'dana_desa_realisation',
  dana_desa_realisasi_partial: 'dana_desa_realisation',
  population_male_sp2010_prelim: 'population_sp2010_male',
  population_female_sp2010_prelim: 'population_sp2010_female',
  population_total_sp2010_prelim: 'population_sp2010_total',
};

/** Periods the base file states as a decree or a book rather than a date. */
const basePeriods: Record<string, string> = {
  'Kepmendagri 300.2.2-2138/2025': '2025',
  'Kepmendagri 300.2.2-2138/2025 (Dukcapil data)': '2025',
  'Kepmendagri 2025 + BIG letter B-16.10/DIGD-BIG/IGD.04.04/12/2024': '2025',
  'BPS Kabupaten Banyuwangi Dalam Angka 2020': '2020',
  'Sensus Penduduk 2010 - Hasil Olah Cepat (BPS)': '2010',
};

export function readRealObservations(shared: string): ObservationOut[] {
  const out = new Map<string, ObservationOut>();
  const add = (obs: ObservationOut): void => {
    const key = `${obs.indicator_id}|${obs.region_code}|${obs.period}`;
    const existing = out.get(key);
    if (existing) {
      // The base and extra folders repeat a few figures (poverty 2023/2024): keep one, refuse a conflict.
      if (existing.value !== obs.value) throw new Error(`conflicting values for ${key}: ${existing.value} vs ${obs.value}`);
      return;
    }
    out.set(key, obs);
  };

  for (const file of ['kabupaten_indicators.csv', 'kecamatan_indicators.csv', 'desa_indicators.csv']) {
    for (const row of readCsv(join(shared, 'extra', file))) {
      const target = extraMap[row.indicator ?? ''];
      const rawPeriod = row.period ?? '';
      const period = normalisePeriod(rawPeriod);
      const value = Number(row.value);
      if (!target || period === null || !Number.isFinite(value)) continue;
      const unitNote = (row.unit ?? '').includes('(') ? row.unit : null;
      const note = [rawPeriod !== period ? rawPeriod : null, unitNote].filter(Boolean).join('; ') || null;
      add({
        indicator_id: typeof target === 'function' ? target(period) : target,
        region_code: row.code ?? '',
        period,
        value,
        status: statusOf(`${rawPeriod} ${row.unit ?? ''}`),
        note,
        source: row.source ?? null,
      });
    }
  }

  for (const row of readCsv(join(shared, 'banyuwangi_kabupaten_stats.csv'))) {
    const target = baseKabupatenMap[row.indicator ?? ''];
    if (!target) continue;
    const raw = row.reference_period ?? '';
    const period = basePeriods[raw] ?? normalisePeriod(raw);
    if (period === null) throw new Error(`no period for ${row.indicator}: ${raw}`);
    const isPartial = row.indicator === 'dana_desa_realisasi_partial';
    add({
      indicator_id: target,
      region_code: row.code ?? '',
      period,
      value: Number(row.value),
      status: isPartial ? 'partial' : target.startsWith('population_sp2010') ? 'preliminary' : null,
      note: raw === period ? null : isPartial ? `${raw}; realisasi sebagian tahun / partial-year disbursement` : raw,
      source: row.source ?? null,
    });
  }

  for (const row of readCsv(join(shared, 'banyuwangi_kecamatan_stats.csv'))) {
    const code = row.code ?? '';
    const note = row.note || null;
    add({ indicator_id: 'area_bps_km2', region_code: code, period: '2020', value: Number(row.area_km2_bps_dda2020), status: null, note: 'Kabupaten Banyuwangi Dalam Angka 2020', source: kecamatanStatsSources.areaBps });
    add({ indicator_id: 'area_boundary_km2', region_code: code, period: '2025', value: Number(row.area_km2_polygon_big), status: 'derived', note: 'luas poligon batas / boundary polygon area', source: kecamatanStatsSources.areaPolygon });
    if (!row.pop2010_total) continue;
    for (const [column, id] of [['pop2010_total', 'population_sp2010_total'], ['pop2010_male', 'population_sp2010_male'], ['pop2010_female', 'population_sp2010_female']] as const) {
      add({ indicator_id: id, region_code: code, period: '2010', value: Number(row[column]), status: 'preliminary', note: note ?? `kode BPS 2010 / BPS code 2010: ${row.bps_code_2010}`, source: kecamatanStatsSources.sp2010 });
    }
  }

  for (const row of readCsv(join(shared, 'banyuwangi_desa_attributes.csv'))) {
    add({ indicator_id: 'area_boundary_km2', region_code: row.code ?? '', period: '2025', value: Number(row.area_km2_polygon_big), status: 'derived', note: 'luas poligon batas / boundary polygon area', source: kecamatanStatsSources.desaPolygon });
  }
  return [...out.values()];
}
