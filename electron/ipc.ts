import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { PushEvent } from '../data/api/contract.js';
import { ipcEventChannel, ipcRequestChannel, requestNames, type RequestName } from '../data/api/names.js';
import type { ApiResult } from '../data/api/types.js';
import type { AppContext } from '../data/app/context.js';
import { isAppUrl } from './app-protocol.js';

/**
 * The IPC transport: one `ipcMain.handle` per request name, answering exactly what the
 * HTTP transport answers. Arguments are validated by `app.request` (the shared
 * dispatcher); this layer only decides whether the sender may ask at all.
 */

/** Only the top frame of a page on our origin may call: never an iframe, a data: page or a stray origin. */
export function isTrustedSender(frameUrl: string | null | undefined, isMainFrame: boolean): boolean {
  return isMainFrame && typeof frameUrl === 'string' && isAppUrl(frameUrl);
}

/** The parts of an invoke event we check (real events and test doubles alike). */
export interface SenderInfo {
  sender: Pick<WebContents, 'id'>;
  senderFrame: { url: string; parent: unknown } | null;
}

export function checkSender(event: SenderInfo, ourContentsIds: ReadonlySet<number>): boolean {
  const frame = event.senderFrame;
  if (frame === null || !ourContentsIds.has(event.sender.id)) return false;
  return isTrustedSender(frame.url, frame.parent === null);
}

export const refusedSender: ApiResult<never> = {
  ok: false,
  error: { code: 'unavailable', message: 'This request was refused: it did not come from the Anjungan window.' },
};

/** A window as far as IPC cares: where to push events, and whether it still exists. */
export interface IpcWindow {
  webContents: Pick<WebContents, 'id' | 'send' | 'isDestroyed'>;
  isDestroyed(): boolean;
}

export interface IpcBinding {
  /** Sends the latest event of each name, for a page that just (re)loaded. */
  replayTo(window: IpcWindow): void;
  dispose(): void;
}

type Requester = Pick<AppContext, 'request' | 'events'>;

export function bindIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  app: Requester,
  windows: () => readonly IpcWindow[],
  log: (message: string) => void,
): IpcBinding {
  const liveWindows = () => windows().filter((window) => !window.isDestroyed() && !window.webContents.isDestroyed());

  for (const name of requestNames) {
    ipcMain.handle(ipcRequestChannel(name), (event: IpcMainInvokeEvent, args: unknown) => handle(name, event, args));
  }

  async function handle(name: RequestName, event: SenderInfo, args: unknown): Promise<ApiResult<unknown>> {
    const ids = new Set(liveWindows().map((window) => window.webContents.id));
    if (!checkSender(event, ids)) {
      log(`IPC ${name} refused from ${event.senderFrame?.url.slice(0, 200) ?? 'a destroyed frame'}`);
      return refusedSender;
    }
    try {
      return await app.request(name, args);
    } catch (error) {
      // app.request never throws by contract; this only guards a broken invariant.
      log(`IPC ${name} threw: ${error instanceof Error ? error.message : String(error)}`);
      return { ok: false, error: { code: 'internal', message: `The request ${name} could not be completed.` } };
    }
  }

  const send = (window: IpcWindow, event: PushEvent) => {
    try {
      window.webContents.send(ipcEventChannel, event);
    } catch {
      // A window closing mid-send must not stop the others.
    }
  };
  const unsubscribe = app.events.subscribe((event) => {
    for (const window of liveWindows()) send(window, event);
  });

  return {
    replayTo(window) {
      if (window.isDestroyed() || window.webContents.isDestroyed()) return;
      for (const event of app.events.current()) send(window, event);
    },
    dispose() {
      unsubscribe();
      for (const name of requestNames) ipcMain.removeHandler(ipcRequestChannel(name));
    },
  };
}
