import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadFile, fetchManifest } from '../../../data/service/client.js';
import { defaultLimits, type Manifest } from '../../../data/service/protocol.js';
import { startPublicationServer, type PublicationServer } from '../../../data/publish/serve.js';
import { createKeys, publishExample, tempDir } from '../../fixtures/publication/publication-fixture.js';

const timeouts = { responseMs: 2000, idleMs: 2000, totalMs: 5000 };
let server: PublicationServer;
let manifest: Manifest;
let publication: string;

beforeAll(async () => {
  publication = tempDir('client-pub');
  manifest = await publishExample(publication, { keys: createKeys(), version: 2 });
  server = await startPublicationServer(publication);
});
afterAll(() => server.close());

describe('data service client against `dataset serve`', () => {
  it('asks conditionally and gets "not modified" for an unchanged manifest', async () => {
    const first = await fetchManifest(server.url, { etag: null, lastModified: null }, defaultLimits, timeouts);
    expect(first.notModified).toBe(false);
    if (first.notModified) return;
    expect(first.validators.etag).toBeTruthy();
    expect(first.signature).toMatch(/^[A-Za-z0-9+/=]+\n$/);
    const second = await fetchManifest(server.url, first.validators, defaultLimits, timeouts);
    expect(second).toEqual({ notModified: true });
  });

  it('downloads, verifies and gunzips a file as published', async () => {
    const entry = manifest.files.find((file) => file.name === 'observations.csv');
    if (!entry) throw new Error('no observations.csv in the manifest');
    const dir = tempDir('client-dl');
    mkdirSync(dir, { recursive: true });
    let bytes = 0;
    await downloadFile({ baseUrl: server.url, file: entry, destination: path.join(dir, 'observations.csv'), timeouts, onBytes: (count) => (bytes += count) });
    expect(bytes).toBe(entry.size);
    expect(readFileSync(path.join(dir, 'observations.csv'), 'utf8')).toMatch(/^indicator_id,region_code,period,value/);
  });

  it('serves version folders as immutable and the manifest as always revalidated', async () => {
    const manifestResponse = await fetch(new URL('manifest.json', server.url));
    expect(manifestResponse.headers.get('cache-control')).toBe('no-cache');
    const fileResponse = await fetch(new URL('v2/regions.csv.gz', server.url), { headers: { 'Accept-Encoding': 'identity' } });
    expect(fileResponse.headers.get('cache-control')).toMatch(/immutable/);
    expect((await fetch(new URL('../etc/passwd', server.url))).status).toBe(404);
  });
});
