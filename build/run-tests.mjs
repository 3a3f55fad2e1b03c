// `npm test`: typecheck, lint, unit tests (Vitest) and end-to-end tests (Playwright),
// every stage run even when an earlier one fails, so one run tells the whole story.
// It ends with one line "N passed, N failed" summing every runner (typecheck and lint
// count as one check each) and exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const reportDir = path.resolve('test-results');
mkdirSync(reportDir, { recursive: true });
const vitestReport = path.join(reportDir, 'vitest.json');
const playwrightReport = path.join(reportDir, 'playwright.json');
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' });
  return result.status === 0;
}

function check(label, ok) {
  if (ok) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(label);
  }
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

check('typecheck', run('typecheck', 'npx', ['tsc', '-b']));
check('lint', run('lint', 'npx', ['eslint', '--max-warnings', '0', '.']));

// Build first: some unit tests check what the build produced (no inline script, the packaged snapshot).
const buildOk = run('build', 'npm', ['run', 'build']);

rmSync(vitestReport, { force: true });
const unitOk = run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
const vitest = readJson(vitestReport);
if (vitest) {
  totals.passed += vitest.numPassedTests ?? 0;
  totals.failed += vitest.numFailedTests ?? 0;
  totals.skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
  if (!unitOk && (vitest.numFailedTests ?? 0) === 0) check('unit tests (suite errors)', false);
  else if (!unitOk) failures.push('unit tests');
} else check('unit tests (no report)', unitOk);

if (!buildOk) check('build', false);
else {
  rmSync(playwrightReport, { force: true });
  const e2eOk = run('end-to-end tests', 'npx', ['playwright', 'test', '--project=landscape', '--project=portrait', '--project=electron'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
  });
  const report = existsSync(playwrightReport) ? readJson(playwrightReport) : null;
  if (report?.stats) {
    totals.passed += (report.stats.expected ?? 0) + (report.stats.flaky ?? 0);
    totals.failed += report.stats.unexpected ?? 0;
    totals.skipped += report.stats.skipped ?? 0;
    if (!e2eOk && (report.stats.unexpected ?? 0) === 0) check('end-to-end tests (run errors)', false);
    else if (!e2eOk) failures.push('end-to-end tests');
  } else check('end-to-end tests (no report)', e2eOk);
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || failures.length > 0 ? 1 : 0);
