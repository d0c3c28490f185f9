import { test, expect, openOverview } from './fixtures';

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('once loaded, the app and its bundled data reload without a network', async ({ page, context }) => {
    await openOverview(page);
    // The service worker registers after load and precaches the app, its view pages and datasets.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.state;
    });
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('article', { name: '各省区市 · 文件数量' })).toContainText('27.7%');
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    // Another view, with filters in its query, is served from the cache too.
    await page.goto('timeline.html?year=2020');
    await expect(
      page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '减负进行时' }),
    ).toHaveAttribute('aria-current', 'page');
    await context.setOffline(false);
  });
});
