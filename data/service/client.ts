import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { decodeFile, streamChunkBytes } from './decode.js';
import { asRefreshFault, isDiskFull, RefreshFault } from './faults.js';
import { headerValue, httpGet, type RawResponse } from './http-get.js';
import { statusFault, TransferClock, type Timeouts } from './http.js';
import { manifestFileName, signatureFileName, type ManifestFile } from './protocol.js';

/**
 * The kiosk's side of the wire: conditional manifest requests and streaming,
 * size-capped, hash-checked downloads. Nothing here trusts a byte before it is
 * counted: a body larger than announced is cut off, not buffered.
 */

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type ManifestFetch =
  | { notModified: true }
  | { notModified: false; bytes: Buffer; signature: string | null; validators: Validators };

const baseHeaders = { 'Accept-Encoding': 'identity', 'User-Agent': 'Anjungan-kiosk' };

export function resolveUrl(baseUrl: string, relative: string): string {
  return new URL(relative, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href;
}

async function openResponse(url: string, clock: TransferClock, headers: Record<string, string> = {}): Promise<RawResponse> {
  try {
    const response = await httpGet(url, { ...baseHeaders, ...headers }, clock.controller.signal);
    clock.responded();
    return response;
  } catch (error) {
    throw clock.fault(error);
  }
}

const isOk = (response: RawResponse): boolean => response.status >= 200 && response.status < 300;

/** Reads a small body whole, refusing it once it passes `limit` bytes. */
async function readSmall(response: RawResponse, limit: number, clock: TransferClock, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body) {
      clock.alive();
      size += (chunk as Buffer).length;
      if (size > limit) {
        response.body.destroy();
        throw new RefreshFault('too_large', `The data service sent a ${what} larger than ${limit} bytes; it is refused.`);
      }
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    throw clock.fault(error);
  }
  return Buffer.concat(chunks);
}

export async function fetchManifest(
  baseUrl: string,
  known: Validators,
  limits: { manifestBytes: number; signatureBytes: number },
  timeouts: Timeouts,
): Promise<ManifestFetch> {
  const url = resolveUrl(baseUrl, manifestFileName);
  const conditional: Record<string, string> = {};
  if (known.etag) conditional['If-None-Match'] = known.etag;
  if (known.lastModified) conditional['If-Modified-Since'] = known.lastModified;
  const clock = new TransferClock('the manifest', timeouts);
  try {
    const response = await openResponse(url, clock, conditional);
    if (response.status === 304) {
      response.body.resume();
      return { notModified: true };
    }
    if (!isOk(response)) {
      response.body.resume();
      throw statusFault(response.status, url, headerValue(response.headers, 'retry-after'));
    }
    const bytes = await readSmall(response, limits.manifestBytes, clock, 'manifest');
    const validators = { etag: headerValue(response.headers, 'etag'), lastModified: headerValue(response.headers, 'last-modified') };
    const signature = await fetchSignature(baseUrl, limits.signatureBytes, timeouts);
    return { notModified: false, bytes, signature, validators };
  } finally {
    clock.stop();
  }
}

async function fetchSignature(baseUrl: string, limit: number, timeouts: Timeouts): Promise<string | null> {
  const url = resolveUrl(baseUrl, signatureFileName);
  const clock = new TransferClock('the signature', timeouts);
  try {
    const response = await openResponse(url, clock);
    if (response.status === 404) {
      response.body.resume();
      return null;
    }
    if (!isOk(response)) {
      response.body.resume();
      throw statusFault(response.status, url, headerValue(response.headers, 'retry-after'));
    }
    return (await readSmall(response, limit, clock, 'signature')).toString('utf8');
  } finally {
    clock.stop();
  }
}

export interface DownloadOptions {
  baseUrl: string;
  file: ManifestFile;
  destination: string;
  timeouts: Timeouts;
  onBytes: (count: number) => void;
  /** Where decoded bytes are written; tests inject a failing stream to play a full disk. */
  openWrite?: (path: string) => Writable;
}

/** Counts and hashes the bytes as served, cutting the stream off as soon as it outgrows the manifest. */
export function servedBytesCheck(file: ManifestFile, clock: TransferClock, onBytes: (count: number) => void) {
  const hash = createHash('sha256');
  let size = 0;
  const transform = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      clock.alive();
      size += chunk.length;
      if (size > file.size) {
        done(new RefreshFault('too_large', `${file.name} is larger than the manifest says (${file.size} bytes): the payload is refused.`));
        return;
      }
      hash.update(chunk);
      onBytes(chunk.length);
      done(null, chunk);
    },
  });
  return { transform, bytesSoFar: () => size, finish: () => ({ size, sha256: hash.digest('hex') }) };
}

/**
 * Streams one manifest file to `destination`. The bytes as served land in a side file
 * first and must match the manifest's size and SHA-256 before anything decodes them:
 * zlib never sees a byte the publisher did not sign.
 */
export async function downloadFile(options: DownloadOptions): Promise<void> {
  const { file, timeouts } = options;
  const url = resolveUrl(options.baseUrl, file.path);
  const raw = `${options.destination}.download`;
  const openWrite = options.openWrite ?? ((path: string) => createWriteStream(path, { highWaterMark: streamChunkBytes }));
  const clock = new TransferClock(file.name, timeouts);
  try {
    const response = await openResponse(url, clock);
    if (!isOk(response)) {
      response.body.resume();
      throw statusFault(response.status, url, headerValue(response.headers, 'retry-after'));
    }
    const announced = Number(headerValue(response.headers, 'content-length') ?? Number.NaN);
    if (Number.isFinite(announced) && announced > file.size) {
      response.body.destroy();
      throw new RefreshFault('too_large', `The data service announced ${announced} bytes for ${file.name}, more than the manifest's ${file.size}: the payload is refused.`);
    }
    const served = servedBytesCheck(file, clock, options.onBytes);
    try {
      await pipeline(response.body, served.transform, openWrite(raw));
    } catch (error) {
      throw downloadFault(error, clock, file);
    }
    const { size, sha256 } = served.finish();
    if (size !== file.size) {
      throw new RefreshFault('truncated', `${file.name} arrived incomplete (${size} of ${file.size} bytes). The kiosk keeps its current data and tries again later.`);
    }
    if (sha256 !== file.sha256) {
      throw new RefreshFault('hash_mismatch', `${file.name} does not match the manifest (SHA-256 differs): it is damaged, or belongs to another version. The kiosk keeps its current data.`);
    }
  } finally {
    clock.stop();
  }
  try {
    await decodeFile(raw, file, options.destination, openWrite);
  } finally {
    await rm(raw, { force: true });
  }
}

function downloadFault(error: unknown, clock: TransferClock, file: ManifestFile): RefreshFault {
  if (error instanceof RefreshFault) return error;
  const { syscall } = (error ?? {}) as { syscall?: string };
  if (isDiskFull(error)) {
    return new RefreshFault('disk_full', `The disk is full: ${file.name} could not be stored. The kiosk keeps its current data; free some space.`);
  }
  if (syscall !== undefined && ['open', 'write', 'close', 'fsync', 'mkdir'].includes(syscall)) return asRefreshFault(error);
  return clock.fault(error);
}
