import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { RefreshFault } from './faults.js';

/**
 * Ed25519 with Node's crypto. The public key travels as the base64 of its 32 raw bytes
 * (44 characters), short enough to paste into config.json or read over the phone; the
 * private key stays with IT staff as a PKCS#8 PEM file.
 */

export interface KeyPair {
  privateKeyPem: string;
  publicKey: string;
}

export function generateSigningKeys(): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), publicKey: encodePublicKey(publicKey) };
}

export function encodePublicKey(key: KeyObject): string {
  const jwk = key.export({ format: 'jwk' });
  if (typeof jwk.x !== 'string') throw new Error('Not an Ed25519 public key.');
  return Buffer.from(jwk.x, 'base64url').toString('base64');
}

/** Parses the configured public key; a malformed one is a configuration fault, not a crash. */
export function decodePublicKey(text: string): KeyObject {
  const raw = Buffer.from(text.trim(), 'base64');
  if (raw.length !== 32 || raw.toString('base64') !== text.trim()) {
    throw new RefreshFault('not_configured', 'The configured public key is not an Ed25519 key (expected 44 base64 characters from "npm run dataset -- keygen").');
  }
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
}

export function loadPrivateKey(pem: string): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`The signing key is ${key.asymmetricKeyType ?? 'unknown'}, not Ed25519.`);
  return key;
}

export function publicKeyOf(privateKey: KeyObject): string {
  return encodePublicKey(createPublicKey(privateKey));
}

/** The signature file's content: base64 of the 64-byte signature over the manifest's exact bytes, plus a newline. */
export function signManifest(manifestBytes: Buffer, privateKey: KeyObject): string {
  return `${sign(null, manifestBytes, privateKey).toString('base64')}\n`;
}

export function isSignatureValid(manifestBytes: Buffer, signatureText: string, publicKey: KeyObject): boolean {
  const signature = Buffer.from(signatureText.trim(), 'base64');
  if (signature.length !== 64) return false;
  return verify(null, manifestBytes, publicKey, signature);
}
