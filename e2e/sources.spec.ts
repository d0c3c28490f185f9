import { test, expect, openOverview } from './fixtures';

test.describe('sources', () => {
  test('clicking a headline figure opens its article, date and quote with the figure marked', async ({
    page,
  }) => {
    await openOverview(page);
    await page
      .getByRole('article', { name: '各省区市 · 文件数量' })
      .getByRole('button', { name: /27\.7%/ })
      .click();
    const dialog = page.getByRole('dialog', { name: '数据来源' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('整治形式主义为基层减负重点做了5方面工作');
    await expect(dialog).toContainText('人民日报');
    await expect(dialog.locator('blockquote')).toContainText('同比下降27.7%和29.5%');
    const marks = dialog.locator('blockquote mark');
    await expect(marks).toHaveText(['77.4', '27.7']);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('a figure opens its source from the keyboard alone', async ({ page }) => {
    await openOverview(page);
    const chip = page
      .getByRole('figure', { name: '发文、开会数量占全年计划的比例' })
      .getByRole('button', { name: /40\.8%/ });
    await chip.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '数据来源' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('blockquote mark').first()).toHaveText('40.8');
    // Focus is inside the dialog, and it closes with the keyboard.
    await expect(dialog.getByRole('button', { name: '关闭' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
  });

  test('a bar in a chart opens its source on click', async ({ page }) => {
    await openOverview(page);
    const plan = page.getByRole('figure', { name: '发文、开会数量占全年计划的比例' });
    // The first bar, drawn at build time or live: a path filled with a series colour.
    await plan.locator('svg path[fill^="var(--chart-"]').first().click();
    await expect(page.getByRole('dialog', { name: '数据来源' })).toContainText('77.4');
  });

  test('the inconsistent datum shows the stated and the computed figure in its source', async ({ page }) => {
    await openOverview(page);
    await page.getByTestId('reduction-item').filter({ hasText: '822' }).getByRole('button').click();
    const dialog = page.getByRole('dialog', { name: '数据来源' });
    await expect(dialog.getByRole('note')).toContainText('原文数字前后不一致');
    await expect(dialog.getByRole('note')).toContainText('下降73%');
    await expect(dialog.getByRole('note')).toContainText('下降69.3%');
    await expect(dialog.locator('blockquote mark')).toHaveText(['822', '252', '73']);
  });
});
