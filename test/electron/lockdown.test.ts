import { createRequire } from 'node:module';
import type * as Fuses from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { requestSchemas } from '../../data/api/contract.js';
import { contentSecurityPolicy } from '../../data/api/content-security-policy.js';
import { requestNames } from '../../data/api/names.js';

/**
 * Lockdown items of issue 6 not covered by security/ipc/bridge tests: the CSP as a
 * parsed policy, the fuses set at packaging, and that no admin action (exiting the kiosk
 * included) can be asked for without an admin session.
 */
const require = createRequire(import.meta.url);

function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(directives.has(name), `directive ${name} appears once`).toBe(false);
    directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

describe('Content-Security-Policy', () => {
  const csp = parseCsp(contentSecurityPolicy);

  it('allows scripts from the app itself only: no inline script, no eval, no remote origin', () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.has('script-src-elem')).toBe(false);
    expect(csp.has('script-src-attr')).toBe(false);
    expect(contentSecurityPolicy).not.toMatch(/'unsafe-eval'|'wasm-unsafe-eval'|'strict-dynamic'|'unsafe-hashes'|'nonce-|'sha(256|384|512)-/);
  });

  it('falls back to nothing, and names no remote origin, scheme wildcard or host anywhere', () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
    const allowedSources = new Set(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:']);
    for (const [name, sources] of csp) {
      for (const source of sources) expect(allowedSources.has(source), `${name} ${source}`).toBe(true);
    }
    // Inline style stays (React and chart.js set styles at run time) but never inline script.
    expect([...csp].filter(([, sources]) => sources.includes("'unsafe-inline'")).map(([name]) => name)).toEqual(['style-src']);
  });

  it('closes the other doors: connections, objects, framing, base URL and forms', () => {
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
  });
});

describe('Electron fuses at packaging', () => {
  const { FuseV1Options, FuseVersion } = require('@electron/fuses') as typeof Fuses;
  const hook = require('../../build/fuses.cjs') as { fuses: Record<string | number, unknown>; executablePath(context: unknown): string };
  const builder = require('../../build/electron-builder.config.cjs') as { afterPack: string; asar: boolean };

  it('turns off RunAsNode, NODE_OPTIONS and the inspect flags, and loads the app only from asar', () => {
    expect(hook.fuses.version).toBe(FuseVersion.V1);
    expect(hook.fuses[FuseV1Options.RunAsNode]).toBe(false);
    expect(hook.fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(hook.fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(hook.fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(hook.fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(hook.fuses[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('is the afterPack hook of the packaging config, with the app in an asar', () => {
    expect(builder.afterPack).toBe('build/fuses.cjs');
    expect(builder.asar).toBe(true);
    const packager = { appInfo: { productFilename: 'Anjungan' }, executableName: 'anjungan' };
    expect(hook.executablePath({ appOutDir: '/out', electronPlatformName: 'linux', packager })).toBe('/out/anjungan');
    expect(hook.executablePath({ appOutDir: 'C:\\out', electronPlatformName: 'win32', packager })).toMatch(/Anjungan\.exe$/);
  });
});

describe('admin actions need an admin session', () => {
  const open = new Set(['admin.info', 'admin.setup', 'admin.login']);
  const guarded = requestNames.filter((name) => (name.startsWith('admin.') && !open.has(name)) || ['playlist.save', 'playlist.addSlide', 'playlist.delete', 'playlist.run', 'playlist.stop'].includes(name));

  it('covers exit, config, import, refresh and rollback', () => {
    expect(guarded).toEqual(expect.arrayContaining(['admin.exitKiosk', 'admin.config.save', 'admin.importFolder', 'admin.refreshNow', 'admin.rollback', 'admin.changePin']));
  });

  it.each(guarded)('%s is refused by the contract without a token, and with a malformed one', (name) => {
    const schema = requestSchemas[name];
    expect(schema.safeParse({}).success).toBe(false);
    const issues = schema.safeParse({ token: 'guess' }).error?.issues ?? [];
    expect(issues.some((issue) => issue.path[0] === 'token')).toBe(true);
  });
});
