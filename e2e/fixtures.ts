import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every test fails on a console error or an uncaught exception, unless it declares that errors are
 * expected (`test.use({ allowConsoleErrors: true })`, for tests that break the network on purpose).
 */
export const test = base.extend<{ allowConsoleErrors: boolean; consoleErrors: string[] }>({
  allowConsoleErrors: [false, { option: true }],
  consoleErrors: [
    async ({ page, allowConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(err.message));
      await use(errors);
      if (!allowConsoleErrors) expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the dashboard and waits until the charts are drawn. */
export async function openOverview(page: Page, path = './') {
  await page.goto(path);
  await expect(page.getByTestId('headline-card').first()).toBeVisible();
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
}

/**
 * Holds the app's code back until the returned function is called: the page stays as the build drew it,
 * and whatever the reader does meanwhile happens before React is on the page at all.
 */
export async function holdAppCode(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/start-[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/**
 * The deck is presenting (covering the window, full screen where allowed). Asked of the deck itself, not of
 * the pill's 退出演示 button: the pill hides after a few seconds without pointer movement, so a slow
 * machine would see a running talk as ended.
 */
export async function expectPresenting(page: Page, presenting = true) {
  const deck = page.getByRole('region', { name: '幻灯片', exact: true });
  if (presenting) await expect(deck).toHaveAttribute('data-presenting', 'true');
  else await expect(deck).not.toHaveAttribute('data-presenting');
}

/**
 * Clicks 退出演示 on the running deck. The pill that holds it fades after a few seconds without pointer
 * movement, so the pointer moves first, as a presenter's hand would.
 */
export async function clickExit(page: Page) {
  await page.mouse.move(200, 200);
  await page.mouse.move(220, 210);
  await page.getByRole('button', { name: '退出演示' }).click();
}
