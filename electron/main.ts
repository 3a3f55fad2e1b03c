import { app, BrowserWindow, ipcMain, Menu, net, protocol, screen, session, type BrowserWindowConstructorOptions, type Display } from 'electron';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { httpServerOptions } from '../data/api/http-options.js';
import { startHttpServer, type RunningHttpServer } from '../data/api/http-server.js';
import { createAppContext, type AppContext } from '../data/app/context.js';
import { applyEnvironment, loadConfigFile, parseConfig, type AppConfig } from '../data/config/config.js';
import { handleAppProtocol, kioskPageUrl, registerAppScheme, wallPageUrl } from './app-protocol.js';
import { planAutostart } from './autostart.js';
import { fallbackPageUrl } from './crash-policy.js';
import { bindIpc, type IpcBinding } from './ipc.js';
import { isDevMode, resolveAppPaths } from './paths.js';
import { chromiumSwitches, installContentsGuards, installSessionGuards } from './security.js';
import { superviseWindow } from './supervise.js';
import { kioskWindowOptions, planWall, wallWindowOptions, type DisplayInfo } from './windows.js';

/**
 * Lifecycle only: every decision lives in the modules above, as plain functions with tests.
 * Dev: `npm start` (build/start.mjs) runs `electron .`, add `--dev` for devtools and a window.
 */
const log = (message: string) => console.error(`[anjungan] ${message}`);
const dev = isDevMode(process.argv, app.isPackaged);
const paths = resolveAppPaths({
  mainFile: fileURLToPath(import.meta.url),
  isPackaged: app.isPackaged,
  resourcesPath: process.resourcesPath,
  appData: app.getPath('appData'),
  env: process.env,
});

// Before anything touches the profile: Chromium's data and ours share one folder.
app.setPath('userData', paths.dataDir);
registerAppScheme(protocol);
for (const [name, value] of chromiumSwitches) app.commandLine.appendSwitch(name, value);

let context: AppContext | null = null;
let ipc: IpcBinding | null = null;
let kiosk: BrowserWindow | null = null;
let wall: { window: BrowserWindow; display: DisplayInfo } | null = null;
let lanServer: RunningHttpServer | null = null;

const toInfo = (display: Display): DisplayInfo => ({ id: display.id, label: display.label, bounds: display.bounds, internal: display.internal });
const ourWindows = () => [kiosk, wall?.window].filter((window): window is BrowserWindow => window != null && !window.isDestroyed());

function readConfig(): AppConfig {
  try {
    return applyEnvironment(loadConfigFile(path.join(paths.dataDir, 'config.json')), process.env);
  } catch (error) {
    // A kiosk with a typo in its config should still show the regency's figures, not a blank screen.
    log(`${error instanceof Error ? error.message : String(error)} Using the defaults.`);
    return parseConfig({}, 'defaults');
  }
}

function openWindow(options: BrowserWindowConstructorOptions, pageUrl: string, focus: boolean): BrowserWindow {
  const window = new BrowserWindow(options);
  const show = () => {
    if (window.isDestroyed() || window.isVisible()) return;
    if (focus) window.show();
    else window.showInactive();
  };
  window.once('ready-to-show', show);
  // Belt and braces: a page that never paints still gets a visible window (and its fallback).
  setTimeout(show, 10_000).unref();
  window.webContents.on('dom-ready', () => ipc?.replayTo(window));
  window.webContents.on('preload-error', (_event, file, error) => log(`preload ${file} failed: ${error.message}`));
  superviseWindow(window, pageUrl, { log });
  window.loadURL(context ? pageUrl : fallbackPageUrl()).catch((error: unknown) => log(`loading ${pageUrl} failed: ${String(error)}`));
  return window;
}

function createKiosk(): void {
  const display = toInfo(screen.getPrimaryDisplay());
  kiosk = openWindow(kioskWindowOptions({ display, preload: paths.preloadFile, dev, icon: paths.icon }), kioskPageUrl, true);
  // The kiosk is the app: without it the wall alone has nothing to follow.
  kiosk.on('closed', () => {
    kiosk = null;
    app.quit();
  });
}

function focusKiosk(): void {
  if (!kiosk || kiosk.isDestroyed()) return;
  if (kiosk.isMinimized()) kiosk.restore();
  kiosk.show();
  kiosk.focus();
}

/** The wall display setting in force: from config.json at start, then as the admin panel saves it. */
let wallDisplay: AppConfig['wallDisplay'] = null;

/** Opens, moves or closes the wall window to match the setting and the displays attached right now. */
function syncWall(): void {
  const displays = screen.getAllDisplays().map(toInfo);
  const plan = planWall(displays, wallDisplay, screen.getPrimaryDisplay().id, wall?.display ?? null);
  if (plan.action === 'none') return;
  log(`wall display: ${plan.action}${'display' in plan ? ` on ${plan.display.label || plan.display.id}` : ''}`);
  if (plan.action === 'close') {
    wall?.window.destroy();
    wall = null;
  } else if (plan.action === 'move' && wall) {
    wall.window.setBounds(plan.display.bounds);
    wall.window.setFullScreen(true);
    wall.display = plan.display;
  } else {
    const window = openWindow(wallWindowOptions({ display: plan.display, preload: paths.preloadFile, dev, icon: paths.icon }), wallPageUrl, false);
    const entry = { window, display: plan.display };
    window.on('closed', () => {
      if (wall === entry) wall = null;
    });
    wall = entry;
  }
}

/**
 * With web.lan on, the lounge's other screens (a wall display in any browser) reach this
 * kiosk's app over HTTP, token required, exactly as in web mode; the kiosk keeps IPC.
 */
async function serveLan(app: AppContext, config: AppConfig): Promise<void> {
  try {
    lanServer = await startHttpServer(app, httpServerOptions(config.web, paths.rendererDir));
    log(`LAN mode: the wall display is at ${lanServer.url}/wall?token=<web.token>`);
  } catch (error) {
    log(`the LAN server could not start (${error instanceof Error ? error.message : String(error)}); the kiosk runs without it`);
  }
}

/** Only an admin session reaches this (admin.exitKiosk); the answer leaves before the windows close. */
function exitKiosk({ relaunch }: { relaunch: boolean }): void {
  log(relaunch ? 'admin: restarting the kiosk' : 'admin: leaving the kiosk');
  if (relaunch) app.relaunch();
  app.exit(0);
}

function applyAutostart(): void {
  const plan = planAutostart({ platform: process.platform, isPackaged: app.isPackaged, dev, execPath: process.execPath, env: process.env, home: os.homedir() });
  try {
    if (plan.kind === 'windows') app.setLoginItemSettings(plan.settings);
    else if (plan.kind === 'linux') {
      const current = existsSync(plan.file) ? readFileSync(plan.file, 'utf8') : null;
      if (current !== plan.content) {
        mkdirSync(path.dirname(plan.file), { recursive: true });
        writeFileSync(plan.file, plan.content);
      }
    }
  } catch (error) {
    // A read-only home or a policy-locked registry: the OS-level kiosk setup (README) starts us instead.
    log(`autostart could not be registered: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function start(): void {
  Menu.setApplicationMenu(null);
  const config = readConfig();
  const candidate = paths.nativeBindingCandidate;
  const nativeBinding = candidate !== null && existsSync(candidate) ? candidate : undefined;
  try {
    const applyWallDisplay = (next: AppConfig['wallDisplay']) => {
      wallDisplay = next;
      syncWall();
    };
    context = createAppContext({ dataDir: paths.dataDir, bundledSnapshot: paths.bundledSnapshot, config, log, hooks: { exitKiosk, applyWallDisplay }, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch (error) {
    // The kiosk window still opens, on the calm fallback page, so the lounge sees a message.
    log(`the data layer could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  installSessionGuards(session.defaultSession, dev, log);
  handleAppProtocol(protocol, paths.rendererDir, (url) => net.fetch(url));
  if (context) ipc = bindIpc(ipcMain, context, ourWindows, log);
  if (context && config.web.lan) void serveLan(context, config);
  createKiosk();
  wallDisplay = config.wallDisplay;
  syncWall();
  applyAutostart();
  screen.on('display-added', syncWall);
  screen.on('display-removed', syncWall);
  screen.on('display-metrics-changed', syncWall);
}

if (!app.requestSingleInstanceLock()) {
  // Another Anjungan owns this data folder; it focuses its kiosk when it hears from us.
  app.quit();
} else {
  app.on('second-instance', focusKiosk);
  // Registered before any window exists, so every web contents (devtools included) is guarded.
  app.on('web-contents-created', (_event, contents) => installContentsGuards(contents, { dev, kiosk: !dev }, log));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    ipc?.dispose();
    void lanServer?.close();
    context?.close();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log(`Anjungan could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      app.exit(1);
    });
}
