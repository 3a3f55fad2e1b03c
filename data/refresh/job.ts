import { randomBytes, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import type { RefreshPhase } from '../api/types.js';
import { acceptManifest, sha256Hex } from '../service/accept-manifest.js';
import type { Validators } from '../service/client.js';
import { RefreshFault } from '../service/faults.js';
import type { Timeouts } from '../service/http.js';
import type { Manifest, TransferLimits } from '../service/protocol.js';
import { httpSource, type PublicationSource } from '../service/source.js';
import { snapshotsDir } from '../store/active.js';
import type { SnapshotStore } from '../store/snapshot-store.js';
import { installSnapshot } from './install.js';
import type { RunBuild } from './run-build.js';
import { buildingFileName, manifestCopyName, stagingDir } from './snapshot-folder.js';
import type { RefreshState } from './state.js';

export interface JobProgress {
  phase: Exclude<RefreshPhase, 'idle' | 'failed'>;
  bytes?: number;
  totalBytes?: number | null;
  rows?: number;
}

export interface RefreshJobDeps {
  dataDir: string;
  baseUrl: string;
  publicKey: KeyObject;
  store: SnapshotStore;
  runBuild: RunBuild;
  limits: TransferLimits;
  timeouts: Timeouts;
  now: () => Date;
  nativeBinding?: string;
  /** Tests play a full disk by handing out a failing stream. */
  openWrite?: (file: string) => Writable;
  report: (progress: JobProgress) => void;
  /** Where the publication is read from; the data service at baseUrl unless a folder is imported. */
  source?: PublicationSource;
}

export type JobResult =
  | { outcome: 'installed'; version: number; dataAsOf: string; note: string; validators: Validators }
  | { outcome: 'up_to_date'; note: string; validators: Validators | null };

function activeManifestSha256(dataDir: string, version: number): string | null {
  const file = path.join(snapshotsDir(dataDir), manifestCopyName(version));
  return existsSync(file) ? sha256Hex(readFileSync(file)) : null;
}

/**
 * One refresh, start to end: manifest → checks → download → build (worker) → install.
 * Every failure throws a RefreshFault and leaves the active snapshot untouched; the
 * staging folder is removed whatever happens.
 */
export async function runRefreshJob(deps: RefreshJobDeps, state: RefreshState): Promise<JobResult> {
  deps.report({ phase: 'checking' });
  const source = deps.source ?? httpSource(deps.baseUrl);
  const fetched = await source.fetchManifest({ etag: state.etag, lastModified: state.lastModified }, deps.limits, deps.timeouts);
  if (fetched.notModified) return { outcome: 'up_to_date', note: `Up to date: version ${deps.store.meta.datasetVersion} is the newest published.`, validators: null };

  const active = deps.store.meta;
  const verdict = acceptManifest(fetched.bytes, fetched.signature, {
    publicKey: deps.publicKey,
    now: deps.now(),
    rootCode: active.rootCode,
    activeVersion: active.datasetVersion,
    activeManifestSha256: activeManifestSha256(deps.dataDir, active.datasetVersion),
    rolledBackUpTo: state.rolledBackUpTo,
    limits: deps.limits,
  });
  if (verdict.action === 'up_to_date') return { outcome: 'up_to_date', note: verdict.note, validators: fetched.validators };

  const { manifest } = verdict;
  const staging = path.join(stagingDir(deps.dataDir), `v${manifest.datasetVersion}-${randomBytes(4).toString('hex')}`);
  try {
    await downloadAll(deps, source, manifest, staging);
    deps.report({ phase: 'verifying' });
    await checkDatasetFile(manifest, staging);

    deps.report({ phase: 'building', rows: 0 });
    const buildingFile = path.join(snapshotsDir(deps.dataDir), buildingFileName(manifest.datasetVersion));
    const built = await deps.runBuild(
      {
        datasetDir: staging,
        outFile: buildingFile,
        expectedVersion: manifest.datasetVersion,
        expectedRootCode: manifest.rootCode,
        ...(deps.nativeBinding ? { nativeBinding: deps.nativeBinding } : {}),
      },
      // The builder counts observations as it writes them; the status shows them as rows.
      (progress) => deps.report(progress.rows === undefined ? { phase: 'building' } : { phase: 'building', rows: progress.rows }),
    );
    deps.report({ phase: 'switching', rows: built.rows });
    await installSnapshot({ dataDir: deps.dataDir, store: deps.store, buildingFile, manifest, manifestBytes: fetched.bytes });
    return {
      outcome: 'installed',
      version: manifest.datasetVersion,
      dataAsOf: manifest.dataAsOf,
      note: `Installed version ${manifest.datasetVersion} (data as of ${manifest.dataAsOf}, ${built.observations} observations).`,
      validators: fetched.validators,
    };
  } finally {
    // One refresh runs at a time, so the whole staging folder is this run's.
    await rm(stagingDir(deps.dataDir), { recursive: true, force: true });
  }
}

async function downloadAll(deps: RefreshJobDeps, source: PublicationSource, manifest: Manifest, staging: string): Promise<void> {
  const totalBytes = manifest.files.reduce((sum, file) => sum + file.size, 0);
  let bytes = 0;
  deps.report({ phase: 'downloading', bytes, totalBytes });
  for (const file of manifest.files) {
    const destination = path.join(staging, ...file.name.split('/'));
    await mkdir(path.dirname(destination), { recursive: true });
    await source.download({
      file,
      destination,
      timeouts: deps.timeouts,
      onBytes: (count) => {
        bytes += count;
        deps.report({ phase: 'downloading', bytes, totalBytes });
      },
      ...(deps.openWrite ? { openWrite: deps.openWrite } : {}),
    });
  }
}

/** The dataset's own dataset.json must agree with the signed manifest; otherwise files of two versions were put together. */
export async function checkDatasetFile(manifest: Manifest, staging: string): Promise<void> {
  let dataset: { dataset_version?: unknown; root_code?: unknown; data_as_of?: unknown };
  try {
    dataset = JSON.parse(await readFile(path.join(staging, 'dataset.json'), 'utf8')) as typeof dataset;
  } catch {
    throw new RefreshFault('invalid_data', 'The published dataset.json is not valid JSON. The kiosk keeps its current data.');
  }
  if (dataset.dataset_version !== manifest.datasetVersion || dataset.root_code !== manifest.rootCode || dataset.data_as_of !== manifest.dataAsOf) {
    throw new RefreshFault(
      'mixed_versions',
      `The publication mixes files of two versions: the manifest is version ${manifest.datasetVersion} (data as of ${manifest.dataAsOf}) but dataset.json says version ${String(dataset.dataset_version)} (data as of ${String(dataset.data_as_of)}). The kiosk keeps its current data.`,
    );
  }
}
