/**
 * Themes and the shape of an indicator definition. Names, descriptions and units are in
 * Bahasa Indonesia and English; the kiosk shows the visitor's language.
 */

export interface ThemeDef {
  id: string;
  name: [id: string, en: string];
  icon: string;
}

export const themes: ThemeDef[] = [
  { id: 'wilayah', name: ['Wilayah', 'Territory'], icon: 'map' },
  { id: 'kependudukan', name: ['Kependudukan', 'Population'], icon: 'users' },
  { id: 'kemiskinan', name: ['Kemiskinan & Kesejahteraan', 'Poverty & welfare'], icon: 'hand-heart' },
  { id: 'ekonomi', name: ['Ekonomi & Ketenagakerjaan', 'Economy & labour'], icon: 'chart' },
  { id: 'pendidikan', name: ['Pendidikan', 'Education'], icon: 'school' },
  { id: 'kesehatan', name: ['Kesehatan', 'Health'], icon: 'heart-pulse' },
  { id: 'keuangan_desa', name: ['Keuangan Desa', 'Village finance'], icon: 'wallet' },
  { id: 'tik_smart_kampung', name: ['TIK & Smart Kampung', 'ICT & Smart Kampung'], icon: 'wifi' },
  { id: 'pelayanan_publik', name: ['Pelayanan Publik', 'Public services'], icon: 'building' },
  { id: 'pariwisata', name: ['Pariwisata', 'Tourism'], icon: 'palm-tree' },
  { id: 'pembangunan_desa', name: ['Pembangunan Desa', 'Village development'], icon: 'village' },
];

export type Rollup = 'sum' | 'mean' | 'weighted_mean' | 'none';

export interface IndicatorDef {
  id: string;
  theme: string;
  name: [string, string];
  description: [string, string];
  unit: [string, string];
  decimals: number;
  rollup: Rollup;
  weight?: string;
  higherIsBetter: boolean | null;
  min?: number;
  max?: number;
  source: string;
  licence: string;
  isSample: boolean;
  isKey?: boolean;
}

export const licences = {
  wilayah: 'MIT (cahyadsn/wilayah); kode dan data Kemendagri / Kemendagri codes and data',
  bps: 'Data publik BPS, dikutip dengan menyebut sumber / BPS public data, cited with attribution',
  news: 'Fakta publik dari pemberitaan dan laporan resmi, dikutip dengan menyebut sumber / Public facts from news and official reports, cited with attribution',
  derived: 'Turunan dari data MIT / Derived from MIT-licensed data',
  sample: 'CC0 1.0 (data contoh / sample data)',
} as const;

export const sampleSource = 'Data contoh (dihasilkan) / Sample data (generated)';

export const units = {
  persons: ['jiwa', 'persons'],
  percent: ['persen', 'percent'],
  km2: ['km²', 'km²'],
  idr: ['rupiah', 'rupiah (IDR)'],
  count: ['unit', 'units'],
  villages: ['desa/kelurahan', 'villages'],
  desa: ['desa', 'villages (desa)'],
  schools: ['sekolah', 'schools'],
  facilities: ['fasilitas', 'facilities'],
  visits: ['kunjungan', 'visits'],
  years: ['tahun', 'years'],
  index100: ['indeks (0–100)', 'index (0–100)'],
  index1: ['indeks (0–1)', 'index (0–1)'],
  households: ['rumah tangga', 'households'],
  families: ['keluarga', 'families'],
  documents: ['dokumen', 'documents'],
  services: ['jenis layanan', 'service types'],
} as const satisfies Record<string, readonly [string, string]>;

export function unit(key: keyof typeof units): [string, string] {
  const [id, en] = units[key];
  return [id, en];
}
