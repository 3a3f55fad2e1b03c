import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkDatasetFile } from '../refresh/job.js';
import { verifySignedManifest } from '../service/accept-manifest.js';
import { downloadFile, fetchManifest } from '../service/client.js';
import { RefreshFault } from '../service/faults.js';
import { defaultTimeouts, type Timeouts } from '../service/http.js';
import { defaultLimits, type Manifest } from '../service/protocol.js';
import { decodePublicKey } from '../service/signing.js';
import { buildSnapshot } from './dataset-check.js';
import { silentProgress, type Progress } from './progress.js';
import { startPublicationServer } from './serve.js';

export interface VerifyOptions {
  /** A publication folder, or the http(s) URL kiosks are configured with. */
  source: string;
  publicKey: string;
  now?: Date;
  progress?: Progress;
  timeouts?: Timeouts;
}

export interface VerifyReport {
  manifest: Manifest;
  observations: number;
  daysUntilExpiry: number;
}

/**
 * `npm run dataset -- verify`: checks a publication exactly as a kiosk would — over
 * HTTP, with the kiosk's client, signature, hashes and builder — so "verified" means
 * "a kiosk will install it". A folder is served on a temporary loopback port for this.
 */
export async function verifyPublication(options: VerifyOptions): Promise<VerifyReport> {
  const progress = options.progress ?? silentProgress;
  const isUrl = /^https?:\/\//i.test(options.source);
  const local = isUrl ? null : await startPublicationServer(options.source);
  const baseUrl = local?.url ?? options.source;
  const work = mkdtempSync(path.join(os.tmpdir(), 'anjungan-verify-'));
  try {
    const timeouts = options.timeouts ?? defaultTimeouts;
    const fetched = await fetchManifest(baseUrl, { etag: null, lastModified: null }, defaultLimits, timeouts);
    if (fetched.notModified) throw new Error('The server answered "not modified" to an unconditional request.');
    const manifest = verifySignedManifest(fetched.bytes, fetched.signature, decodePublicKey(options.publicKey));
    progress.step(`signature good: version ${manifest.datasetVersion} of ${manifest.rootCode}, data as of ${manifest.dataAsOf}, ${manifest.files.length} files`);
    const now = options.now ?? new Date();
    if (Date.parse(manifest.expiresAt) <= now.getTime()) {
      throw new RefreshFault('expired', `The publication expired on ${manifest.expiresAt}; kiosks refuse it. Build it again to renew it.`);
    }

    const datasetDir = path.join(work, 'dataset');
    const total = manifest.files.reduce((sum, file) => sum + file.size, 0);
    let done = 0;
    for (const file of manifest.files) {
      const destination = path.join(datasetDir, ...file.name.split('/'));
      mkdirSync(path.dirname(destination), { recursive: true });
      await downloadFile({
        baseUrl,
        file,
        destination,
        timeouts,
        onBytes: (count) => {
          done += count;
          progress.update(done, total, file.name);
        },
      });
    }
    progress.end();
    progress.step(`all ${manifest.files.length} files match their SHA-256`);
    await checkDatasetFile(manifest, datasetDir);
    const { dataset } = await buildSnapshot({
      datasetDir,
      outFile: path.join(work, 'check.sqlite'),
      isBundledDefault: false,
      onProgress: ({ stage, message }) => progress.step(`${stage}: ${message}`),
    });
    return { manifest, observations: dataset.observations, daysUntilExpiry: Math.floor((Date.parse(manifest.expiresAt) - now.getTime()) / 86_400_000) };
  } finally {
    await local?.close();
    rmSync(work, { recursive: true, force: true });
  }
}
