import { createHash, type KeyObject } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { writeObservationsInKeyOrder } from './key-order.js';
import { buildSnapshot, loadDatasetForPublishing, type BuildProgress } from './dataset-check.js';
import { manifestFileName, manifestSchema, publicationFormat, publicationFormatVersion, signatureFileName, versionFolder, type Manifest, type ManifestFile } from '../service/protocol.js';
import { signManifest } from '../service/signing.js';
import { listInputFiles, readInputVersion, stageDataset, type InputFile } from './input-folder.js';
import { silentProgress, type Progress } from './progress.js';

export interface BuildPublicationOptions {
  inputDir: string;
  outDir: string;
  privateKey: KeyObject;
  /** Defaults to one above the version already published in outDir (or dataset.json's, if higher). */
  version?: number;
  expiresInDays?: number;
  gzip?: boolean;
  /** Build a snapshot from the staged files exactly as a kiosk will, before anything is published. */
  trialBuild?: boolean;
  now?: () => Date;
  progress?: Progress;
}

export interface PublicationReport {
  manifest: Manifest;
  manifestFile: string;
  previousVersion: number | null;
  observations: number;
}

/** The version currently published in a folder, read loosely: a damaged manifest counts as none. */
export function publishedVersion(outDir: string): number | null {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(path.join(outDir, manifestFileName), 'utf8')));
    return parsed.success ? parsed.data.datasetVersion : null;
  } catch {
    return null;
  }
}

/**
 * `npm run dataset -- build`: CSV folder → checked, gzipped, hashed, signed publication.
 * Nothing in outDir changes until the dataset passed every check; the new version's
 * folder is complete before the signature and manifest that point at it are renamed in.
 */
export async function buildPublication(options: BuildPublicationOptions): Promise<PublicationReport> {
  const progress = options.progress ?? silentProgress;
  const now = options.now?.() ?? new Date();
  const inputs = listInputFiles(options.inputDir);
  const previousVersion = publishedVersion(options.outDir);
  const version = options.version ?? Math.max(readInputVersion(options.inputDir) ?? 1, (previousVersion ?? 0) + 1);
  if (previousVersion !== null && version <= previousVersion) {
    throw new Error(`Version ${version} is not higher than version ${previousVersion}, already published in ${options.outDir}. Kiosks refuse older or equal versions; publish ${previousVersion + 1} or higher.`);
  }

  const work = mkdtempSync(path.join(os.tmpdir(), 'anjungan-publish-'));
  try {
    const staged = path.join(work, 'dataset');
    stageDataset(inputs, staged, version);
    progress.step(`checking ${inputs.length} files for version ${version}`);
    const onBuild = ({ stage, message }: BuildProgress) => progress.step(`${stage}: ${message}`);
    const dataset = options.trialBuild === false
      ? loadDatasetForPublishing(staged)
      : (await buildSnapshot({ datasetDir: staged, outFile: path.join(work, 'trial.sqlite'), isBundledDefault: false, onProgress: onBuild })).dataset;

    const ordering = writeObservationsInKeyOrder(staged);
    if (ordering.reordered) progress.step(`sorted ${ordering.rows} observations by indicator, period and region, the order kiosks load fastest`);

    mkdirSync(options.outDir, { recursive: true });
    const folder = versionFolder(version);
    const building = path.join(options.outDir, `.${folder}.building`);
    rmSync(building, { recursive: true, force: true });
    const files = await writeVersionFiles(inputs.map((input) => ({ ...input, source: path.join(staged, ...input.name.split('/')) })), building, folder, options.gzip !== false, progress);
    rmSync(path.join(options.outDir, folder), { recursive: true, force: true });
    renameSync(building, path.join(options.outDir, folder));

    const manifest: Manifest = {
      format: publicationFormat,
      formatVersion: publicationFormatVersion,
      datasetVersion: version,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + (options.expiresInDays ?? 90) * 86_400_000).toISOString(),
      rootCode: dataset.rootCode,
      dataAsOf: dataset.dataAsOf,
      publisher: dataset.publisher,
      files,
    };
    const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
    writeFileSync(path.join(options.outDir, `${signatureFileName}.tmp`), signManifest(manifestBytes, options.privateKey));
    writeFileSync(path.join(options.outDir, `${manifestFileName}.tmp`), manifestBytes);
    // Signature first, manifest last: the manifest is what kiosks look at, and it moves in one rename.
    renameSync(path.join(options.outDir, `${signatureFileName}.tmp`), path.join(options.outDir, signatureFileName));
    renameSync(path.join(options.outDir, `${manifestFileName}.tmp`), path.join(options.outDir, manifestFileName));
    pruneVersionFolders(options.outDir, version, previousVersion);
    progress.end(`published version ${version} (data as of ${manifest.dataAsOf}) in ${options.outDir}`);
    return { manifest, manifestFile: path.join(options.outDir, manifestFileName), previousVersion, observations: dataset.observations };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function writeVersionFiles(inputs: readonly InputFile[], dir: string, folder: string, gzip: boolean, progress: Progress): Promise<ManifestFile[]> {
  const total = inputs.reduce((sum, input) => sum + statSync(input.source).size, 0);
  let done = 0;
  const files: ManifestFile[] = [];
  for (const input of inputs) {
    const servedName = gzip ? `${input.name}.gz` : input.name;
    const target = path.join(dir, ...servedName.split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    const hash = createHash('sha256');
    let size = 0;
    const count = new Transform({
      transform(chunk: Buffer, _encoding, next) {
        hash.update(chunk);
        size += chunk.length;
        next(null, chunk);
      },
    });
    const read = createReadStream(input.source);
    read.on('data', (chunk) => {
      done += chunk.length;
      progress.update(done, total, `compressing ${input.name}`);
    });
    if (gzip) await pipeline(read, createGzip({ level: 6 }), count, createWriteStream(target));
    else await pipeline(read, count, createWriteStream(target));
    files.push({
      name: input.name,
      path: `${folder}/${servedName}`,
      encoding: gzip ? 'gzip' : 'identity',
      size,
      sha256: hash.digest('hex'),
      contentSize: statSync(input.source).size,
    });
  }
  progress.end();
  return files;
}

/** Keeps the new version's folder and the previous one (a kiosk may still be downloading it); removes older ones. */
function pruneVersionFolders(outDir: string, version: number, previousVersion: number | null): void {
  if (!existsSync(outDir)) return;
  for (const name of readdirSync(outDir)) {
    const match = /^v(\d+)$/.exec(name);
    if (!match) continue;
    const folderVersion = Number(match[1]);
    if (folderVersion !== version && folderVersion !== previousVersion) rmSync(path.join(outDir, name), { recursive: true, force: true });
  }
}
