import { z } from 'zod';

/**
 * The publication protocol (see data/PROTOCOL.md): a signed manifest that names every
 * file of one dataset version with its size and SHA-256. Kiosks trust nothing in a
 * publication that the manifest's signature does not cover.
 */

export const publicationFormat = 'anjungan.publication';
export const publicationFormatVersion = 1;

export const manifestFileName = 'manifest.json';
export const signatureFileName = 'manifest.sig';

/**
 * The highest dataset version a kiosk accepts. 2^40 still holds a date-time stamp such
 * as 202501151230 and is exact in JavaScript and SQLite, yet a version that only a
 * typo or an attacker would write is refused: once installed it would lock out every
 * later, honest version.
 */
export const maxDatasetVersion = 2 ** 40;

/** Upper bounds a kiosk applies before and while downloading; tests and the bench may lower them. */
export interface TransferLimits {
  manifestBytes: number;
  signatureBytes: number;
  /** Largest single file, as served and after gunzip. */
  fileBytes: number;
  /** Sum of all files after gunzip. */
  totalBytes: number;
}

export const defaultLimits: TransferLimits = {
  manifestBytes: 256 * 1024,
  signatureBytes: 1024,
  fileBytes: 2 * 1024 ** 3,
  totalBytes: 4 * 1024 ** 3,
};

/** Names a dataset file may have inside the dataset folder (data/snapshot/read-dataset.ts). */
const datasetFileName = z
  .string()
  .regex(/^(dataset\.json|regions\.csv|themes\.csv|indicators\.csv|observations\.csv|points\.csv|geometry\/[a-z0-9][a-z0-9._-]{0,80}\.geojson)$/,
    'must be a dataset file name (dataset.json, regions.csv, …, geometry/<name>.geojson)');

/** Relative URL path below the manifest: no scheme, no "..", no leading slash. */
const relativePath = z
  .string()
  .max(300)
  .regex(/^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/, 'must be a relative path of plain segments (no .. and no leading /)');

const isoInstant = z.iso.datetime({ offset: true });

export const manifestFileSchema = z.strictObject({
  /** Where the file lands in the dataset folder. */
  name: datasetFileName,
  /** Where the file is fetched, relative to the manifest's URL. */
  path: relativePath,
  encoding: z.enum(['identity', 'gzip']),
  /** Bytes as served (compressed when encoding is gzip); the SHA-256 covers exactly these bytes. */
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits'),
  /** Bytes after decoding; a gzip stream that inflates past this is refused. */
  contentSize: z.number().int().nonnegative(),
});

export const manifestSchema = z
  .strictObject({
    format: z.literal(publicationFormat),
    formatVersion: z.literal(publicationFormatVersion),
    datasetVersion: z.number().int().positive(),
    createdAt: isoInstant,
    expiresAt: isoInstant,
    rootCode: z.string().regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, 'must be a Kemendagri region code'),
    dataAsOf: z.iso.date(),
    publisher: z.string().min(1).max(200),
    files: z.array(manifestFileSchema).min(1).max(200),
  })
  .superRefine((manifest, context) => {
    const names = new Set<string>();
    for (const file of manifest.files) {
      if (names.has(file.name)) context.addIssue({ code: 'custom', path: ['files'], message: `names ${file.name} twice` });
      names.add(file.name);
    }
    for (const required of ['dataset.json', 'regions.csv', 'themes.csv', 'indicators.csv', 'observations.csv', 'points.csv']) {
      if (!names.has(required)) context.addIssue({ code: 'custom', path: ['files'], message: `lacks ${required}` });
    }
    if (Date.parse(manifest.expiresAt) <= Date.parse(manifest.createdAt)) {
      context.addIssue({ code: 'custom', path: ['expiresAt'], message: 'must be after createdAt' });
    }
  });

export type Manifest = z.output<typeof manifestSchema>;
export type ManifestFile = z.output<typeof manifestFileSchema>;

/** The folder a version's files are published under, so a CDN never serves one version's file under another's name. */
export function versionFolder(datasetVersion: number): string {
  return `v${datasetVersion}`;
}
