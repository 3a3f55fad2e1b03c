import path from 'node:path';

/**
 * Start at login, as plain functions (tested without Electron or a desktop): on Linux an
 * XDG autostart entry in the kiosk user's ~/.config/autostart, on Windows the arguments
 * for `app.setLoginItemSettings` (the per-user Run key). main.ts applies them on a
 * packaged build only, so a developer's machine never starts Anjungan by itself.
 */
export const autostartFileName = 'anjungan.desktop';

/** Quoting per the Desktop Entry spec: arguments with reserved characters go in double quotes, with \ " ` $ escaped. */
export function desktopExecArg(arg: string): string {
  if (arg !== '' && !/[\s"'\\`$<>~|&;*?#()]/.test(arg)) return arg;
  return `"${arg.replace(/[\\"`$]/g, (char) => `\\${char}`)}"`;
}

export interface LinuxAutostartInputs {
  /** The executable: process.execPath, or for an AppImage the image itself (process.env.APPIMAGE). */
  executable: string;
  args?: readonly string[];
  /** Seconds the session waits before starting us, so the display and network settle first. */
  delaySeconds?: number;
}

export function linuxAutostartEntry({ executable, args = [], delaySeconds = 5 }: LinuxAutostartInputs): string {
  // "%" is a field code in Exec; a literal one is written "%%".
  const exec = [executable, ...args].map(desktopExecArg).join(' ').replace(/%/g, '%%');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Anjungan',
    'Comment=Anjungan data kiosk, Kabupaten Banyuwangi',
    `Exec=${exec}`,
    'Icon=anjungan',
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    `X-GNOME-Autostart-Delay=${Math.max(0, Math.round(delaySeconds))}`,
    'StartupWMClass=Anjungan',
    '',
  ].join('\n');
}

/** $XDG_CONFIG_HOME/autostart/anjungan.desktop, falling back to ~/.config as the spec says. */
export function linuxAutostartPath(env: NodeJS.ProcessEnv, home: string): string {
  const configHome = env.XDG_CONFIG_HOME && path.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : path.join(home, '.config');
  return path.join(configHome, 'autostart', autostartFileName);
}

/** The executable a Linux login should start: the AppImage file when run from one, since its mount point changes each run. */
export function linuxExecutable(execPath: string, env: NodeJS.ProcessEnv): string {
  return env.APPIMAGE && path.isAbsolute(env.APPIMAGE) ? env.APPIMAGE : execPath;
}

export interface WindowsLoginItem {
  openAtLogin: boolean;
  path: string;
  args: string[];
  name: string;
  enabled: boolean;
}

/** Arguments of app.setLoginItemSettings on Windows (path and args must match again to read the setting back). */
export function windowsLoginItemSettings(execPath: string, openAtLogin = true, args: readonly string[] = []): WindowsLoginItem {
  return { openAtLogin, path: execPath, args: [...args], name: 'Anjungan', enabled: openAtLogin };
}

export type AutostartPlan =
  | { kind: 'linux'; file: string; content: string }
  | { kind: 'windows'; settings: WindowsLoginItem }
  | { kind: 'none'; reason: string };

export interface AutostartInputs {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  dev: boolean;
  execPath: string;
  env: NodeJS.ProcessEnv;
  home: string;
}

/** What main.ts does at start; ANJUNGAN_AUTOSTART=0 leaves login alone (a test rig, a shared PC). */
export function planAutostart(inputs: AutostartInputs): AutostartPlan {
  if (!inputs.isPackaged || inputs.dev) return { kind: 'none', reason: 'not a packaged kiosk build' };
  if (inputs.env.ANJUNGAN_AUTOSTART === '0') return { kind: 'none', reason: 'ANJUNGAN_AUTOSTART=0' };
  if (inputs.platform === 'win32') return { kind: 'windows', settings: windowsLoginItemSettings(inputs.execPath) };
  if (inputs.platform === 'linux') {
    return {
      kind: 'linux',
      file: linuxAutostartPath(inputs.env, inputs.home),
      content: linuxAutostartEntry({ executable: linuxExecutable(inputs.execPath, inputs.env) }),
    };
  }
  return { kind: 'none', reason: `no autostart for ${inputs.platform}` };
}
