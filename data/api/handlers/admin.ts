import { statSync } from 'node:fs';
import { configFilePath, editableOf, readConfigForEdit, saveConfigEdit } from '../../admin/config-file.js';
import type { AdminPanel } from '../../admin/panel.js';
import { liveKeysOf, pendingKeys } from '../../app/live-config.js';
import { storedSnapshots } from '../../admin/status.js';
import type { AppConfig } from '../../config/config.js';
import type { RefreshService } from '../../refresh/service.js';
import type { RequestArgs, RequestResult } from '../contract.js';
import { ApiFailure } from '../dispatch.js';
import type { AdminConfig, RefreshRunResult } from '../types.js';
import type { HandlerContext } from './context.js';
import { snapshotInfo } from './snapshot.js';

/**
 * The admin panel's requests. Each one runs through `auth.perform`, which checks the
 * session and writes the audit line whatever the outcome; refusals for bad arguments
 * are audited by the app context, since they never reach a handler.
 */
function adminOf(ctx: HandlerContext): AdminPanel {
  if (!ctx.admin) throw new ApiFailure('unavailable', 'The admin panel is not available here.');
  return ctx.admin;
}

function refreshOf(ctx: HandlerContext): RefreshService {
  if (!ctx.refresh) throw new ApiFailure('unavailable', 'Refreshing is not available here.');
  return ctx.refresh;
}

const runOutcome = (result: RefreshRunResult) => (result.outcome === 'failed' ? 'failed' : 'ok') as 'failed' | 'ok';

export function adminInfo(_args: RequestArgs<'admin.info'>, ctx: HandlerContext): RequestResult<'admin.info'> {
  return adminOf(ctx).auth.info();
}

export function adminSetup({ setupCode, pin }: RequestArgs<'admin.setup'>, ctx: HandlerContext): Promise<RequestResult<'admin.setup'>> {
  return adminOf(ctx).auth.setup(setupCode, pin);
}

export function adminLogin({ pin }: RequestArgs<'admin.login'>, ctx: HandlerContext): Promise<RequestResult<'admin.login'>> {
  return adminOf(ctx).auth.login(pin);
}

export function adminLogout({ token }: RequestArgs<'admin.logout'>, ctx: HandlerContext): RequestResult<'admin.logout'> {
  adminOf(ctx).auth.logout(token);
  return { loggedOut: true };
}

export function adminStatus(args: RequestArgs<'admin.status'>, ctx: HandlerContext): Promise<RequestResult<'admin.status'>> {
  const admin = adminOf(ctx);
  return admin.auth.perform(args.token, 'admin.status', '', (session) => ({
    snapshot: snapshotInfo({}, ctx),
    snapshots: storedSnapshots(admin.dataDir, ctx.store.file, admin.nativeBinding ? { nativeBinding: admin.nativeBinding } : {}),
    refresh: refreshOf(ctx).status(),
    wall: ctx.wall?.state() ?? { mode: 'idle', view: null, playlist: null },
    logFile: admin.log?.file ?? '',
    logLines: admin.log?.tail(args.logLines ?? 100) ?? [],
    // The tail is read before this request's own line is written: it shows what came before.
    audit: admin.auth.auditTail(args.auditLines ?? 50),
    dataDir: admin.dataDir,
    session: admin.auth.sessionView(session),
  }));
}

export function adminRefreshNow({ token }: RequestArgs<'admin.refreshNow'>, ctx: HandlerContext): Promise<RequestResult<'admin.refreshNow'>> {
  return adminOf(ctx).auth.perform(token, 'admin.refreshNow', '', () => refreshOf(ctx).refreshNow(), runOutcome);
}

export function adminRollback({ token, fromVersion }: RequestArgs<'admin.rollback'>, ctx: HandlerContext): Promise<RequestResult<'admin.rollback'>> {
  const detail = fromVersion === undefined ? `from version ${ctx.store.meta.datasetVersion}` : `from version ${fromVersion}`;
  return adminOf(ctx).auth.perform(token, 'admin.rollback', detail, () => refreshOf(ctx).rollback(fromVersion));
}

function checkFolder(folder: string): void {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(folder).isDirectory();
  } catch {
    throw new ApiFailure('invalid_arguments', `path: ${folder} does not exist (is the USB stick plugged in and mounted?). Nothing was imported.`);
  }
  if (!isDirectory) throw new ApiFailure('invalid_arguments', `path: ${folder} is a file, not a folder; choose the folder that holds manifest.json. Nothing was imported.`);
}

export function adminImportFolder({ token, path }: RequestArgs<'admin.importFolder'>, ctx: HandlerContext): Promise<RequestResult<'admin.importFolder'>> {
  return adminOf(ctx).auth.perform(
    token,
    'admin.importFolder',
    path,
    () => {
      checkFolder(path);
      return refreshOf(ctx).importFolder(path);
    },
    runOutcome,
  );
}

function configAnswer(admin: AdminPanel, running: AppConfig, saved: AppConfig): AdminConfig {
  const pending = pendingKeys(running, saved);
  return { config: editableOf(saved), file: configFilePath(admin.dataDir), restartRequired: pending.length > 0, pendingRestart: pending, liveKeys: admin.applyConfig ? [...liveKeysOf(admin.applyWallDisplay !== undefined)] : [] };
}

export function adminConfigGet({ token }: RequestArgs<'admin.config.get'>, ctx: HandlerContext): Promise<RequestResult<'admin.config.get'>> {
  const admin = adminOf(ctx);
  return admin.auth.perform(token, 'admin.config.get', '', () => configAnswer(admin, ctx.config, readConfigForEdit(admin.dataDir)));
}

export function adminConfigSave({ token, config }: RequestArgs<'admin.config.save'>, ctx: HandlerContext): Promise<RequestResult<'admin.config.save'>> {
  const admin = adminOf(ctx);
  const keys = Object.keys(config).filter((key) => (config as Record<string, unknown>)[key] !== undefined);
  return admin.auth.perform(token, 'admin.config.save', `fields: ${keys.join(', ')}`, () => {
    const saved = saveConfigEdit(admin.dataDir, config);
    // Only a valid, written file gets this far: a refused edit changes nothing, on disk or running.
    const running = admin.applyConfig?.(saved, keys) ?? ctx.config;
    return configAnswer(admin, running, saved);
  });
}

export function adminExitKiosk({ token, relaunch = false }: RequestArgs<'admin.exitKiosk'>, ctx: HandlerContext): Promise<RequestResult<'admin.exitKiosk'>> {
  const admin = adminOf(ctx);
  return admin.auth.perform(token, 'admin.exitKiosk', relaunch ? 'relaunch' : 'exit', () => {
    const exit = admin.exitKiosk;
    if (!exit) {
      return { exiting: false, message: 'Exiting applies to the Electron kiosk; in web mode, stop the server process (Ctrl+C or the service manager) instead.' };
    }
    // Leave a moment for this answer to reach the panel before the windows close.
    setTimeout(() => exit({ relaunch }), 300).unref();
    return { exiting: true, message: relaunch ? 'Anjungan restarts now.' : 'Anjungan closes now.' };
  });
}

export function adminChangePin({ token, currentPin, newPin }: RequestArgs<'admin.changePin'>, ctx: HandlerContext): Promise<RequestResult<'admin.changePin'>> {
  return adminOf(ctx).auth.changePin(token, currentPin, newPin);
}
