import { createHash, type KeyObject } from 'node:crypto';
import { RefreshFault } from './faults.js';
import { manifestSchema, maxDatasetVersion, type Manifest, type TransferLimits } from './protocol.js';
import { isSignatureValid } from './signing.js';

/** What the kiosk knows when it judges a manifest. */
export interface AcceptanceRules {
  publicKey: KeyObject;
  now: Date;
  rootCode: string;
  activeVersion: number;
  /** SHA-256 of the manifest that installed the active version (null for the bundled default), to tell "up to date" from "republished". */
  activeManifestSha256: string | null;
  /** Versions up to this one were rolled back here: they are never installed again. */
  rolledBackUpTo: number;
  limits: TransferLimits;
}

export type ManifestVerdict =
  | { action: 'install'; manifest: Manifest; manifestSha256: string }
  | { action: 'up_to_date'; manifest: Manifest; note: string };

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function parseManifest(bytes: Buffer): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new RefreshFault('bad_manifest', 'The signed manifest is not valid JSON. The kiosk keeps its current data.');
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'manifest';
    throw new RefreshFault('bad_manifest', `The signed manifest is not one this kiosk understands (${where}: ${issue?.message ?? 'invalid'}).`);
  }
  return parsed.data;
}

/** Checks the signature before the bytes are even parsed, then the manifest's shape. */
export function verifySignedManifest(bytes: Buffer, signature: string | null, publicKey: KeyObject): Manifest {
  if (signature === null || signature.trim() === '') {
    throw new RefreshFault('missing_signature', 'The publication has no signature (manifest.sig is missing), so it cannot be trusted. The kiosk keeps its current data.');
  }
  if (!isSignatureValid(bytes, signature, publicKey)) {
    throw new RefreshFault('bad_signature', 'The publication\'s signature does not match this kiosk\'s public key: it was changed or signed with another key. The kiosk keeps its current data.');
  }
  return parseManifest(bytes);
}

/**
 * Decides whether a fetched manifest may be installed: after the signature, every rule
 * that keeps stale, foreign, replayed or oversized data out.
 */
export function acceptManifest(bytes: Buffer, signature: string | null, rules: AcceptanceRules): ManifestVerdict {
  const manifest = verifySignedManifest(bytes, signature, rules.publicKey);
  const manifestSha256 = sha256Hex(bytes);
  const version = manifest.datasetVersion;

  if (Date.parse(manifest.expiresAt) <= rules.now.getTime()) {
    throw new RefreshFault('expired', `The published data (version ${version}) expired on ${manifest.expiresAt}; the publisher has not renewed it. The kiosk keeps its current data.`);
  }
  if (manifest.rootCode !== rules.rootCode) {
    throw new RefreshFault('wrong_region', `The publication is for region ${manifest.rootCode}, but this kiosk shows ${rules.rootCode}. The kiosk keeps its current data.`);
  }
  if (version > maxDatasetVersion) {
    throw new RefreshFault('version_too_high', `The publication claims version ${version}, above the highest version a kiosk accepts (${maxDatasetVersion}). It is refused as a mistake or an attack.`);
  }
  if (version < rules.activeVersion) {
    throw new RefreshFault('replay', `The publication offers version ${version}, older than the active version ${rules.activeVersion}. Older data is refused (replay or rollback); the kiosk keeps its current data.`);
  }
  if (version === rules.activeVersion) {
    if (rules.activeManifestSha256 !== null && rules.activeManifestSha256 !== manifestSha256) {
      throw new RefreshFault('replay', `The publication offers version ${version} again, but with content other than what was installed. A changed dataset needs a higher version; the kiosk keeps its current data.`);
    }
    return { action: 'up_to_date', manifest, note: `Up to date: version ${version} is the newest published.` };
  }
  if (version <= rules.rolledBackUpTo) {
    return { action: 'up_to_date', manifest, note: `Version ${version} was rolled back on this kiosk; it waits for a version above ${rules.rolledBackUpTo}.` };
  }
  const total = manifest.files.reduce((sum, file) => sum + file.contentSize, 0);
  const largest = manifest.files.find((file) => file.size > rules.limits.fileBytes || file.contentSize > rules.limits.fileBytes);
  if (largest) {
    throw new RefreshFault('too_large', `The publication's file ${largest.name} is larger than this kiosk accepts (${largest.contentSize} bytes; at most ${rules.limits.fileBytes}).`);
  }
  if (total > rules.limits.totalBytes) {
    throw new RefreshFault('too_large', `The publication is larger than this kiosk accepts (${total} bytes; at most ${rules.limits.totalBytes}).`);
  }
  return { action: 'install', manifest, manifestSha256 };
}
