import { test, expect, openOverview } from './fixtures';

test('the language switch changes every text and the choice survives a reload', async ({ page }) => {
  await openOverview(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByLabel('界面语言').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  const card = page.getByRole('article', { name: 'Provinces · documents' });
  await expect(card).toContainText('down year on year');
  await expect(card).toContainText('Data to the end of November 2020');
  await expect(page.getByRole('figure', { name: 'Accountability and survey' })).toContainText('69K');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  await page.getByLabel('Interface language').selectOption('zh-CN');
  await expect(page.getByRole('heading', { name: '总览', level: 1 })).toBeVisible();
});
