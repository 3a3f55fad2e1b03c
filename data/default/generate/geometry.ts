import { readFileSync, writeFileSync } from 'node:fs';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';

type Shape = Polygon | MultiPolygon;
type SourceFeature = Feature<Shape, { code: string; name: string; level: string }>;

/**
 * Display geometry for the kiosk map. The three layers are simplified as one topology,
 * so a kecamatan edge and the village edges along it are simplified identically and
 * the map shows no slivers or gaps between neighbours.
 */
export function writeDisplayGeometry(
  sources: { name: string; file: string }[],
  outDir: string,
  keepFraction: number,
): { name: string; bytes: number; vertices: number }[] {
  const layers: Record<string, FeatureCollection<Shape>> = {};
  for (const { name, file } of sources) {
    layers[name] = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<Shape>;
  }
  const topo = presimplify(topology(layers, 1e6) as unknown as Parameters<typeof presimplify>[0]);
  const simplified = simplify(topo, quantile(topo, keepFraction));

  return sources.map(({ name }) => {
    const object = simplified.objects[name];
    if (!object) throw new Error(`no layer ${name}`);
    const collection = feature(simplified, object) as FeatureCollection<Shape>;
    const lines: string[] = [];
    let vertices = 0;
    for (const raw of collection.features as SourceFeature[]) {
      const geometry = cleanGeometry(raw.geometry);
      vertices += countVertices(geometry);
      const out: SourceFeature = {
        type: 'Feature',
        properties: { code: raw.properties.code, name: raw.properties.name, level: raw.properties.level },
        geometry,
      };
      lines.push(JSON.stringify(out));
    }
    const text = `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
    writeFileSync(`${outDir}/${name}.geojson`, text);
    return { name, bytes: Buffer.byteLength(text), vertices };
  });
}

const kmPerDegree = 111.32;

/** Rounds to 4 decimals (about 11 m), drops collapsed rings and islets too small to see, keeps the largest part. */
function cleanGeometry(geometry: Shape): Shape {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const rounded = polygons
    .map((polygon) => polygon.map(roundRing).filter((ring) => ring.length >= 4))
    .filter((polygon) => polygon.length > 0)
    .map((polygon) => ({ polygon, area: ringAreaKm2(polygon[0] ?? []) }));
  const largest = Math.max(...rounded.map((entry) => entry.area));
  const kept = rounded.filter((entry) => entry.area >= 0.05 || entry.area === largest).map((entry) => entry.polygon);
  return kept.length === 1 && kept[0] ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept };
}

function roundRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const [lng = 0, lat = 0] of ring) {
    const point = [Math.round(lng * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4];
    const last = out.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  const first = out[0];
  const last = out.at(-1);
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0] ?? 0, first[1] ?? 0]);
  return out;
}

function ringAreaKm2(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i += 1) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
    sum += x1 * y2 - x2 * y1;
  }
  const lat = ring[0]?.[1] ?? 0;
  return (Math.abs(sum) / 2) * kmPerDegree * kmPerDegree * Math.cos((lat * Math.PI) / 180);
}

function countVertices(geometry: Shape): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.reduce((n, polygon) => n + polygon.reduce((m, ring) => m + ring.length, 0), 0);
}
