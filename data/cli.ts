import { runBuildCommand, runKeygenCommand, runServeCommand, runVerifyCommand } from './publish/cli.js';
import { runSnapshotCommand } from './snapshot/cli-snapshot.js';

/**
 * `npm run snapshot` and `npm run dataset -- <command>`: the data tools for IT staff.
 * Bundled to dist/cli.mjs.
 */
const commands: Record<string, { summary: string; run: (argv: string[]) => Promise<number> }> = {
  snapshot: { summary: 'build the bundled default dataset into dist/snapshot/default.sqlite', run: runSnapshotCommand },
  keygen: { summary: 'create the Ed25519 key pair that signs publications', run: runKeygenCommand },
  build: { summary: 'build a signed publication from a folder of CSV files', run: runBuildCommand },
  verify: { summary: 'check a publication (folder or URL) exactly as a kiosk would', run: runVerifyCommand },
  serve: { summary: 'serve a publication folder over HTTP for kiosks', run: runServeCommand },
};

function usage(): string {
  const lines = Object.entries(commands).map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`);
  return ['Usage: npm run dataset -- <command> [options]', '', 'Commands:', ...lines].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help') {
    console.log(usage());
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${usage()}`);
    return 1;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
