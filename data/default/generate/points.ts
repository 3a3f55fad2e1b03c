import { sampleSource } from './catalogue.js';
import { rng, type Village } from './sample-base.js';

export interface PointOut {
  id: string;
  kind: string;
  name: string;
  region_code: string;
  budget_idr: number;
  progress_pct: number;
  lat: number;
  lng: number;
  period: string;
  source: string;
  is_sample: boolean;
}

/** Typical village works funded by Dana Desa, with a plausible budget range in rupiah. */
const projects: { kind: string; name: string; min: number; max: number }[] = [
  { kind: 'jalan', name: 'Rabat beton jalan dusun', min: 60e6, max: 250e6 },
  { kind: 'jalan', name: 'Paving jalan lingkungan', min: 50e6, max: 180e6 },
  { kind: 'jalan', name: 'Pengaspalan jalan desa', min: 150e6, max: 450e6 },
  { kind: 'talud', name: 'Pembangunan TPT (tembok penahan tanah)', min: 40e6, max: 200e6 },
  { kind: 'drainase', name: 'Pembangunan drainase', min: 45e6, max: 220e6 },
  { kind: 'drainase', name: 'Normalisasi saluran irigasi', min: 30e6, max: 150e6 },
  { kind: 'air_bersih', name: 'Sumur bor dan tandon air bersih', min: 50e6, max: 160e6 },
  { kind: 'air_bersih', name: 'Jaringan pipa air bersih', min: 70e6, max: 240e6 },
  { kind: 'sanitasi', name: 'Jamban sehat keluarga', min: 25e6, max: 90e6 },
  { kind: 'jembatan', name: 'Jembatan desa', min: 120e6, max: 480e6 },
  { kind: 'gedung', name: 'Rehab gedung posyandu', min: 35e6, max: 120e6 },
  { kind: 'gedung', name: 'Pembangunan gedung PAUD', min: 90e6, max: 300e6 },
  { kind: 'penerangan', name: 'Penerangan jalan umum tenaga surya', min: 40e6, max: 140e6 },
  { kind: 'ekonomi', name: 'Pembangunan los pasar desa', min: 100e6, max: 350e6 },
];
const dusun = ['Krajan', 'Kidul', 'Lor', 'Wetan', 'Kulon', 'Tengah', 'Sumberejo', 'Karanganyar', 'Sukorejo', 'Sidomulyo', 'Rejoagung', 'Tegalrejo'];

/**
 * Sample e-monitoring points for village projects: near their village's centroid (within
 * a few hundred metres, scaled to the village's size), budgets and progress plausible.
 */
export function generatePoints(villages: readonly Village[], count: number): PointOut[] {
  const r = rng('points');
  const desa = villages.filter((v) => v.level === 'desa');
  const points: PointOut[] = [];
  for (let n = 1; n <= count; n += 1) {
    const village = r.pick(desa);
    const project = r.pick(projects);
    const year = r.next() < 0.6 ? 2025 : 2024;
    const progress = year === 2024 ? (r.next() < 0.85 ? 100 : r.int(70, 99)) : r.pick([0, 10, 25, 40, 55, 70, 85, 100]);
    const spread = Math.min(0.006, 0.0012 * Math.sqrt(village.area));
    const rw = r.int(1, 6);
    points.push({
      id: `EM-${year}-${String(n).padStart(4, '0')}`,
      kind: project.kind,
      name: `${project.name}, Dusun ${r.pick(dusun)} RT ${String(r.int(1, 5)).padStart(2, '0')}/RW ${String(rw).padStart(2, '0')}`,
      region_code: village.code,
      budget_idr: Math.round(r.uniform(project.min, project.max) / 1e5) * 1e5,
      progress_pct: progress,
      lat: Math.round((village.lat + r.uniform(-spread, spread)) * 1e6) / 1e6,
      lng: Math.round((village.lng + r.uniform(-spread, spread)) * 1e6) / 1e6,
      period: String(year),
      source: sampleSource,
      is_sample: true,
    });
  }
  return points;
}
