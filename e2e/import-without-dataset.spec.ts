import type { Page, Route } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * A view loads what it shows: the import view, and the deck on an imported file, do not need the published
 * data/dataset.json, so they work when that file fails; the views that show it keep their specific error.
 */

const DATA = '**/data/dataset.json';

// Invented test figures: an e2e fixture only, never shown as real statistics.
const CSV = [
  '省份,年份,发文数,发文计划数,会议数,会议计划数',
  '甘肃,2023,120,150,80,100',
  '甘肃,2024,90,150,60,100',
  '湖北,2023,200,220,90,110',
  '湖北,2024,150,220,70,110',
].join('\r\n');

const FAILURES: [string, (route: Route) => Promise<void>][] = [
  ['HTTP 500', (route) => route.fulfill({ status: 500, body: 'server error' })],
  [
    'broken JSON',
    (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"version": 1,' }),
  ],
];

const deck = (page: Page) => page.getByRole('region', { name: '幻灯片', exact: true });

async function importCsv(page: Page) {
  await page.getByLabel('选择文件').setInputFiles({
    name: 'gansu-hubei.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(CSV, 'utf8'),
  });
  await expect(page.getByTestId('import-preview')).toBeVisible();
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByTestId('stats-dashboard')).toBeVisible();
}

test.describe('when data/dataset.json fails to load', () => {
  test.use({ allowConsoleErrors: true });

  for (const [failure, fail] of FAILURES) {
    test(`${failure}: the import view takes a CSV and shows its figures`, async ({ page }) => {
      let requested = false;
      await page.route(DATA, (route) => {
        requested = true;
        return fail(route);
      });
      await page.goto('import.html');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('统计数据');
      // The import view does not show the published dataset, so it shows no error about it.
      await expect(page.getByText('数据集「data/dataset.json」未能加载')).toHaveCount(0);
      await importCsv(page);
      expect(requested).toBe(true);
      // Share of plan = actual / plan from the file: 湖北 150/220 = 68.2%, 甘肃 90/150 = 60%.
      await expect(page.getByTestId('stats-dashboard')).toContainText(
        '最高的是湖北（68.2%），最低的是甘肃（60%）',
      );
      await expect(page.getByTestId('dataset-item')).toHaveCount(1);

      // The article views still say exactly what is wrong with the file they show.
      await page.getByRole('link', { name: '总览', exact: true }).click();
      await expect(page.getByRole('alert')).toContainText('数据集「data/dataset.json」未能加载');
      await expect(page.getByRole('alert')).toContainText(
        failure === 'HTTP 500' ? 'HTTP 500' : '不是有效的 JSON',
      );
    });
  }

  test('the deck on an imported file works; the published deck shows the file’s error', async ({ page }) => {
    await page.route(DATA, FAILURES[0]![1]);
    await page.goto('import.html');
    await importCsv(page);
    await page.getByRole('link', { name: '在汇报模式中展示' }).click();
    await expect(page).toHaveURL(/present\.html\?(.*&)?dataset=[\w-]+/);
    await expect(page.getByTestId('slide-counter')).toHaveText('1 / 6');
    await expect(deck(page).getByRole('heading', { level: 2 })).toHaveText('gansu-hubei');
    await expect(deck(page)).toContainText('覆盖：2023年至2024年，2个省份');
    await deck(page).focus();
    await page.keyboard.press('PageDown');
    await expect(deck(page).getByTestId('slide-conclusion')).toContainText(
      '最高的是湖北（68.2%），最低的是甘肃（60%）',
    );
    await expect(page.getByRole('alert')).toHaveCount(0);

    // Choosing the published data for the deck shows that file's specific error, and the way back.
    const source = page.getByTestId('deck-source').getByRole('combobox', { name: '汇报数据' });
    await source.selectOption({ index: 0 });
    await expect(page.getByRole('alert')).toContainText('数据集「data/dataset.json」未能加载');
    await expect(page.getByRole('alert')).toContainText('HTTP 500');
    await source.selectOption({ index: 1 });
    await expect(page.getByTestId('slide-counter')).toHaveText('1 / 6');
  });
});
