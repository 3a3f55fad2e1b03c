import { licences, sampleSource, unit, type IndicatorDef } from './catalogue.js';

const sample = { isSample: true, source: sampleSource, licence: licences.sample } as const;
const note = (id: string, en: string): [string, string] => [
  `${id} Data contoh yang dihasilkan per desa, bukan data resmi.`,
  `${en} Sample data generated per village, not official figures.`,
];

/**
 * Sample indicators: plausible values per village so every screen can be shown and
 * tested before real village data arrives. Their ids start with sample_ and never
 * collide with a real indicator, so a real figure is never overwritten by a sample.
 */
export const sampleIndicators: IndicatorDef[] = [
  { ...sample, id: 'sample_population', theme: 'kependudukan', name: ['Jumlah penduduk (contoh)', 'Population (sample)'],
    description: note('Jumlah penduduk per desa; total 2025 disetarakan dengan data Dukcapil kabupaten.', 'Population per village; the 2025 total matches the regency civil-registry figure.'),
    unit: unit('persons'), decimals: 0, rollup: 'sum', higherIsBetter: null, min: 0 },
  { ...sample, id: 'sample_population_male', theme: 'kependudukan', name: ['Penduduk laki-laki (contoh)', 'Male population (sample)'],
    description: note('Penduduk laki-laki per desa.', 'Male population per village.'),
    unit: unit('persons'), decimals: 0, rollup: 'sum', higherIsBetter: null, min: 0 },
  { ...sample, id: 'sample_population_female', theme: 'kependudukan', name: ['Penduduk perempuan (contoh)', 'Female population (sample)'],
    description: note('Penduduk perempuan per desa.', 'Female population per village.'),
    unit: unit('persons'), decimals: 0, rollup: 'sum', higherIsBetter: null, min: 0 },
  { ...sample, id: 'sample_households', theme: 'kependudukan', name: ['Jumlah kepala keluarga (contoh)', 'Households (sample)'],
    description: note('Jumlah kepala keluarga (KK) per desa.', 'Registered households (KK) per village.'),
    unit: unit('households'), decimals: 0, rollup: 'sum', higherIsBetter: null, min: 0 },

  { ...sample, id: 'sample_poverty_rate', theme: 'kemiskinan', name: ['Persentase penduduk miskin (contoh)', 'Poverty rate (sample)'],
    description: note('Persentase penduduk miskin; rata-rata tertimbang kabupaten disetarakan dengan angka BPS.', 'Share of poor people; the regency weighted mean matches the BPS figure.'),
    unit: unit('percent'), decimals: 2, rollup: 'weighted_mean', weight: 'sample_population', higherIsBetter: false, min: 0, max: 100 },
  { ...sample, id: 'sample_poor_population', theme: 'kemiskinan', name: ['Jumlah penduduk miskin (contoh)', 'Poor people (sample)'],
    description: note('Jumlah penduduk miskin per desa.', 'Poor people per village.'),
    unit: unit('persons'), decimals: 0, rollup: 'sum', higherIsBetter: false, min: 0 },
  { ...sample, id: 'sample_pkh_families', theme: 'kemiskinan', name: ['Keluarga penerima PKH (contoh)', 'Families receiving PKH (sample)'],
    description: note('Keluarga penerima Program Keluarga Harapan.', 'Families receiving the PKH conditional cash transfer.'),
    unit: unit('families'), decimals: 0, rollup: 'sum', higherIsBetter: null, min: 0 },

  { ...sample, id: 'sample_sd_schools', theme: 'pendidikan', name: ['Jumlah SD sederajat (contoh)', 'Primary schools (sample)'],
    description: note('Jumlah SD/MI per desa.', 'Primary schools (SD/MI) per village.'),
    unit: unit('schools'), decimals: 0, rollup: 'sum', higherIsBetter: null, min: 0 },
  { ...sample, id: 'sample_smp_schools', theme: 'pendidikan', name: ['Jumlah SMP sederajat (contoh)', 'Junior secondary schools (sample)'],
    description: note('Jumlah SMP/MTs per desa.', 'Junior secondary schools (SMP/MTs) per village.'),
    unit: unit('schools'), decimals: 0, rollup: 'sum', higherIsBetter: null, min: 0 },
  { ...sample, id: 'sample_school_participation', theme: 'pendidikan', name: ['Partisipasi sekolah 7–15 tahun (contoh)', 'School participation, ages 7–15 (sample)'],
    description: note('Persentase anak 7–15 tahun yang bersekolah.', 'Share of children aged 7–15 in school.'),
    unit: unit('percent'), decimals: 2, rollup: 'weighted_mean', weight: 'sample_population', higherIsBetter: true, min: 0, max: 100 },

  { ...sample, id: 'sample_posyandu', theme: 'kesehatan', name: ['Jumlah posyandu (contoh)', 'Posyandu (sample)'],
    description: note('Jumlah posyandu per desa.', 'Community health posts per village.'),
    unit: unit('facilities'), decimals: 0, rollup: 'sum', higherIsBetter: true, min: 0 },
  { ...sample, id: 'sample_births', theme: 'kesehatan', name: ['Kelahiran hidup (contoh)', 'Live births (sample)'],
    description: note('Jumlah kelahiran hidup dalam setahun.', 'Live births in the year.'),
    unit: ['kelahiran', 'births'], decimals: 0, rollup: 'sum', higherIsBetter: null, min: 0 },
  { ...sample, id: 'sample_immunisation', theme: 'kesehatan', name: ['Imunisasi dasar lengkap (contoh)', 'Full basic immunisation (sample)'],
    description: note('Persentase bayi yang mendapat imunisasi dasar lengkap.', 'Share of infants with full basic immunisation.'),
    unit: unit('percent'), decimals: 2, rollup: 'weighted_mean', weight: 'sample_births', higherIsBetter: true, min: 0, max: 100 },
  { ...sample, id: 'sample_underweight', theme: 'kesehatan', name: ['Balita berat badan kurang (contoh)', 'Underweight children under five (sample)'],
    description: note('Persentase balita dengan berat badan kurang.', 'Share of children under five who are underweight.'),
    unit: unit('percent'), decimals: 2, rollup: 'weighted_mean', weight: 'sample_births', higherIsBetter: false, min: 0, max: 100 },

  { ...sample, id: 'sample_dana_desa_allocation', theme: 'keuangan_desa', name: ['Pagu Dana Desa (contoh)', 'Dana Desa allocation (sample)'],
    description: note('Pagu Dana Desa per desa; total 2023 dan 2024 disetarakan dengan pagu kabupaten. Kelurahan tidak menerima Dana Desa (0).', 'Dana Desa per village; the 2023 and 2024 totals match the regency allocation. Kelurahan receive no Dana Desa (0).'),
    unit: unit('idr'), decimals: 0, rollup: 'sum', higherIsBetter: null, min: 0 },
  { ...sample, id: 'sample_dana_desa_realisation', theme: 'keuangan_desa', name: ['Realisasi Dana Desa (contoh)', 'Dana Desa disbursed (sample)'],
    description: note('Dana Desa yang tersalurkan per desa.', 'Dana Desa disbursed per village.'),
    unit: unit('idr'), decimals: 0, rollup: 'sum', higherIsBetter: null, min: 0 },
  { ...sample, id: 'sample_dana_desa_realisation_pct', theme: 'keuangan_desa', name: ['Persentase realisasi Dana Desa (contoh)', 'Dana Desa disbursement rate (sample)'],
    description: note('Realisasi dibanding pagu Dana Desa.', 'Disbursed Dana Desa as a share of the allocation.'),
    unit: unit('percent'), decimals: 2, rollup: 'weighted_mean', weight: 'sample_dana_desa_allocation', higherIsBetter: true, min: 0, max: 100 },

  { ...sample, id: 'sample_fibre_connected', theme: 'tik_smart_kampung', name: ['Desa tersambung serat optik (contoh)', 'Villages on fibre (sample)'],
    description: note('1 bila desa tersambung serat optik Smart Kampung; dijumlah per kecamatan.', '1 when the village is on the Smart Kampung fibre network; summed per kecamatan.'),
    unit: unit('villages'), decimals: 0, rollup: 'sum', higherIsBetter: true, min: 0 },
  { ...sample, id: 'sample_online_services', theme: 'tik_smart_kampung', name: ['Layanan desa daring (contoh)', 'Village services online (sample)'],
    description: note('Jumlah jenis layanan administrasi desa yang dapat diajukan daring (Smart Kampung).', 'Village administration services that can be requested online (Smart Kampung).'),
    unit: unit('services'), decimals: 0, rollup: 'sum', higherIsBetter: true, min: 0 },
  { ...sample, id: 'sample_online_requests', theme: 'tik_smart_kampung', name: ['Permohonan layanan daring (contoh)', 'Online service requests (sample)'],
    description: note('Permohonan layanan desa yang diajukan daring dalam setahun.', 'Village service requests made online in the year.'),
    unit: ['permohonan', 'requests'], decimals: 0, rollup: 'sum', higherIsBetter: true, min: 0 },

  { ...sample, id: 'sample_adminduk_documents', theme: 'pelayanan_publik', name: ['Dokumen kependudukan terbit (contoh)', 'Civil-registry documents issued (sample)'],
    description: note('KTP-el, KK dan akta yang diterbitkan untuk warga desa dalam setahun.', 'ID cards, family cards and certificates issued to village residents in the year.'),
    unit: unit('documents'), decimals: 0, rollup: 'sum', higherIsBetter: true, min: 0 },
  { ...sample, id: 'sample_satisfaction_index', theme: 'pelayanan_publik', name: ['Indeks kepuasan masyarakat (contoh)', 'Public satisfaction index (sample)'],
    description: note('Indeks kepuasan masyarakat atas layanan kantor desa (0–100); rata-rata sederhana per kecamatan.', 'Satisfaction with village office services (0–100); a simple mean per kecamatan.'),
    unit: unit('index100'), decimals: 1, rollup: 'mean', higherIsBetter: true, min: 0, max: 100 },

  { ...sample, id: 'sample_tourist_visits', theme: 'pariwisata', name: ['Kunjungan wisata (contoh)', 'Tourist visits (sample)'],
    description: note('Kunjungan ke destinasi di desa; total 2022–2025 disetarakan dengan angka Disbudpar.', 'Visits to destinations in the village; the 2022–2025 totals match the tourism office figures.'),
    unit: unit('visits'), decimals: 0, rollup: 'sum', higherIsBetter: true, min: 0 },
  { ...sample, id: 'sample_tourism_village', theme: 'pariwisata', name: ['Desa wisata (contoh)', 'Tourism village (sample)'],
    description: note('1 bila desa berstatus desa wisata; total 2025 = 99 seperti angka kabupaten.', '1 when the village is a designated tourism village; the 2025 total is 99, as reported for the regency.'),
    unit: unit('desa'), decimals: 0, rollup: 'sum', higherIsBetter: true, min: 0 },
  { ...sample, id: 'sample_homestays', theme: 'pariwisata', name: ['Homestay (contoh)', 'Homestays (sample)'],
    description: note('Jumlah homestay terdaftar di desa.', 'Registered homestays in the village.'),
    unit: ['homestay', 'homestays'], decimals: 0, rollup: 'sum', higherIsBetter: true, min: 0 },
];
