import { test, expect, openOverview } from './fixtures';
import { SUBPATH_PORT } from '../playwright.config';

test('the build works when served from a sub-path', async ({ page }) => {
  await openOverview(page, `http://127.0.0.1:${SUBPATH_PORT}/jianfu/`);
  await expect(page.getByRole('article', { name: '各省区市 · 文件数量' })).toContainText('27.7%');
});

test.describe('security', () => {
  // The refused inline script is logged as a console error on purpose.
  test.use({ allowConsoleErrors: true });

  test('the Content-Security-Policy allows no inline script and no eval', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
    });
    await openOverview(page);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    const scriptSrc = /script-src ([^;]+)/.exec(csp ?? '')?.[1] ?? '';
    expect(scriptSrc.trim()).toBe("'self'");
    expect(csp).toContain("object-src 'none'");
    // An inline script is refused by the page's own policy.
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.head.append(s);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    expect(violations.length).toBeGreaterThan(0);
  });
});
