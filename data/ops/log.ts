import { appendFileSync, closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The app's log file, <dataDir>/logs/anjungan.log, rotated by size: a kiosk left offline
 * for weeks logs the same failed refresh every few minutes, and must not fill its disk
 * doing so. The current file plus `keep - 1` rotated ones never exceed `keep × maxBytes`.
 * Writes are synchronous appends of one short line: a crash right after a write still
 * leaves the line on disk, which is what an IT visit after an incident needs.
 */
export interface LogOptions {
  dir: string;
  fileName?: string;
  /** Size at which the current file is rotated. */
  maxBytes?: number;
  /** Files kept in all, the current one included. */
  keep?: number;
  now?: () => Date;
}

export const defaultLogMaxBytes = 1024 * 1024;
export const defaultLogKeep = 5;
/** One entry never outgrows this, so one write can never push a file far past its size. */
const maxLineChars = 2000;

export type LogLevel = 'info' | 'warn' | 'error';

export class RotatingLog {
  readonly file: string;
  private readonly maxBytes: number;
  private readonly keep: number;
  private readonly now: () => Date;
  private size: number;
  private broken = false;

  constructor(options: LogOptions) {
    this.maxBytes = Math.max(4096, options.maxBytes ?? defaultLogMaxBytes);
    this.keep = Math.max(1, options.keep ?? defaultLogKeep);
    this.now = options.now ?? (() => new Date());
    this.file = path.join(options.dir, options.fileName ?? 'anjungan.log');
    mkdirSync(options.dir, { recursive: true });
    this.size = sizeOf(this.file);
  }

  /** The cap the files together stay under. */
  get capBytes(): number {
    return this.keep * this.maxBytes;
  }

  write(message: string, level: LogLevel = 'info'): void {
    const line = `${this.now().toISOString()} ${level.toUpperCase()} ${oneLine(message)}\n`;
    const bytes = Buffer.byteLength(line);
    try {
      if (this.size + bytes > this.maxBytes && this.size > 0) this.rotate();
      appendFileSync(this.file, line);
      this.size += bytes;
      this.broken = false;
    } catch {
      // A full or read-only disk must not take the kiosk down with its log; the next
      // write tries again (from the real size, in case a rotation half happened).
      if (!this.broken) this.size = sizeOf(this.file);
      this.broken = true;
    }
  }

  /** anjungan.log → .1 → .2 …; the oldest falls off. */
  private rotate(): void {
    rmSync(this.rotated(this.keep - 1), { force: true });
    for (let index = this.keep - 2; index >= 1; index -= 1) {
      try {
        renameSync(this.rotated(index), this.rotated(index + 1));
      } catch {
        // A gap in the sequence is fine: that file simply was not there.
      }
    }
    if (this.keep === 1) rmSync(this.file, { force: true });
    else renameSync(this.file, this.rotated(1));
    this.size = 0;
  }

  private rotated(index: number): string {
    return `${this.file}.${index}`;
  }

  /** Every file of this log, current first. */
  files(): string[] {
    return [this.file, ...Array.from({ length: this.keep - 1 }, (_, index) => this.rotated(index + 1))];
  }

  /** The last `count` lines, oldest first, reading only the tail of the newest files. */
  tail(count: number): string[] {
    const lines: string[] = [];
    for (const file of this.files()) {
      const found = tailLines(file, count - lines.length, 64 * 1024);
      lines.unshift(...found);
      if (lines.length >= count || found.length === 0) break;
    }
    return lines.slice(-count);
  }
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** Control characters and line breaks would let a logged message forge log lines. */
export function oneLine(message: string): string {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const flat = message.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return flat.length > maxLineChars ? `${flat.slice(0, maxLineChars)}…` : flat;
}

function tailLines(file: string, count: number, maxRead: number): string[] {
  if (count <= 0) return [];
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return [];
  }
  try {
    const size = statSync(file).size;
    const length = Math.min(size, maxRead);
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, size - length);
    const lines = buffer.toString('utf8').split('\n').filter((line) => line !== '');
    // A read that starts mid-file starts mid-line: the first piece is not a whole line.
    if (length < size) lines.shift();
    return lines.slice(-count);
  } finally {
    closeSync(fd);
  }
}
