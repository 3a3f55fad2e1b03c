/**
 * Regenerates the default dataset in data/default/ from the shared source folder (real
 * figures with citations) and a seeded generator (sample figures). Deterministic: running
 * it twice gives byte-identical files.
 *
 *   npx tsx data/default/generate.ts [--shared ../shared/data/banyuwangi]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { themes, type IndicatorDef } from './generate/catalogue.js';
import { realIndicators } from './generate/catalogue-real.js';
import { sampleIndicators } from './generate/catalogue-sample.js';
import { writeCsv } from './generate/csv-out.js';
import { writeDisplayGeometry } from './generate/geometry.js';
import { readRegions, type ObservationOut } from './generate/import-shared.js';
import { generatePoints } from './generate/points.js';
import { readRealObservations } from './generate/real-observations.js';
import { villagesOf } from './generate/sample-base.js';
import { generatePeopleSamples } from './generate/samples-people.js';
import { generateServiceSamples } from './generate/samples-services.js';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({ options: { shared: { type: 'string' }, out: { type: 'string' } } });
const shared = resolve(values.shared ?? join(here, '../../../shared/data/banyuwangi'));
const out = resolve(values.out ?? here);
mkdirSync(join(out, 'geometry'), { recursive: true });

writeFileSync(join(out, 'dataset.json'), `${JSON.stringify({
  dataset_version: 1,
  data_as_of: '2026-08-20',
  publisher: 'Anjungan: dataset bawaan Kabupaten Banyuwangi / bundled default dataset',
  root_code: '35.10',
  description: 'Angka nyata dari sumber publik (lihat SOURCES.md) dan data contoh per desa yang ditandai. / Real figures from public sources (see SOURCES.md) and flagged sample data per village.',
}, null, 2)}\n`);

const regions = readRegions(shared);
writeCsv(join(out, 'regions.csv'), ['code', 'name', 'level', 'parent_code', 'area_km2_bps', 'area_km2_boundary', 'centroid_lat', 'centroid_lng', 'postal_code'], regions as never);

writeCsv(join(out, 'themes.csv'), ['id', 'name_id', 'name_en', 'icon', 'sort_order'],
  themes.map((t, i) => ({ id: t.id, name_id: t.name[0], name_en: t.name[1], icon: t.icon, sort_order: (i + 1) * 10 })));

const indicatorRow = (d: IndicatorDef, sortOrder: number) => ({
  id: d.id, theme_id: d.theme, name_id: d.name[0], name_en: d.name[1], description_id: d.description[0], description_en: d.description[1],
  unit_id: d.unit[0], unit_en: d.unit[1], decimals: d.decimals, rollup: d.rollup, rollup_weight: d.weight ?? null,
  higher_is_better: d.higherIsBetter, min_value: d.min ?? null, max_value: d.max ?? null, source: d.source, licence: d.licence,
  is_sample: d.isSample, is_key: d.isKey ?? false, sort_order: sortOrder,
});
// Sorted by theme, real before sample, so a theme's list reads the way the catalogue files do.
const allIndicators = [...realIndicators, ...sampleIndicators];
const themeOrder = new Map(themes.map((t, i) => [t.id, i]));
const ordered = [...allIndicators].sort((a, b) => (themeOrder.get(a.theme) ?? 99) - (themeOrder.get(b.theme) ?? 99) || allIndicators.indexOf(a) - allIndicators.indexOf(b));
writeCsv(join(out, 'indicators.csv'), ['id', 'theme_id', 'name_id', 'name_en', 'description_id', 'description_en', 'unit_id', 'unit_en', 'decimals', 'rollup', 'rollup_weight', 'higher_is_better', 'min_value', 'max_value', 'source', 'licence', 'is_sample', 'is_key', 'sort_order'],
  ordered.map((d, i) => indicatorRow(d, (i + 1) * 10)));

const observations: ObservationOut[] = readRealObservations(shared);
const villages = villagesOf(regions);
const people = generatePeopleSamples(shared, villages, observations);
generateServiceSamples(villages, people, observations);
const known = new Set(allIndicators.map((d) => d.id));
for (const o of observations) if (!known.has(o.indicator_id)) throw new Error(`observation of unknown indicator ${o.indicator_id}`);
writeCsv(join(out, 'observations.csv'), ['indicator_id', 'region_code', 'period', 'value', 'status', 'note', 'source'], observations as never);

writeCsv(join(out, 'points.csv'), ['id', 'kind', 'name', 'region_code', 'budget_idr', 'progress_pct', 'lat', 'lng', 'period', 'source', 'is_sample'],
  generatePoints(villages, 120) as never);

const geometry = writeDisplayGeometry([
  { name: 'kabupaten', file: join(shared, 'banyuwangi_kabupaten.geojson') },
  { name: 'kecamatan', file: join(shared, 'banyuwangi_kecamatan.geojson') },
  { name: 'desa', file: join(shared, 'banyuwangi_desa.geojson') },
], join(out, 'geometry'), 0.16);

process.stdout.write(`regions ${regions.length}, indicators ${allIndicators.length} (${realIndicators.length} real, ${sampleIndicators.length} sample), observations ${observations.length}\n`);
for (const g of geometry) process.stdout.write(`geometry/${g.name}.geojson: ${g.vertices} vertices, ${(g.bytes / 1024).toFixed(0)} KiB\n`);
