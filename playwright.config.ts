import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

/**
 * Browser tests run against the built site served under a GitHub Pages-like sub-path, so
 * base-path bugs surface. `npm run build:test` builds it; `astro preview` honours the base.
 * Where Playwright cannot download its own browser (CI here), Debian's Chromium is used
 * (scripts/chromium.mjs).
 */
export const BASE_PATH = '/python-backend-roadmap/';
/** `PW_PORT` lets a second checkout run its tests beside this one. */
const PORT = Number(process.env['PW_PORT'] ?? 4399);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  ...(process.env['CI'] ? { workers: 2 } : {}),
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    trace: 'off',
    // The service worker precaches the whole site on a first visit: only the offline tests
    // (pwa.spec.ts) let it run, so that other tests stay fast and independent.
    serviceWorkers: 'block',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${PORT} --base ${BASE_PATH}`,
    url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
