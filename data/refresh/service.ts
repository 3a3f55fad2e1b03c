import type { KeyObject } from 'node:crypto';
import type { Writable } from 'node:stream';
import type { RefreshPhase, RefreshRunResult, RefreshStatus, RollbackResult } from '../api/types.js';
import type { EventBus } from '../app/events.js';
import type { AppConfig } from '../config/config.js';
import { ApiFailure } from '../api/dispatch.js';
import { asRefreshFault, RefreshFault } from '../service/faults.js';
import { defaultTimeouts, type Timeouts } from '../service/http.js';
import { defaultLimits, type TransferLimits } from '../service/protocol.js';
import { folderSource } from '../service/folder-source.js';
import { decodePublicKey } from '../service/signing.js';
import type { PublicationSource } from '../service/source.js';
import type { SnapshotStore } from '../store/snapshot-store.js';
import { runRefreshJob, type JobProgress } from './job.js';
import { rollbackSnapshot } from './rollback.js';
import { workerBuilder, type RunBuild } from './run-build.js';
import { RefreshScheduler, schedulePolicy, type RunReport } from './scheduler.js';
import { pruneSnapshots, removeLeftovers, rollbackTarget } from './snapshot-folder.js';
import { loadRefreshState, saveRefreshState, type RefreshState } from './state.js';

export interface RefreshServiceOptions {
  dataDir: string;
  config: Pick<AppConfig, 'dataServiceUrl' | 'publicKey' | 'refreshIntervalMinutes'>;
  store: SnapshotStore;
  events: EventBus;
  nativeBinding?: string;
  runBuild?: RunBuild;
  limits?: Partial<TransferLimits>;
  timeouts?: Partial<Timeouts>;
  now?: () => Date;
  random?: () => number;
  openWrite?: (file: string) => Writable;
  log?: (message: string) => void;
}

/** Progress events are throttled: a national download would otherwise send thousands a second. */
const progressEventGapMs = 250;

/**
 * The refresh job as the app sees it: at most one run at a time (a second request joins
 * the first), a status that is always current, 'refresh.status' and 'snapshot.changed'
 * events, the schedule, and rollback.
 */
export class RefreshService {
  private state: RefreshState;
  private phase: RefreshPhase = 'idle';
  private progress: RefreshStatus['progress'] = null;
  private running: Promise<RefreshRunResult> | null = null;
  private lastProgressEvent = 0;
  private readonly scheduler: RefreshScheduler;
  private readonly publicKey: KeyObject | null;
  private readonly configFault: RefreshFault | null;
  /** Cached: finding it opens the bundled copy, too slow for every progress event. */
  private rollbackVersion: number | null = null;

  constructor(private readonly options: RefreshServiceOptions) {
    removeLeftovers(options.dataDir);
    this.state = loadRefreshState(options.dataDir);
    const { dataServiceUrl, publicKey } = options.config;
    let key: KeyObject | null = null;
    let fault: RefreshFault | null = null;
    if (dataServiceUrl === null || publicKey === null) {
      fault = new RefreshFault('not_configured', 'No data service is configured (dataServiceUrl and publicKey in config.json); the kiosk shows the data it has.');
    } else {
      try {
        key = decodePublicKey(publicKey);
      } catch (error) {
        fault = asRefreshFault(error);
      }
    }
    this.publicKey = key;
    this.configFault = fault;
    this.updateRollbackVersion();
    this.scheduler = new RefreshScheduler(schedulePolicy(options.config.refreshIntervalMinutes), () => this.scheduledRun(), options.random);
  }

  get configured(): boolean {
    return this.configFault === null;
  }

  start(): void {
    if (this.configured) this.scheduler.start();
  }

  stop(): void {
    this.scheduler.stop();
  }

  status(): RefreshStatus {
    const meta = this.options.store.meta;
    return {
      phase: this.phase,
      progress: this.progress,
      lastSuccessAt: this.state.lastSuccessAt,
      lastError: this.state.lastError,
      activeVersion: meta.datasetVersion,
      dataAsOf: meta.dataAsOf,
      lastCheckedAt: this.state.lastCheckedAt,
      note: this.state.note ?? this.configFault?.message ?? null,
      nextCheckAt: this.scheduler.nextAt?.toISOString() ?? null,
      configured: this.configured,
      rollbackVersion: this.rollbackVersion,
      isBundledDefault: meta.isBundledDefault,
    };
  }

  /** Starts a refresh, or joins the one already running. */
  refreshNow(): Promise<RefreshRunResult> {
    if (this.running) return this.running.then((result) => ({ ...result, joined: true }));
    this.running = this.runOnce().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async scheduledRun(): Promise<RunReport> {
    const result = await this.refreshNow();
    const fault = result.outcome === 'failed' ? this.lastFault : null;
    return { failed: result.outcome === 'failed', retryAfterSeconds: fault?.retryAfterSeconds ?? null };
  }

  private lastFault: RefreshFault | null = null;

  /**
   * Installs a publication from a folder (a USB stick) through the very job a network
   * refresh runs: same checks, same build, same install. It needs the public key, not a
   * data service. It waits for a running refresh rather than joining it.
   */
  async importFolder(dir: string): Promise<RefreshRunResult> {
    if (!this.publicKey) {
      throw new ApiFailure('unavailable', 'No valid public key is configured (publicKey in config.json), so no publication can be verified; nothing was imported.');
    }
    while (this.running) await this.running.catch(() => {});
    this.running = this.runOnce(folderSource(dir)).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async runOnce(source?: PublicationSource): Promise<RefreshRunResult> {
    if (!this.publicKey || (!source && (this.configFault || !this.options.config.dataServiceUrl))) {
      return { outcome: 'failed', joined: false, status: this.status() };
    }
    const now = this.options.now ?? (() => new Date());
    try {
      const result = await runRefreshJob(
        {
          dataDir: this.options.dataDir,
          baseUrl: this.options.config.dataServiceUrl ?? '',
          ...(source ? { source } : {}),
          publicKey: this.publicKey,
          store: this.options.store,
          runBuild: this.options.runBuild ?? workerBuilder(undefined, { standby: true }),
          limits: { ...defaultLimits, ...this.options.limits },
          timeouts: { ...defaultTimeouts, ...this.options.timeouts },
          now,
          ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}),
          ...(this.options.openWrite ? { openWrite: this.options.openWrite } : {}),
          report: (progress) => this.onProgress(progress),
        },
        this.state,
      );
      const at = now().toISOString();
      this.state = {
        ...this.state,
        ...(result.validators ? { etag: result.validators.etag, lastModified: result.validators.lastModified } : {}),
        lastSuccessAt: at,
        // A folder import says nothing about when the data service was last heard from.
        lastCheckedAt: source && !source.remote ? this.state.lastCheckedAt : at,
        note: result.note,
        lastError: null,
      };
      this.lastFault = null;
      if (result.outcome === 'installed') await this.afterInstall();
      this.finish('idle');
      return { outcome: result.outcome, joined: false, status: this.status() };
    } catch (error) {
      const fault = asRefreshFault(error);
      this.lastFault = fault;
      const at = now().toISOString();
      this.state = { ...this.state, lastCheckedAt: at, note: null, lastError: { at, message: fault.message, fault: fault.kind } };
      this.options.log?.(`refresh failed (${fault.kind}): ${fault.message}`);
      this.finish('failed');
      return { outcome: 'failed', joined: false, status: this.status() };
    }
  }

  private async afterInstall(): Promise<void> {
    const { store, events, dataDir } = this.options;
    try {
      await pruneSnapshots(dataDir, store.file, this.state.rolledBackUpTo, this.openOptions());
    } catch (error) {
      this.options.log?.(`pruning old snapshots failed: ${(error as Error).message}`);
    }
    this.updateRollbackVersion();
    events.emit('snapshot.changed', { datasetVersion: store.meta.datasetVersion, dataAsOf: store.meta.dataAsOf });
  }

  private updateRollbackVersion(): void {
    this.rollbackVersion = rollbackTarget(this.options.dataDir, this.options.store.meta.datasetVersion, this.openOptions())?.version ?? null;
  }

  private finish(phase: RefreshPhase): void {
    this.phase = phase;
    this.progress = null;
    try {
      saveRefreshState(this.options.dataDir, this.state);
    } catch (error) {
      this.options.log?.(`saving the refresh state failed: ${(error as Error).message}`);
    }
    this.options.events.emit('refresh.status', this.status());
  }

  private onProgress(progress: JobProgress): void {
    const phaseChanged = progress.phase !== this.phase;
    const previous = this.progress;
    this.phase = progress.phase;
    this.progress = {
      bytes: progress.bytes ?? previous?.bytes ?? 0,
      totalBytes: progress.totalBytes !== undefined ? progress.totalBytes : (previous?.totalBytes ?? null),
      rows: progress.rows ?? previous?.rows ?? 0,
    };
    const now = Date.now();
    if (!phaseChanged && now - this.lastProgressEvent < progressEventGapMs) return;
    this.lastProgressEvent = now;
    this.options.events.emit('refresh.status', this.status());
  }

  /** Switches back to the previous good snapshot; waits for a running refresh to end first. */
  async rollback(fromVersion?: number): Promise<RollbackResult> {
    if (this.running) await this.running;
    const result = await rollbackSnapshot({ dataDir: this.options.dataDir, store: this.options.store, state: this.state, fromVersion, open: this.openOptions() });
    this.state = result.state;
    this.updateRollbackVersion();
    this.options.events.emit('snapshot.changed', { datasetVersion: result.toVersion, dataAsOf: result.dataAsOf });
    this.finish('idle');
    return { fromVersion: result.fromVersion, toVersion: result.toVersion, dataAsOf: result.dataAsOf };
  }

  private openOptions() {
    return this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {};
  }
}
