import type Database from 'better-sqlite3';

export interface BenchSample {
  rootCode: string;
  /** Regions a visitor would open: kabupaten/kota, kecamatan, desa/kelurahan. */
  kabupaten: string[];
  kecamatan: string[];
  desa: string[];
  indicators: string[];
  /** Region and indicator names to cut search inputs from. */
  names: string[];
}

/**
 * Arguments for the query benchmark, drawn from a snapshot: every n-th region of each
 * level (n chosen so each list has about `perLevel` entries), so national-scale runs
 * touch the whole country rather than one warm corner of it.
 */
export function sampleForBench(db: Database.Database, perLevel = 400): BenchSample {
  const rootCode = db.prepare<[], { value: string }>(`SELECT value FROM meta WHERE key = 'root_code'`).get()?.value;
  if (!rootCode) throw new Error('The snapshot has no root_code.');
  const levelCount = db.prepare<[string, string], { n: number }>(`SELECT COUNT(*) AS n FROM regions WHERE level IN (?, ?)`);
  const everyNth = db.prepare<{ a: string; b: string; step: number }, { code: string; name: string }>(`
    SELECT code, name FROM (SELECT code, name, ROW_NUMBER() OVER (ORDER BY code) AS n FROM regions WHERE level IN (:a, :b))
    WHERE n % :step = 0`);
  const pickLevel = (a: string, b: string) => {
    const total = levelCount.get(a, b)?.n ?? 0;
    return everyNth.all({ a, b, step: Math.max(1, Math.floor(total / perLevel)) });
  };
  const kabupaten = pickLevel('kabupaten', 'kota');
  const kecamatan = pickLevel('kecamatan', 'kecamatan');
  const desa = pickLevel('desa', 'kelurahan');
  const indicators = db.prepare<[], { id: string; name_id: string; name_en: string }>(`SELECT id, name_id, name_en FROM indicators ORDER BY sort_order`).all();
  return {
    rootCode,
    kabupaten: kabupaten.map((row) => row.code),
    kecamatan: kecamatan.map((row) => row.code),
    desa: desa.map((row) => row.code),
    indicators: indicators.map((row) => row.id),
    names: [...kecamatan, ...desa].map((row) => row.name).concat(indicators.flatMap((row) => [row.name_id, row.name_en])),
  };
}
