import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/e2e/chromium';

const PORT = Number(process.env.E2E_PORT ?? 4319);
const SITE = process.env.E2E_SITE ?? '.e2e-site';
const CI = Boolean(process.env.CI);
// Screenshot-only tests: run by `npm test` too, as a project of their own, apart from the assertions.
const SCREENSHOTS = /screenshots\.spec\.ts$/;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: process.env.E2E_RESULTS ?? 'test-results',
  fullyParallel: false,
  // Each worker drives a Chromium that renders on the CPU (no GPU), beside the server and the runner:
  // one in CI, and never more than half the cores elsewhere.
  workers: CI ? 1 : Math.max(1, Math.floor(availableParallelism() / 2)),
  // One retry in CI, with a trace kept for it; a test that passes only on its retry fails the run.
  retries: CI ? 1 : 0,
  failOnFlakyTests: CI,
  forbidOnly: CI,
  reporter: [['list'], ['html', { open: 'never', outputFolder: process.env.E2E_REPORT ?? 'playwright-report' }]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1920, height: 1080 },
    locale: 'zh-CN',
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'chromium', testIgnore: SCREENSHOTS },
    { name: 'screenshots', testMatch: SCREENSHOTS },
  ],
  webServer: {
    // The production build, served with the mock API over real HTTP, as a deployer would run it.
    command: `tsx tests/e2e/prepare-site.ts && tsx mock/server.ts --static ${SITE} --port ${PORT} --faults`,
    url: `http://127.0.0.1:${PORT}/api/v1/meta`,
    reuseExistingServer: !CI,
    timeout: 60_000,
    stdout: 'pipe',
  },
});
