import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { RefreshFault } from '../service/faults.js';
import { generateSigningKeys, loadPrivateKey, publicKeyOf } from '../service/signing.js';
import { DatasetRejectedError } from '../snapshot/index.js';
import { buildPublication } from './build-publication.js';
import { createProgress, type Progress } from './progress.js';
import { startPublicationServer } from './serve.js';
import { verifyPublication } from './verify-publication.js';

/**
 * The publisher's commands for IT staff: keygen, build, verify, serve. Each returns an
 * exit code; a refused dataset or publication prints plain problems, never a stack trace.
 */
export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleOutput: Output = { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) };

export const privateKeyFileName = 'anjungan-signing-key.pem';
export const publicKeyFileName = 'anjungan-public-key.txt';

export const usages = {
  keygen: `Usage: keygen [--out DIR] [--force]
  Creates an Ed25519 signing key pair in DIR (default: current folder):
    ${privateKeyFileName}  the private key: keep it secret and backed up; it signs publications
    ${publicKeyFileName}   the public key: put it in every kiosk's config.json as "publicKey"`,
  build: `Usage: build --in DIR --out DIR --key FILE [--version N] [--expires-days N] [--no-gzip] [--skip-trial-build]
  Builds a signed publication from a folder of CSV files (templates: data/publish/TEMPLATES.md,
  example: data/publish/example). The version defaults to one above the one already in --out.
  --expires-days  days until kiosks stop accepting it (default 90); publish again before then`,
  verify: `Usage: verify <DIR|URL> (--public-key KEY | --public-key-file FILE)
  Checks a publication as a kiosk would: signature, expiry, every file's size and SHA-256, and a trial build.`,
  serve: `Usage: serve <DIR> [--port N] [--host ADDRESS]
  Serves a publication folder over HTTP (default 127.0.0.1:8080; --host 0.0.0.0 for the local network).`,
};

type Values = Record<string, string | boolean | undefined>;

function parse(argv: string[], options: ParseArgsConfig['options'], usage: string, output: Output): { values: Values; positionals: string[] } | null {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    if (values.help) {
      output.out(usage);
      return null;
    }
    return { values: values as Values, positionals };
  } catch (error) {
    output.err(`${(error as Error).message}\n${usage}`);
    return null;
  }
}

/** Progress on stderr for people; through `output` (plain lines) when a caller captures it. */
function progressFor(label: string, output: Output): Progress {
  return output === consoleOutput ? createProgress(label) : createProgress(label, { write: (text) => output.err(text.replace(/\n$/, '')), isTTY: false });
}

function report(command: string, error: unknown, output: Output): number {
  if (error instanceof DatasetRejectedError) output.err(`${command}: ${error.message}\n${command}: nothing was published.`);
  else if (error instanceof RefreshFault) output.err(`${command}: ${error.kind}: ${error.message}`);
  else output.err(`${command}: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
}

export async function runKeygenCommand(argv: string[], output: Output = consoleOutput): Promise<number> {
  const args = parse(argv, { out: { type: 'string' }, force: { type: 'boolean' } }, usages.keygen, output);
  if (!args) return argv.includes('--help') || argv.includes('-h') ? 0 : 1;
  const dir = path.resolve(String(args.values.out ?? '.'));
  const privateFile = path.join(dir, privateKeyFileName);
  if (existsSync(privateFile) && !args.values.force) {
    output.err(`keygen: ${privateFile} exists. Kiosks configured with its public key would refuse publications signed by a new key; pass --force to replace it anyway.`);
    return 1;
  }
  mkdirSync(dir, { recursive: true });
  const keys = generateSigningKeys();
  writeFileSync(privateFile, keys.privateKeyPem, { mode: 0o600 });
  writeFileSync(path.join(dir, publicKeyFileName), `${keys.publicKey}\n`);
  output.out(`keygen: wrote ${privateFile} (secret) and ${path.join(dir, publicKeyFileName)}`);
  output.out(`keygen: put this in each kiosk's config.json:  "publicKey": "${keys.publicKey}"`);
  return 0;
}

export async function runBuildCommand(argv: string[], output: Output = consoleOutput): Promise<number> {
  const args = parse(argv, {
    in: { type: 'string' }, out: { type: 'string' }, key: { type: 'string' }, version: { type: 'string' },
    'expires-days': { type: 'string' }, 'no-gzip': { type: 'boolean' }, 'skip-trial-build': { type: 'boolean' },
  }, usages.build, output);
  if (!args) return argv.includes('--help') || argv.includes('-h') ? 0 : 1;
  const { values } = args;
  if (typeof values.in !== 'string' || typeof values.out !== 'string' || typeof values.key !== 'string') {
    output.err(`build: --in, --out and --key are required.\n${usages.build}`);
    return 1;
  }
  const version = values.version === undefined ? undefined : Number(values.version);
  if (version !== undefined && !(Number.isInteger(version) && version > 0)) return report('build', new Error(`--version must be a positive whole number, not "${String(values.version)}".`), output);
  const expiresInDays = values['expires-days'] === undefined ? 90 : Number(values['expires-days']);
  if (!(Number.isInteger(expiresInDays) && expiresInDays >= 1 && expiresInDays <= 3650)) return report('build', new Error('--expires-days must be a whole number from 1 to 3650.'), output);
  try {
    const privateKey = loadPrivateKey(readFileSync(path.resolve(values.key), 'utf8'));
    const result = await buildPublication({
      inputDir: path.resolve(values.in),
      outDir: path.resolve(values.out),
      privateKey,
      ...(version !== undefined ? { version } : {}),
      expiresInDays,
      gzip: !values['no-gzip'],
      trialBuild: !values['skip-trial-build'],
      progress: progressFor('build', output),
    });
    const { manifest } = result;
    output.out(`build: version ${manifest.datasetVersion} of ${manifest.rootCode} (data as of ${manifest.dataAsOf}, ${result.observations} observations) signed with key ${publicKeyOf(privateKey)}; expires ${manifest.expiresAt}.`);
    output.out(`build: upload the whole of ${path.resolve(values.out)} to the data service (the v${manifest.datasetVersion}/ folder before manifest.sig and manifest.json).`);
    return 0;
  } catch (error) {
    return report('build', error, output);
  }
}

export async function runVerifyCommand(argv: string[], output: Output = consoleOutput): Promise<number> {
  const args = parse(argv, { 'public-key': { type: 'string' }, 'public-key-file': { type: 'string' } }, usages.verify, output);
  if (!args) return argv.includes('--help') || argv.includes('-h') ? 0 : 1;
  const source = args.positionals[0];
  const keyFile = args.values['public-key-file'];
  const publicKey = typeof keyFile === 'string' ? safeRead(keyFile) : args.values['public-key'];
  if (!source || typeof publicKey !== 'string') {
    output.err(`verify: a folder or URL and a public key are required.\n${usages.verify}`);
    return 1;
  }
  try {
    const result = await verifyPublication({ source: /^https?:/i.test(source) ? source : path.resolve(source), publicKey: publicKey.trim(), progress: progressFor('verify', output) });
    const { manifest } = result;
    output.out(`verify: OK: version ${manifest.datasetVersion} of ${manifest.rootCode}, data as of ${manifest.dataAsOf}, ${result.observations} observations, expires in ${result.daysUntilExpiry} days.`);
    if (result.daysUntilExpiry < 14) output.out('verify: warning: it expires within two weeks; build and publish it again soon.');
    return 0;
  } catch (error) {
    return report('verify', error, output);
  }
}

function safeRead(file: string): string | undefined {
  try {
    return readFileSync(path.resolve(file), 'utf8');
  } catch {
    return undefined;
  }
}

export async function runServeCommand(argv: string[], output: Output = consoleOutput): Promise<number> {
  const args = parse(argv, { port: { type: 'string' }, host: { type: 'string' } }, usages.serve, output);
  if (!args) return argv.includes('--help') || argv.includes('-h') ? 0 : 1;
  const dir = args.positionals[0];
  const port = Number(args.values.port ?? 8080);
  if (!dir || !(Number.isInteger(port) && port > 0 && port < 65536)) {
    output.err(`serve: a folder and a valid port are required.\n${usages.serve}`);
    return 1;
  }
  try {
    const server = await startPublicationServer(path.resolve(dir), { port, host: String(args.values.host ?? '127.0.0.1') });
    output.out(`serve: ${path.resolve(dir)} at ${server.url} (Ctrl+C stops). Kiosks: "dataServiceUrl": "${server.url}"`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await server.close();
    return 0;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return report('serve', code === 'EADDRINUSE' ? new Error(`port ${port} is in use; pick another with --port.`) : error, output);
  }
}
