import { createReadStream, createWriteStream, type Stats } from 'node:fs';
import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { servedBytesCheck } from './client.js';
import { decodeFile, streamChunkBytes } from './decode.js';
import { asRefreshFault, isDiskFull, RefreshFault } from './faults.js';
import { TransferClock } from './http.js';
import { manifestFileName, signatureFileName } from './protocol.js';
import type { PublicationSource } from './source.js';

/**
 * A publication folder (as `npm run dataset -- build` writes it, copied to a USB stick)
 * as a source. Sizes are checked before a byte is read, then each file goes through the
 * client's own size-and-hash check (servedBytesCheck) and decoder, so a folder gets
 * exactly the verification a download gets. A stalled stick trips the same timeouts.
 */
function unreadable(what: string, dir: string, error: unknown): RefreshFault {
  const code = (error as { code?: string } | null)?.code ?? 'error';
  return new RefreshFault('unreachable', `The publication folder ${dir} has no readable ${what} (${code}). Check that the USB stick holds a whole publication. The kiosk keeps its current data.`);
}

async function statOf(file: string, what: string, dir: string): Promise<Stats> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOTFILE' });
    return info;
  } catch (error) {
    throw unreadable(what, dir, error);
  }
}

async function readCapped(file: string, limit: number, what: string, dir: string): Promise<Buffer> {
  const info = await statOf(file, what, dir);
  if (info.size > limit) throw new RefreshFault('too_large', `The ${what} in ${dir} is larger than ${limit} bytes; it is refused.`);
  return readFile(file);
}

export function folderSource(dir: string): PublicationSource {
  const root = path.resolve(dir);
  return {
    label: `the folder ${root}`,
    remote: false,
    async fetchManifest(_known, limits) {
      const bytes = await readCapped(path.join(root, manifestFileName), limits.manifestBytes, 'manifest.json', root);
      let signature: string | null = null;
      try {
        signature = (await readCapped(path.join(root, signatureFileName), limits.signatureBytes, 'manifest.sig', root)).toString('utf8');
      } catch (error) {
        // No signature file is the "missing signature" fault, judged by the same check as online.
        if (!(error instanceof RefreshFault && error.kind === 'unreachable')) throw error;
      }
      return { notModified: false, bytes, signature, validators: { etag: null, lastModified: null } };
    },
    async download({ file, destination, timeouts, onBytes, openWrite }) {
      const source = path.resolve(root, ...file.path.split('/'));
      // The manifest schema already forbids "..": this is the belt to its braces.
      if (!source.startsWith(root + path.sep)) throw new RefreshFault('bad_manifest', `${file.path} points outside the publication folder; it is refused.`);
      const info = await statOf(source, file.path, root);
      if (info.size > file.size) throw new RefreshFault('too_large', `${file.name} is larger than the manifest says (${file.size} bytes): the payload is refused.`);
      const raw = `${destination}.download`;
      const write = openWrite ?? ((target: string) => createWriteStream(target, { highWaterMark: streamChunkBytes }));
      const clock = new TransferClock(file.name, timeouts);
      try {
        clock.responded();
        const served = servedBytesCheck(file, clock, onBytes);
        try {
          await pipeline(createReadStream(source, { signal: clock.controller.signal, highWaterMark: streamChunkBytes }), served.transform, write(raw));
        } catch (error) {
          if (error instanceof RefreshFault) throw error;
          if (isDiskFull(error)) throw asRefreshFault(error);
          const fault = clock.fault(error);
          if (fault.kind === 'timeout') throw new RefreshFault('timeout', `Reading ${file.name} from ${root} stalled; the USB stick may be failing. The kiosk keeps its current data.`);
          throw unreadable(file.path, root, error);
        }
        const { size, sha256 } = served.finish();
        if (size !== file.size) throw new RefreshFault('truncated', `${file.name} in ${root} is incomplete (${size} of ${file.size} bytes). The kiosk keeps its current data.`);
        if (sha256 !== file.sha256) {
          throw new RefreshFault('hash_mismatch', `${file.name} in ${root} does not match the manifest (SHA-256 differs): it is damaged, or belongs to another version. The kiosk keeps its current data.`);
        }
      } finally {
        clock.stop();
      }
      try {
        await decodeFile(raw, file, destination, write);
      } finally {
        await rm(raw, { force: true });
      }
    },
  };
}

