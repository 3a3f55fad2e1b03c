import { describe, expect, it } from 'vitest';
import { acceptManifest, sha256Hex, type AcceptanceRules } from '../../../data/service/accept-manifest.js';
import { RefreshFault } from '../../../data/service/faults.js';
import { defaultLimits, manifestSchema, maxDatasetVersion, type Manifest } from '../../../data/service/protocol.js';
import { decodePublicKey, signManifest } from '../../../data/service/signing.js';
import { createKeys } from '../../fixtures/publication/publication-fixture.js';

const keys = createKeys();
const now = new Date('2025-07-01T00:00:00Z');
const file = (name: string) => ({ name, path: `v3/${name}.gz`, encoding: 'gzip' as const, size: 10, sha256: 'a'.repeat(64), contentSize: 20 });
const manifest = (overrides: Partial<Manifest> = {}): Manifest => ({
  format: 'anjungan.publication',
  formatVersion: 1,
  datasetVersion: 3,
  createdAt: '2025-06-30T00:00:00.000Z',
  expiresAt: '2025-09-30T00:00:00.000Z',
  rootCode: '35.10',
  dataAsOf: '2025-06-30',
  publisher: 'Test',
  files: ['dataset.json', 'regions.csv', 'themes.csv', 'indicators.csv', 'observations.csv', 'points.csv'].map(file),
  ...overrides,
});
const rules = (overrides: Partial<AcceptanceRules> = {}): AcceptanceRules => ({
  publicKey: decodePublicKey(keys.publicKey), now, rootCode: '35.10', activeVersion: 2, activeManifestSha256: null, rolledBackUpTo: 0, limits: defaultLimits, ...overrides,
});
const signed = (value: unknown) => {
  const bytes = Buffer.from(JSON.stringify(value));
  return { bytes, signature: signManifest(bytes, keys.privateKey) };
};
function faultOf(action: () => unknown): RefreshFault {
  try {
    action();
  } catch (error) {
    if (error instanceof RefreshFault) return error;
    throw error;
  }
  throw new Error('expected a RefreshFault');
}

describe('manifest acceptance', () => {
  it('accepts a signed, current, newer manifest for this region', () => {
    const { bytes, signature } = signed(manifest());
    expect(acceptManifest(bytes, signature, rules())).toMatchObject({ action: 'install', manifestSha256: sha256Hex(bytes) });
  });

  it.each([
    ['a version above the cap', manifest({ datasetVersion: maxDatasetVersion + 1 }), 'version_too_high'],
    ['an older version', manifest({ datasetVersion: 1 }), 'replay'],
    ['another region', manifest({ rootCode: '35.09' }), 'wrong_region'],
    ['an expired manifest', manifest({ expiresAt: '2025-06-30T12:00:00.000Z' }), 'expired'],
    ['a path escaping the publication', manifest({ files: [...manifest().files.slice(1), { ...file('dataset.json'), path: '../secret' }] }), 'bad_manifest'],
    ['an unknown file name', manifest({ files: [...manifest().files, file('passwords.csv')] }), 'bad_manifest'],
    ['a missing required file', manifest({ files: manifest().files.slice(1) }), 'bad_manifest'],
    ['a file named twice', manifest({ files: [...manifest().files, file('regions.csv')] }), 'bad_manifest'],
    ['another format', { ...manifest(), formatVersion: 2 }, 'bad_manifest'],
  ])('refuses %s', (_label, value, kind) => {
    const { bytes, signature } = signed(value);
    expect(faultOf(() => acceptManifest(bytes, signature, rules())).kind).toBe(kind);
  });

  it('refuses files beyond the limits before downloading', () => {
    const { bytes, signature } = signed(manifest());
    expect(faultOf(() => acceptManifest(bytes, signature, rules({ limits: { ...defaultLimits, fileBytes: 15 } }))).kind).toBe('too_large');
    expect(faultOf(() => acceptManifest(bytes, signature, rules({ limits: { ...defaultLimits, totalBytes: 100 } }))).kind).toBe('too_large');
  });

  it('tells "up to date" from a republished version and from a rolled-back one', () => {
    const { bytes, signature } = signed(manifest({ datasetVersion: 2 }));
    expect(acceptManifest(bytes, signature, rules({ activeManifestSha256: sha256Hex(bytes) })).action).toBe('up_to_date');
    expect(faultOf(() => acceptManifest(bytes, signature, rules({ activeManifestSha256: 'b'.repeat(64) }))).kind).toBe('replay');
    const newer = signed(manifest({ datasetVersion: 3 }));
    expect(acceptManifest(newer.bytes, newer.signature, rules({ rolledBackUpTo: 3 }))).toMatchObject({ action: 'up_to_date', note: expect.stringMatching(/rolled back/) });
  });

  it('checks the signature before reading anything', () => {
    const { bytes } = signed(manifest());
    expect(faultOf(() => acceptManifest(bytes, null, rules())).kind).toBe('missing_signature');
    expect(faultOf(() => acceptManifest(bytes, 'AAAA', rules())).kind).toBe('bad_signature');
    const garbage = Buffer.from('{not json');
    expect(faultOf(() => acceptManifest(garbage, signManifest(garbage, createKeys().privateKey), rules())).kind).toBe('bad_signature');
    expect(faultOf(() => acceptManifest(garbage, signManifest(garbage, keys.privateKey), rules())).kind).toBe('bad_manifest');
  });

  it('refuses a malformed public key in plain words', () => {
    expect(faultOf(() => decodePublicKey('hello')).message).toMatch(/not an Ed25519 key/);
  });

  it('the schema requires expiry after creation', () => {
    expect(manifestSchema.safeParse(manifest({ expiresAt: '2025-06-01T00:00:00.000Z' })).success).toBe(false);
  });
});
