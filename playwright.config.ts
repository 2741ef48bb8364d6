import { defineConfig } from '@playwright/test';
import { cpus } from 'node:os';

export default defineConfig({
  testDir: './tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  // Each worker owns one browser; on 2 cores two browsers only fight for the CPU.
  workers: cpus().length <= 2 ? 1 : 2,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 7_000 },
  reporter: 'list',
  use: { trace: 'off', screenshot: 'off' },
  // No `channel` and no `npx playwright install`: the fixtures launch the system's browsers.
  projects: [
    { name: 'chromium', testDir: './tests/e2e/chromium' },
    { name: 'firefox', testDir: './tests/e2e/firefox' },
  ],
});
