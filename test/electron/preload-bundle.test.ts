import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ipcEventChannel, requestNames } from '../../data/api/names.js';

/**
 * A sandboxed preload can require nothing but 'electron' (and a few Node built-ins), so
 * the bundle is built the way build/bundle.mjs builds it and run against a fake electron.
 */
describe('preload bundle', () => {
  it('is one CommonJS file that requires only electron and exposes only window.anjungan', async () => {
    const result = await build({
      entryPoints: ['electron/preload.cts'],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      external: ['electron'],
      write: false,
      logLevel: 'silent',
    });
    expect(result.outputFiles).toHaveLength(1);
    const code = result.outputFiles[0]!.text;

    const required: string[] = [];
    const exposed: Record<string, unknown> = {};
    const channels: string[] = [];
    const fakeElectron = {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
      ipcRenderer: { invoke: async () => ({ ok: true, value: null }), on: (channel: string) => channels.push(channel) },
    };
    const fakeRequire = (id: string) => {
      required.push(id);
      if (id === 'electron') return fakeElectron;
      throw new Error(`the preload required ${id}`);
    };
    const fakeGlobal = { addEventListener: () => {} };
    const module = { exports: {} };
    new Function('require', 'module', 'exports', 'globalThis', code)(fakeRequire, module, module.exports, fakeGlobal);

    expect([...new Set(required)]).toEqual(['electron']);
    expect(Object.keys(exposed)).toEqual(['anjungan']);
    const bridge = exposed.anjungan as { requests: Record<string, unknown> };
    expect(Object.keys(bridge.requests).sort()).toEqual([...requestNames].sort());
    expect(channels).toEqual([ipcEventChannel]);
    expect(code).not.toMatch(/require\("(zod|better-sqlite3|node:)/);
  });
});
