import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

/**
 * Turns the shared source folder (facts gathered with their citations) into the dataset's
 * regions and real observations. Nothing here invents a number: every observation is a
 * row of the source with its period normalised and its original wording kept in `note`.
 */

export interface RegionOut {
  code: string;
  name: string;
  level: string;
  parent_code: string | null;
  area_km2_bps: number | null;
  area_km2_boundary: number | null;
  centroid_lat: number | null;
  centroid_lng: number | null;
  postal_code: string | null;
}

export interface ObservationOut {
  indicator_id: string;
  region_code: string;
  period: string;
  value: number;
  status: string | null;
  note: string | null;
  source: string | null;
}

type Row = Record<string, string>;
const readCsv = (file: string): Row[] => parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as Row[];
const num = (text: string | undefined): number | null => (text === undefined || text.trim() === '' ? null : Number(text));

export const kecamatanStatsSources = {
  areaBps: "BPS, Kabupaten Banyuwangi Dalam Angka 2020, as tabulated on perkim.id 'Profil Perumahan dan Kawasan Permukiman Kabupaten Banyuwangi' (Tabel 1)",
  areaPolygon: 'Derived: area of the dissolved kecamatan polygon from cahyadsn/wilayah_boundaries (commit 3c5a796), Kemendagri 300.2.2-2430/2025 boundaries',
  desaPolygon: 'Derived: area of the village polygon from cahyadsn/wilayah_boundaries (commit 3c5a796), Kemendagri 300.2.2-2430/2025 boundaries',
  sp2010: 'BPS, Sensus Penduduk 2010 – Hasil Olah Cepat, via lahdjirayhan/populasi-indonesia-kecamatan ID-population-kec-tidy.csv (commit 4ae81b1)',
};

export function readRegions(shared: string): RegionOut[] {
  const regions = readCsv(join(shared, 'banyuwangi_regions.csv'));
  const kecStats = new Map(readCsv(join(shared, 'banyuwangi_kecamatan_stats.csv')).map((row) => [row.code, row]));
  const desa = new Map(readCsv(join(shared, 'banyuwangi_desa_attributes.csv')).map((row) => [row.code, row]));
  const kecGeo = JSON.parse(readFileSync(join(shared, 'banyuwangi_kecamatan.geojson'), 'utf8')) as {
    features: { properties: { code: string; centroid_lat: number; centroid_lng: number } }[];
  };
  const kecCentroid = new Map(kecGeo.features.map((f) => [f.properties.code, f.properties]));

  let weightSum = 0;
  let latSum = 0;
  let lngSum = 0;
  for (const row of desa.values()) {
    const area = Number(row.area_km2_polygon_big);
    weightSum += area;
    latSum += area * Number(row.centroid_lat);
    lngSum += area * Number(row.centroid_lng);
  }

  const out: RegionOut[] = [
    { code: '35', name: 'Jawa Timur', level: 'provinsi', parent_code: null, area_km2_bps: null, area_km2_boundary: null, centroid_lat: null, centroid_lng: null, postal_code: null },
  ];
  for (const row of regions) {
    const code = row.code ?? '';
    const base: RegionOut = { code, name: row.name ?? '', level: row.level ?? '', parent_code: row.parent_code || null, area_km2_bps: null, area_km2_boundary: null, centroid_lat: null, centroid_lng: null, postal_code: null };
    if (row.level === 'kabupaten') {
      // Area-weighted mean of the village centroids: the source gives no regency centroid.
      Object.assign(base, { area_km2_bps: 5782.5, area_km2_boundary: 3593.849, centroid_lat: round(latSum / weightSum, 6), centroid_lng: round(lngSum / weightSum, 6) });
    } else if (row.level === 'kecamatan') {
      const stats = kecStats.get(code);
      const centroid = kecCentroid.get(code);
      Object.assign(base, { area_km2_bps: num(stats?.area_km2_bps_dda2020), area_km2_boundary: num(stats?.area_km2_polygon_big), centroid_lat: centroid?.centroid_lat ?? null, centroid_lng: centroid?.centroid_lng ?? null });
    } else {
      const attrs = desa.get(code);
      Object.assign(base, { area_km2_boundary: num(attrs?.area_km2_polygon_big), centroid_lat: num(attrs?.centroid_lat), centroid_lng: num(attrs?.centroid_lng), postal_code: attrs?.postal_code || null });
    }
    out.push(base);
  }
  return out;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

const months: Record<string, string> = {
  january: '01', february: '02', march: '03', april: '04', may: '05', june: '06',
  july: '07', august: '08', september: '09', october: '10', november: '11', december: '12',
};

/** Source wording → sortable period text; null where the source gives no usable date. */
export function normalisePeriod(raw: string): string | null {
  const text = raw.trim();
  let match = /^(\d{4})(-(0[1-9]|1[0-2]|Q[1-4]))?$/.exec(text);
  if (match) return text;
  match = /^(\d{4})-(0[1-9]|1[0-2])\b/.exec(text);
  if (match) return `${match[1]}-${match[2]}`;
  match = /^(\d{4}) \(([A-Za-z]+)\)$/.exec(text);
  if (match && match[2] && months[match[2].toLowerCase()]) return `${match[1]}-${months[match[2].toLowerCase()]}`;
  match = /^([A-Za-z]+) (\d{4})$/.exec(text);
  if (match && match[1] && months[match[1].toLowerCase()]) return `${match[2]}-${months[match[1].toLowerCase()]}`;
  match = /^FY(\d{4})\b/.exec(text);
  if (match) return match[1] ?? null;
  match = /^(\d{4}) \(/.exec(text);
  if (match) return match[1] ?? null;
  return null;
}

/** The quality of a figure as the source states it, in a small fixed vocabulary. */
export function statusOf(raw: string): string | null {
  const text = raw.toLowerCase();
  if (text.includes('partial')) return 'partial';
  if (text.includes('derived')) return 'derived';
  if (text.includes('lower bound') || text.includes('lebih dari')) return 'lower_bound';
  if (text.includes('approx') || text.includes('rounded') || text.includes('sekitar')) return 'approximate';
  if (text.includes('estimate') || text.includes('mid-year')) return 'estimate';
  if (text.includes('sementara') || text.includes('prelim')) return 'preliminary';
  return null;
}

export { readCsv };
