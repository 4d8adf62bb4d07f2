import path from 'node:path';
import { defineConfig } from '@playwright/test';

export const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://127.0.0.1:${PORT}`;
export const QUICK_EXIT_URL = `${BASE_URL}/__exit-test`;

// A fresh database and outbox per run. Set once in the runner's environment, so that worker
// processes (which load this file again) see the same folder.
process.env.HEARTH_E2E_DATA_DIR ??= path.join(import.meta.dirname, 'e2e/.artifacts', `data-${Date.now()}`);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'e2e/.artifacts/test-results',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: BASE_URL,
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'chromium', testIgnore: /throttle\.spec\.ts/ },
    // Runs last: it trips the per-address sign-in throttle, which would slow every other sign-in.
    { name: 'throttle', testMatch: /throttle\.spec\.ts/, dependencies: ['chromium'] },
  ],
  webServer: {
    // Builds the web app when it is older than its sources, then serves it.
    command: 'npm start',
    url: `${BASE_URL}/healthz`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
    // No NODE_ENV here: `npm start` may build the web app, and Vite would make a development build.
    env: {
      PORT: String(PORT),
      BASE_URL,
      HEARTH_DATA_DIR: process.env.HEARTH_E2E_DATA_DIR,
      HEARTH_RATE_LIMIT: 'off',
      HEARTH_DEV_OUTBOX: 'on',
      LOG_LEVEL: 'warn',
      QUICK_EXIT_URL,
    },
  },
});
