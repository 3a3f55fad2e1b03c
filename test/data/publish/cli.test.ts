import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { privateKeyFileName, publicKeyFileName, runBuildCommand, runKeygenCommand, runServeCommand, runVerifyCommand, type Output } from '../../../data/publish/cli.js';
import { exampleDir, tempDir } from '../../fixtures/publication/publication-fixture.js';

function capture(): Output & { lines: () => string } {
  const lines: string[] = [];
  return { out: (line) => lines.push(line), err: (line) => lines.push(line), lines: () => lines.join('\n') };
}

function setUp() {
  const keys = tempDir('keys');
  const output = capture();
  return { keys, output, keyFile: path.join(keys, privateKeyFileName), publicKeyFile: path.join(keys, publicKeyFileName) };
}

describe('publisher CLI', () => {
  it('keygen writes a key pair and will not silently replace it', async () => {
    const { keys, output, keyFile, publicKeyFile } = setUp();
    expect(await runKeygenCommand(['--out', keys], output)).toBe(0);
    expect(readFileSync(keyFile, 'utf8')).toMatch(/BEGIN PRIVATE KEY/);
    expect(readFileSync(publicKeyFile, 'utf8').trim()).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    const again = capture();
    expect(await runKeygenCommand(['--out', keys], again)).toBe(1);
    expect(again.lines()).toMatch(/exists.*--force/);
  });

  it('builds the example folder, numbers versions upward and verifies what it built', async () => {
    const { keys, output, keyFile, publicKeyFile } = setUp();
    await runKeygenCommand(['--out', keys], capture());
    const out = tempDir('publication');
    expect(await runBuildCommand(['--in', exampleDir, '--out', out, '--key', keyFile], output)).toBe(0);
    expect(output.lines()).toMatch(/build: version 2 of 35\.10 \(data as of 2025-06-30, 40 observations\)/);
    expect(await runBuildCommand(['--in', exampleDir, '--out', out, '--key', keyFile], output)).toBe(0);
    expect(JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'))).toMatchObject({ datasetVersion: 3, rootCode: '35.10' });
    expect(existsSync(path.join(out, 'v2'))).toBe(true);

    const replay = capture();
    expect(await runBuildCommand(['--in', exampleDir, '--out', out, '--key', keyFile, '--version', '3'], replay)).toBe(1);
    expect(replay.lines()).toMatch(/Version 3 is not higher than version 3/);

    const verified = capture();
    expect(await runVerifyCommand([out, '--public-key-file', publicKeyFile], verified)).toBe(0);
    expect(verified.lines()).toMatch(/verify: OK: version 3 of 35\.10, data as of 2025-06-30, 40 observations, expires in (89|90) days/);

    const foreign = setUp();
    await runKeygenCommand(['--out', foreign.keys], capture());
    const wrongKey = capture();
    expect(await runVerifyCommand([out, '--public-key-file', foreign.publicKeyFile], wrongKey)).toBe(1);
    expect(wrongKey.lines()).toMatch(/bad_signature/);

    const damaged = path.join(out, 'v3', 'points.csv.gz');
    const bytes = readFileSync(damaged);
    bytes[bytes.length - 5] = (bytes[bytes.length - 5] ?? 0) ^ 1;
    writeFileSync(damaged, bytes);
    const tampered = capture();
    expect(await runVerifyCommand([out, '--public-key-file', publicKeyFile], tampered)).toBe(1);
    expect(tampered.lines()).toMatch(/hash_mismatch: points\.csv does not match the manifest/);
  });

  it('refuses a folder with bad rows, naming file, line and column, and publishes nothing', async () => {
    const { keys, output, keyFile } = setUp();
    await runKeygenCommand(['--out', keys], capture());
    const input = path.join(tempDir('bad-input'), 'data');
    cpSync(exampleDir, input, { recursive: true });
    const observations = path.join(input, 'observations.csv');
    writeFileSync(observations, `${readFileSync(observations, 'utf8')}penduduk,35.10.07.2001,2025,"1.234,5",,,\nstunting,35.10.99.9999,2025,12,,,\n`);
    writeFileSync(path.join(input, 'observasi.csv'), 'x\n');
    const out = tempDir('bad-publication');
    expect(await runBuildCommand(['--in', input, '--out', out, '--key', keyFile], output)).toBe(1);
    expect(output.lines()).toMatch(/observasi\.csv \[file\] is not a dataset file/);
    expect(existsSync(path.join(out, 'manifest.json'))).toBe(false);

    const second = capture();
    writeFileSync(path.join(input, 'observasi.csv'), '');
    cpSync(path.join(input, 'observasi.csv'), path.join(input, 'notes.txt'));
    const { rmSync } = await import('node:fs');
    rmSync(path.join(input, 'observasi.csv'));
    expect(await runBuildCommand(['--in', input, '--out', out, '--key', keyFile], second)).toBe(1);
    expect(second.lines()).toMatch(/observations\.csv:42 \[value\] must be a number .*got "1\.234,5"/);
    expect(second.lines()).toMatch(/nothing was published/);
    expect(existsSync(path.join(out, 'manifest.json'))).toBe(false);
  });

  it('explains bad arguments instead of failing obscurely', async () => {
    for (const [run, argv, says] of [
      [runBuildCommand, ['--in', exampleDir], /--in, --out and --key are required/],
      [runBuildCommand, ['--in', exampleDir, '--out', tempDir('x'), '--key', 'k', '--version', 'two'], /--version must be a positive whole number/],
      [runBuildCommand, ['--in', exampleDir, '--out', tempDir('x'), '--key', '/nonexistent/key.pem'], /build: .*no such file/i],
      [runVerifyCommand, [tempDir('empty')], /a folder or URL and a public key are required/],
      [runServeCommand, [tempDir('empty'), '--port', '99999'], /a folder and a valid port are required/],
      [runServeCommand, [tempDir('empty')], /has no manifest\.json/],
      [runKeygenCommand, ['--bogus'], /Unknown option/],
    ] as const) {
      const output = capture();
      expect(await run([...argv], output)).toBe(1);
      expect(output.lines()).toMatch(says);
    }
  });
});
