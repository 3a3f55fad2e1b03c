import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { oneLine, RotatingLog } from '../../../data/ops/log.js';

const dirSize = (dir: string) => readdirSync(dir).reduce((sum, name) => sum + statSync(path.join(dir, name)).size, 0);

describe('RotatingLog', () => {
  it('writing 20 MB leaves at most the cap (5 × 1 MB) on disk, newest lines kept', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'anjungan-log-'));
    const log = new RotatingLog({ dir });
    const line = `refresh failed (unreachable): ${'x'.repeat(950)}`;
    for (let index = 0; index < 20_000; index += 1) log.write(`${index} ${line}`);
    expect(readdirSync(dir).sort()).toEqual(['anjungan.log', 'anjungan.log.1', 'anjungan.log.2', 'anjungan.log.3', 'anjungan.log.4']);
    expect(dirSize(dir)).toBeLessThanOrEqual(log.capBytes);
    expect(log.capBytes).toBe(5 * 1024 * 1024);
    for (const name of readdirSync(dir)) expect(statSync(path.join(dir, name)).size).toBeLessThanOrEqual(1024 * 1024);
    expect(log.tail(1)[0]).toContain('19999 refresh failed');
  });

  it('keeps one entry per line, whatever the message holds, and caps long messages', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'anjungan-log-'));
    const log = new RotatingLog({ dir, now: () => new Date('2025-07-01T00:00:00Z') });
    log.write('first\nFAKE 2025-01-01 INFO admin logged in\r\u0000', 'warn');
    log.write('y'.repeat(10_000));
    const lines = readFileSync(log.file, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('2025-07-01T00:00:00.000Z WARN first FAKE 2025-01-01 INFO admin logged in ');
    expect((lines[1] ?? '').length).toBeLessThan(2100);
    expect(oneLine('a\tb')).toBe('a b');
  });

  it('tails across a rotation and continues an existing file after a restart', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'anjungan-log-'));
    const first = new RotatingLog({ dir, maxBytes: 4096, keep: 3 });
    for (let index = 0; index < 100; index += 1) first.write(`line ${index} ${'z'.repeat(100)}`);
    const second = new RotatingLog({ dir, maxBytes: 4096, keep: 3 });
    second.write('after restart');
    const tail = second.tail(40);
    expect(tail).toHaveLength(40);
    expect(tail.at(-1)).toContain('after restart');
    expect(tail.at(-2)).toContain('line 99');
    expect(dirSize(dir)).toBeLessThanOrEqual(3 * 4096);
  });

  it('never throws when the disk refuses a write', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'anjungan-log-'));
    const log = new RotatingLog({ dir, fileName: 'sub/missing/anjungan.log' });
    expect(() => log.write('lost')).not.toThrow();
    expect(log.tail(5)).toEqual([]);
  });
});
