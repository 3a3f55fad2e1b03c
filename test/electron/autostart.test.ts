import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { desktopExecArg, linuxAutostartEntry, linuxAutostartPath, linuxExecutable, planAutostart, windowsLoginItemSettings } from '../../electron/autostart.js';

const parseDesktop = (text: string) =>
  Object.fromEntries(
    text
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );

describe('Linux autostart entry', () => {
  it('is a valid XDG entry that starts the installed app after a short delay', () => {
    const text = linuxAutostartEntry({ executable: '/opt/Anjungan/anjungan' });
    expect(text.startsWith('[Desktop Entry]\n')).toBe(true);
    expect(parseDesktop(text)).toMatchObject({ Type: 'Application', Name: 'Anjungan', Exec: '/opt/Anjungan/anjungan', Terminal: 'false', 'X-GNOME-Autostart-enabled': 'true', 'X-GNOME-Autostart-Delay': '5' });
  });

  it('matches the hand-copyable entry shipped in build/linux', () => {
    const shipped = parseDesktop(readFileSync(path.resolve('build/linux/anjungan-kiosk.desktop'), 'utf8'));
    const generated = parseDesktop(linuxAutostartEntry({ executable: '/opt/Anjungan/anjungan' }));
    for (const key of ['Type', 'Name', 'Exec', 'Icon', 'Terminal', 'X-GNOME-Autostart-enabled', 'X-GNOME-Autostart-Delay', 'StartupWMClass']) expect(generated[key], key).toBe(shipped[key]);
  });

  it('quotes paths with spaces and escapes reserved characters and field codes', () => {
    expect(desktopExecArg('/home/kiosk/Anjungan 1.0.AppImage')).toBe('"/home/kiosk/Anjungan 1.0.AppImage"');
    expect(desktopExecArg('a"b$c`d\\e')).toBe('"a\\"b\\$c\\`d\\\\e"');
    expect(desktopExecArg('')).toBe('""');
    const exec = parseDesktop(linuxAutostartEntry({ executable: '/opt/100%/anjungan', args: ['--flag', 'two words'] })).Exec;
    expect(exec).toBe('/opt/100%%/anjungan --flag "two words"');
  });

  it('lives in $XDG_CONFIG_HOME/autostart (or ~/.config) and points at the AppImage, not its mount', () => {
    expect(linuxAutostartPath({}, '/home/kiosk')).toBe('/home/kiosk/.config/autostart/anjungan.desktop');
    expect(linuxAutostartPath({ XDG_CONFIG_HOME: '/srv/kiosk-config' }, '/home/kiosk')).toBe('/srv/kiosk-config/autostart/anjungan.desktop');
    expect(linuxAutostartPath({ XDG_CONFIG_HOME: 'relative' }, '/home/kiosk')).toBe('/home/kiosk/.config/autostart/anjungan.desktop');
    expect(linuxExecutable('/tmp/.mount_AnjXYZ/anjungan', { APPIMAGE: '/home/kiosk/Anjungan.AppImage' })).toBe('/home/kiosk/Anjungan.AppImage');
    expect(linuxExecutable('/opt/Anjungan/anjungan', {})).toBe('/opt/Anjungan/anjungan');
  });
});

describe('Windows login item', () => {
  it('gives app.setLoginItemSettings the executable and a name', () => {
    expect(windowsLoginItemSettings('C:\\Program Files\\Anjungan\\Anjungan.exe')).toEqual({
      openAtLogin: true,
      path: 'C:\\Program Files\\Anjungan\\Anjungan.exe',
      args: [],
      name: 'Anjungan',
      enabled: true,
    });
    expect(windowsLoginItemSettings('C:\\A.exe', false).openAtLogin).toBe(false);
  });
});

describe('planAutostart', () => {
  const base = { isPackaged: true, dev: false, execPath: '/opt/Anjungan/anjungan', env: {}, home: '/home/kiosk' };
  it('registers on packaged Linux and Windows builds only', () => {
    expect(planAutostart({ ...base, platform: 'linux' })).toMatchObject({ kind: 'linux', file: '/home/kiosk/.config/autostart/anjungan.desktop' });
    expect(planAutostart({ ...base, platform: 'win32', execPath: 'C:\\A\\Anjungan.exe' })).toMatchObject({ kind: 'windows', settings: { openAtLogin: true } });
    expect(planAutostart({ ...base, platform: 'darwin' }).kind).toBe('none');
    expect(planAutostart({ ...base, platform: 'linux', isPackaged: false }).kind).toBe('none');
    expect(planAutostart({ ...base, platform: 'linux', dev: true }).kind).toBe('none');
    expect(planAutostart({ ...base, platform: 'linux', env: { ANJUNGAN_AUTOSTART: '0' } })).toEqual({ kind: 'none', reason: 'ANJUNGAN_AUTOSTART=0' });
  });
});
