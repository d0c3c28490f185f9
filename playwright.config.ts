import { existsSync } from 'node:fs';
import { defineConfig, devices, chromium } from '@playwright/test';

/**
 * Playwright's own browser download does not work on our machines: use Debian's Chromium at
 * /usr/bin/chromium whenever Playwright's bundled browser is absent.
 */
function executablePath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // No bundled browser registered: fall through to the system one.
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

const PORT = Number(process.env.E2E_PORT ?? 4317);
export const SUBPATH_PORT = PORT + 1;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // One retry on CI only, so a 2-core machine's hiccup does not throw away a whole run; a test that needed
  // it is still reported by name as flaky in the closing summary (scripts/test-summary.mjs), to be fixed.
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // Assertions wait for what the user would see; on a loaded 2-core machine a page can take longer than
  // Playwright's 5 s default to answer, which is slowness, not a wrong answer. Nothing here is timed.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    // Route interception cannot see requests a service worker answers; the offline test allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: executablePath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 768 } } },
  ],
  // Tests run against the production build, served the way a static host would serve it: at the root,
  // and under a sub-path as an intranet host would (the build's asset URLs are relative).
  webServer: [
    {
      command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx vite preview --port ${SUBPATH_PORT} --strictPort --host 127.0.0.1 --base /jianfu/`,
      url: `http://127.0.0.1:${SUBPATH_PORT}/jianfu/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
