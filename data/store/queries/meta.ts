import type Database from 'better-sqlite3';

/** Keys of the snapshot's meta table; the builder writes every one of them. */
export const metaKeys = [
  'dataset_version',
  'data_as_of',
  'created_at',
  'publisher',
  'root_code',
  'is_bundled_default',
  'sources_json',
] as const;
export type MetaKey = (typeof metaKeys)[number];

export interface SnapshotMeta {
  datasetVersion: number;
  dataAsOf: string;
  createdAt: string;
  publisher: string;
  rootCode: string;
  isBundledDefault: boolean;
  sources: string[];
  schemaVersion: number;
}

export function readSnapshotMeta(db: Database.Database): SnapshotMeta {
  const rows = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM meta').all();
  const values = new Map(rows.map((row) => [row.key, row.value]));
  const get = (key: MetaKey): string => {
    const value = values.get(key);
    if (value === undefined) throw new Error(`The snapshot's meta table has no ${key}.`);
    return value;
  };
  return {
    datasetVersion: Number(get('dataset_version')),
    dataAsOf: get('data_as_of'),
    createdAt: get('created_at'),
    publisher: get('publisher'),
    rootCode: get('root_code'),
    isBundledDefault: get('is_bundled_default') === '1',
    sources: JSON.parse(get('sources_json')) as string[],
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
  };
}

export function writeSnapshotMeta(db: Database.Database, meta: Omit<SnapshotMeta, 'schemaVersion'>): void {
  const insert = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
  const values: Record<MetaKey, string> = {
    dataset_version: String(meta.datasetVersion),
    data_as_of: meta.dataAsOf,
    created_at: meta.createdAt,
    publisher: meta.publisher,
    root_code: meta.rootCode,
    is_bundled_default: meta.isBundledDefault ? '1' : '0',
    sources_json: JSON.stringify(meta.sources),
  };
  for (const key of metaKeys) insert.run(key, values[key]);
}
