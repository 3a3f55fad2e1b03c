import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A stand-in for the parts of Electron's main-process API that electron/main.ts uses,
 * recording what the shell does with them. It lets the lifecycle run under plain Node
 * (there is no Electron binary here); it does not pretend to be a browser.
 */

export interface FakeDisplay {
  id: number;
  label: string;
  bounds: { x: number; y: number; width: number; height: number };
  internal?: boolean;
}

let nextId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  destroyed = false;
  loads: string[] = [];
  sent: Array<{ channel: string; payload: unknown }> = [];
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  loadURL(url: string) {
    this.loads.push(url);
    return Promise.resolve();
  }
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload });
  }
  isDestroyed() {
    return this.destroyed;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
  setZoomLevel() {}
  setVisualZoomLevelLimits() {
    return Promise.resolve();
  }
  forcefullyCrashRenderer() {}
}

export function createFakeElectron(options: { appData: string; displays: FakeDisplay[] }) {
  const calls: string[] = [];
  const windows: FakeBrowserWindow[] = [];
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    paths: new Map<string, string>([['appData', options.appData]]),
    quitCalled: false,
    switches: [] as Array<[string, string | undefined]>,
    readyResolve: (() => {}) as () => void,
    ready: null as Promise<void> | null,
    getPath(name: string) {
      const value = this.paths.get(name);
      if (value === undefined) throw new Error(`fake app.getPath(${name}) not set`);
      return value;
    },
    setPath(name: string, value: string) {
      calls.push(`app.setPath(${name})`);
      this.paths.set(name, value);
    },
    requestSingleInstanceLock() {
      calls.push('app.requestSingleInstanceLock');
      return true;
    },
    commandLine: { appendSwitch: (name: string, value?: string) => app.switches.push([name, value]) },
    whenReady() {
      calls.push('app.whenReady');
      return (app.ready ??= new Promise<void>((resolve) => (app.readyResolve = resolve)));
    },
    quit() {
      app.quitCalled = true;
    },
    exit() {
      app.quitCalled = true;
    },
  });

  class FakeBrowserWindow extends EventEmitter {
    static getAllWindows() {
      return windows.filter((window) => !window.destroyed);
    }
    readonly webContents = new FakeWebContents();
    destroyed = false;
    visible = false;
    focused = false;
    bounds: FakeDisplay['bounds'];
    constructor(readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> }) {
      super();
      this.bounds = { x: Number(options.x), y: Number(options.y), width: Number(options.width), height: Number(options.height) };
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string) {
      return this.webContents.loadURL(url);
    }
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      this.destroyed = true;
      this.webContents.destroyed = true;
      this.emit('closed');
    }
    isVisible() {
      return this.visible;
    }
    show() {
      this.visible = true;
      this.focused = true;
    }
    showInactive() {
      this.visible = true;
    }
    focus() {
      this.focused = true;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    setBounds(bounds: FakeDisplay['bounds']) {
      this.bounds = bounds;
    }
    setFullScreen() {}
  }

  const protocolHandlers = new Map<string, (request: { url: string }) => Promise<Response>>();
  const ipcHandlers = new Map<string, (event: unknown, args: unknown) => Promise<unknown>>();
  const screen = Object.assign(new EventEmitter(), {
    displays: options.displays,
    getPrimaryDisplay: () => screen.displays[0]!,
    getAllDisplays: () => screen.displays,
  });
  type BeforeRequest = (details: { url: string }, callback: (result: { cancel: boolean }) => void) => void;
  const session = {
    permissionRequestHandler: null as unknown,
    beforeRequest: null as BeforeRequest | null,
    setPermissionRequestHandler(handler: unknown) {
      this.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler() {},
    setDevicePermissionHandler() {},
    webRequest: {
      onBeforeRequest(handler: BeforeRequest) {
        session.beforeRequest = handler;
      },
    },
    on() {},
  };

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    Menu: { setApplicationMenu: () => calls.push('Menu.setApplicationMenu') },
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, args: unknown) => Promise<unknown>) => ipcHandlers.set(channel, handler),
      removeHandler: (channel: string) => ipcHandlers.delete(channel),
    },
    net: { fetch: async (url: string) => new Response(readFileSync(fileURLToPath(url))) },
    protocol: {
      schemes: [] as unknown[],
      registerSchemesAsPrivileged(schemes: unknown[]) {
        calls.push('protocol.registerSchemesAsPrivileged');
        this.schemes.push(...schemes);
      },
      handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) => protocolHandlers.set(scheme, handler),
    },
    screen,
    session: { defaultSession: session },
  };
  return { electron, calls, windows, protocolHandlers, ipcHandlers, screen, session, app };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
export type FakeBrowserWindowInstance = FakeElectron['windows'][number];
