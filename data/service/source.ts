import type { Writable } from 'node:stream';
import { downloadFile, fetchManifest, type ManifestFetch, type Validators } from './client.js';
import type { Timeouts } from './http.js';
import type { ManifestFile, TransferLimits } from './protocol.js';

/**
 * Where a publication comes from: the data service over HTTP, or a folder (a USB stick
 * an IT officer carries to a kiosk without network). The refresh job treats both alike:
 * the same signature, expiry, version and per-file size and SHA-256 checks, the same
 * build and the same atomic install; only the bytes' transport differs.
 */
export interface SourceDownload {
  file: ManifestFile;
  destination: string;
  timeouts: Timeouts;
  onBytes: (count: number) => void;
  openWrite?: (path: string) => Writable;
}

export interface PublicationSource {
  /** "the data service" or "the folder …", for messages. */
  readonly label: string;
  /** Whether HTTP validators apply (a folder has none, and must not overwrite the service's). */
  readonly remote: boolean;
  fetchManifest(known: Validators, limits: Pick<TransferLimits, 'manifestBytes' | 'signatureBytes'>, timeouts: Timeouts): Promise<ManifestFetch>;
  download(options: SourceDownload): Promise<void>;
}

export function httpSource(baseUrl: string): PublicationSource {
  return {
    label: 'the data service',
    remote: true,
    fetchManifest: (known, limits, timeouts) => fetchManifest(baseUrl, known, limits, timeouts),
    download: (options) => downloadFile({ ...options, baseUrl }),
  };
}
