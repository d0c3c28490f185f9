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
    // Its 口径, in the dashboard's words and marked so: not a quote.
    const method = dialog.getByRole('region', { name: '口径' });
    await expect(method).toContainText('本看板说明，非原文');
    await expect(method.locator('blockquote')).toHaveCount(0);
    const term = (name: string) => method.locator('dt', { hasText: name }).locator('+ dd');
    await expect(term('统计内容')).toContainText('印发文件的件数');
    await expect(term('单位')).toHaveText('个');
    await expect(term('范围')).toHaveText('各省区市平均（原文称“平均”，未说明如何平均）');
    await expect(term('计算方法')).toContainText('同比 = (本期 − 上年同期) ÷ 上年同期 × 100%');
    await expect(term('计算方法')).toContainText('占全年计划比例 = 实际 ÷ 全年计划 × 100%');
    await expect(term('数据截至')).toHaveText('数据截至 2020年11月底（原文所注）');
    await expect(term('来源')).toHaveText('人民日报《整治形式主义为基层减负重点做了5方面工作》，2021年1月');
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
