// node scripts/screenshot.mjs [path] [out-prefix]: screenshots of the built app at projector, laptop and phone sizes (SCREENSHOT_PORT, default 4392).
// Serves dist/ with vite preview; used for the README images and for looking at what we build.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.SCREENSHOT_PORT ?? 4392);
const target = process.argv[2] ?? '';
const out = process.argv[3] ?? 'docs/overview';
const sizes = [
  { name: '1920', width: 1920, height: 1080 },
  { name: '1366', width: 1366, height: 768 },
  { name: '390', width: 390, height: 844 },
];

const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  {
    stdio: 'ignore',
    detached: true,
  },
);
try {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  mkdirSync(out.split('/').slice(0, -1).join('/') || '.', { recursive: true });
  for (const size of sizes) {
    const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
    await page.goto(`http://127.0.0.1:${PORT}/${target}`);
    await page.locator('.recharts-surface').first().waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}-${size.name}.png` });
    await page.screenshot({ path: `${out}-${size.name}-full.png`, fullPage: true });
    await page.close();
  }
  await browser.close();
} finally {
  process.kill(-server.pid);
}
