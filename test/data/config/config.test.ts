import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEnvironment, ConfigError, loadConfigFile, parseConfig } from '../../../data/config/config.js';

const dir = mkdtempSync(path.join(tmpdir(), 'anjungan-config-'));

function writeConfig(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('config', () => {
  it('has safe defaults when no file exists', () => {
    const config = loadConfigFile(path.join(dir, 'missing.json'));
    expect(config).toMatchObject({ idleTimeoutSeconds: 90, defaultLanguage: 'id', dataServiceUrl: null, web: { port: 5178, lan: false } });
  });

  it('reads a valid file', () => {
    const file = writeConfig('ok.json', JSON.stringify({ dataServiceUrl: 'https://data.banyuwangikab.go.id/anjungan/', idleTimeoutSeconds: 120 }));
    expect(loadConfigFile(file)).toMatchObject({ dataServiceUrl: 'https://data.banyuwangikab.go.id/anjungan/', idleTimeoutSeconds: 120 });
  });

  it.each([
    ['not JSON', '{ idle: 90', 'not valid JSON'],
    ['a wrong type', '{"idleTimeoutSeconds": "ninety"}', 'idleTimeoutSeconds'],
    ['a value out of range', '{"idleTimeoutSeconds": 5}', 'idleTimeoutSeconds'],
    ['an unknown language', '{"defaultLanguage": "fr"}', 'defaultLanguage'],
    ['a URL that is not http(s)', '{"dataServiceUrl": "file:///etc/passwd"}', 'dataServiceUrl'],
    ['an unknown key (a typo)', '{"idleTimeoutSecond": 90}', 'idleTimeoutSecond'],
    ['a port out of range', '{"web": {"port": 70000}}', 'web.port'],
    ['an array instead of an object', '[1,2,3]', 'config'],
  ])('refuses a file with %s, naming the field', (_label, text, field) => {
    const file = writeConfig('bad.json', text);
    expect(() => loadConfigFile(file)).toThrow(ConfigError);
    expect(() => loadConfigFile(file)).toThrow(field);
  });

  it('lets PORT and ANJUNGAN_* override the file, validated the same way', () => {
    const base = parseConfig({}, 'test');
    expect(applyEnvironment(base, { PORT: '5199', ANJUNGAN_IDLE_TIMEOUT_SECONDS: '30' })).toMatchObject({ web: { port: 5199 }, idleTimeoutSeconds: 30 });
    expect(() => applyEnvironment(base, { PORT: 'eighty' })).toThrow(/web\.port/);
  });
});
