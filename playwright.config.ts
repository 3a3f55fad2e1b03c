import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * End-to-end tests run in Debian's Chromium (never a downloaded browser) against the
 * real web transport: `node dist/web.mjs` with real SQLite, started fresh per run on
 * its own port and data folder. Electron tests (test/e2e/electron/) skip themselves
 * where no Electron binary exists.
 */
const port = Number(process.env.E2E_PORT ?? 5199);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const dataDir = `.cache/e2e-data-${port}`;

const launchOptions = {
  ...(existsSync(chromium) ? { executablePath: chromium } : {}),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

const touch = { hasTouch: true, isMobile: false, launchOptions };

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  },
  projects: [
    {
      name: 'landscape',
      testIgnore: ['**/screenshots.spec.ts', '**/electron/**', '**/portrait/**'],
      use: { ...devices['Desktop Chrome'], ...touch, viewport: { width: 1920, height: 1080 } },
    },
    {
      name: 'portrait',
      testMatch: ['**/portrait/**/*.spec.ts'],
      use: { ...devices['Desktop Chrome'], ...touch, viewport: { width: 1080, height: 1920 } },
    },
    {
      name: 'electron',
      testMatch: ['**/electron/**/*.spec.ts'],
    },
    {
      name: 'screenshots',
      testMatch: ['**/screenshots.spec.ts'],
      use: { ...devices['Desktop Chrome'], ...touch },
    },
  ],
  webServer: {
    command: `rm -rf ${dataDir} && node dist/web.mjs`,
    url: `http://127.0.0.1:${port}/api/events`.replace('/api/events', '/'),
    reuseExistingServer: false,
    timeout: 60_000,
    env: { PORT: String(port), ANJUNGAN_DATA_DIR: dataDir },
    stdout: 'pipe',
  },
});
