import { test, expect, openOverview } from './fixtures';

test.describe('filters that travel', () => {
  test('typing "gs" finds 甘肃; the URL, the status line and history follow', async ({ page }) => {
    await openOverview(page);
    const box = page.getByRole('combobox', { name: '省份' });
    await box.fill('gs');
    const option = page.getByRole('option', { name: /^甘肃/ });
    await expect(option).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: '移除甘肃' })).toBeVisible();
    await expect(page).toHaveURL(/[?&]province=620000(&|$)/);
    await expect(page.getByTestId('active-filters')).toHaveText('当前筛选：甘肃省');
    await expect(page.getByTestId('national-note')).toContainText('全国数据');

    // Several provinces can be compared: Traditional and pinyin forms work too.
    await box.fill('陝西');
    await page.getByRole('option', { name: /^陕西/ }).click();
    await expect(page).toHaveURL(/province=620000,610000/);

    await page.goBack();
    await expect(page).toHaveURL(/province=620000(&|$)/);
    await expect(page.getByRole('button', { name: '移除陕西' })).toHaveCount(0);
    await page.goBack();
    await expect(page).not.toHaveURL(/province=/);
    await expect(page.getByTestId('active-filters')).toHaveText('未筛选，显示全部数据');
    await page.goForward();
    await expect(page.getByRole('button', { name: '移除甘肃' })).toBeVisible();
  });

  test('a copied link opens the same filters; reset clears them all', async ({ page }) => {
    await page.goto('./?province=420000&year=2020&category=inspections');
    await expect(page.getByTestId('active-filters')).toHaveText('当前筛选：湖北省 2020年 督查检查考核');
    await expect(page.getByLabel('年份')).toHaveValue('2020');
    await expect(page.getByLabel('类别')).toHaveValue('inspections');
    // Year and category narrow the national figures too: only the inspection card stays.
    await expect(page.getByTestId('headline-card')).toHaveCount(1);
    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId('headline-card')).toHaveCount(5);
  });

  test('junk parameters fall back to the defaults without an error page', async ({ page }) => {
    await page.goto('./?province=999999,abc&year=20x0&category=%3Cscript%3E&utm=1');
    await expect(page.getByTestId('headline-card')).toHaveCount(5);
    await expect(page.getByTestId('active-filters')).toHaveText('未筛选，显示全部数据');
    // The address is normalised: nothing left that means nothing.
    await expect(page).toHaveURL(/\/$/);
  });

  test('a filter that leaves nothing names itself instead of drawing an empty chart', async ({ page }) => {
    await openOverview(page);
    await page.getByLabel('年份').selectOption('2019');
    await expect(page.getByTestId('empty-state')).toContainText('2019年 暂无数据');
    await expect(page.locator('.recharts-surface')).toHaveCount(0);
  });

  test('switching views keeps the filters and is a real link', async ({ page }) => {
    await page.goto('./?year=2020');
    const link = page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '全部数据' });
    await expect(link).toHaveAttribute('href', /data\.html\?year=2020$/);
    await link.click();
    await expect(page).toHaveURL(/data\.html\?year=2020$/);
    await expect(link).toHaveAttribute('aria-current', 'page');
    await page.goBack();
    await expect(page.getByRole('heading', { name: '总览', level: 1 })).toBeVisible();
  });
});
