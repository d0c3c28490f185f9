import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

const DATA = '**/data/dataset.json';

async function expectAlert(page: Page, text: RegExp | string) {
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('数据集「data/dataset.json」未能加载');
  await expect(alert).toContainText(text);
  await expect(alert.getByRole('button', { name: '重试' })).toBeVisible();
  // The rest of the app keeps working: the language switch still answers.
  await page.getByLabel('界面语言').selectOption('en');
  await expect(page.getByRole('alert')).toContainText('could not be loaded');
}

test.describe('a dataset that fails to load', () => {
  test.use({ allowConsoleErrors: true });

  test('network error', async ({ page }) => {
    await page.route(DATA, (route) => route.abort('internetdisconnected'));
    await page.goto('./');
    await expectAlert(page, '网络请求失败');
  });

  test('404', async ({ page }) => {
    await page.route(DATA, (route) => route.fulfill({ status: 404, body: 'not here' }));
    await page.goto('./');
    await expectAlert(page, 'HTTP 404');
  });

  test('malformed JSON', async ({ page }) => {
    await page.route(DATA, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"version": 1,' }),
    );
    await page.goto('./');
    await expectAlert(page, '不是有效的 JSON');
  });

  test('schema mismatch names the bad field', async ({ page }) => {
    await page.route(DATA, async (route) => {
      const response = await route.fetch();
      const json = await response.json();
      json.observations[2].value = 'many';
      await route.fulfill({ response, json });
    });
    await page.goto('./');
    await expectAlert(page, 'observations[2].value');
  });

  test('retry recovers once the file is back', async ({ page }) => {
    let fail = true;
    await page.route(DATA, (route) => (fail ? route.fulfill({ status: 503, body: '' }) : route.fallback()));
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('HTTP 503');
    fail = false;
    await page.getByRole('button', { name: '重试' }).click();
    await expect(page.getByTestId('headline-card')).toHaveCount(5);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test.describe("the app's code fails to load", () => {
  test.use({ allowConsoleErrors: true });

  test('a link that asks for a filter still shows the page as drawn instead of a blank one', async ({
    page,
  }) => {
    await page.route('**/assets/index-*.js', (route) => route.abort('internetdisconnected'));
    await page.goto('data.html?province=620000');
    // The page was hidden until the app showed the asked filter; with no app it shows what was drawn.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('#root')).toHaveCSS('visibility', 'visible');
  });
});
