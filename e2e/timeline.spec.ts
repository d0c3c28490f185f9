import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const FIRST_NOTICE = '《关于解决形式主义突出问题为基层减负的通知》';

/** Opens the timeline and waits for its measures. */
async function openTimeline(page: Page, query = '') {
  await page.goto(`timeline.html${query}`);
  await expect(page.getByRole('heading', { level: 1, name: '减负进行时' })).toBeVisible();
}

function timeline(page: Page) {
  return page.getByRole('list', { name: '部署时间线' });
}

function events(page: Page) {
  return timeline(page).getByRole('article');
}

test.describe('timeline', () => {
  test('shows the six measures in date order, each with its date, kind and document', async ({ page }) => {
    await openTimeline(page);
    await expect(events(page)).toHaveCount(6);
    await expect(timeline(page).locator('time')).toHaveText([
      '2019年3月',
      '2019年12月',
      '2020年4月',
      '2020年6月3日',
      '2020年12月',
      '2024年8月',
    ]);
    const first = page.getByRole('article', { name: FIRST_NOTICE });
    await expect(first).toContainText('2019年3月');
    await expect(first).toContainText('通知');
    await expect(first).toContainText('中共中央办公厅');
    await expect(page.getByRole('article', { name: '《整治形式主义为基层减负若干规定》' })).toContainText(
      '规定',
    );
    await expect(page.getByTestId('timeline-summary')).toContainText('2019年3月至2024年8月，6项部署');
  });

  test('the year filter keeps that year’s measures and goes into the URL', async ({ page }) => {
    await openTimeline(page);
    await page.getByLabel('年份').selectOption('2020');
    await expect(page).toHaveURL(/timeline\.html\?year=2020$/);
    await expect(events(page)).toHaveCount(3);
    await expect(timeline(page).locator('time')).toHaveText(['2020年4月', '2020年6月3日', '2020年12月']);
    await expect(page.getByRole('article', { name: FIRST_NOTICE })).toHaveCount(0);
  });

  test('a measure’s source button opens the dialog with its quote', async ({ page }) => {
    await openTimeline(page);
    await page
      .getByRole('article', { name: FIRST_NOTICE })
      .getByRole('button', { name: /查看原文/ })
      .click();
    const dialog = page.getByRole('dialog', { name: '数据来源' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('blockquote')).toContainText('明确提出将2019年作为“基层减负年”');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('a figure reported in a measure’s period opens its own source', async ({ page }) => {
    await openTimeline(page);
    const review = page.getByRole('article', {
      name: '《关于持续解决形式主义问题深化拓展基层减负工作情况的报告》',
    });
    await expect(review).toContainText(/本期间报道的数据 \d+ 条/);
    await review.getByRole('button', { name: /督查检查考核事项.*中央和国家机关.*50项/ }).click();
    const dialog = page.getByRole('dialog', { name: '数据来源' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('datum-name')).toHaveText('督查检查考核事项');
    await expect(dialog.locator('blockquote mark').first()).toBeVisible();
  });

  test('a long period shows its first figures and a toggle to show them all', async ({ page }) => {
    await openTimeline(page);
    const regulation = page.getByRole('article', { name: '《整治形式主义为基层减负若干规定》' });
    const figures = regulation.getByTestId('period-figures').getByRole('listitem');
    await expect(figures).toHaveCount(6);
    const toggle = regulation.getByRole('button', { name: /显示全部 \d+ 条/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(figures).toHaveCount(24);
    await expect(regulation.getByRole('button', { name: '收起' })).toHaveAttribute('aria-expanded', 'true');
  });

  test('a province filter narrows the figures and says the measures are national', async ({ page }) => {
    await openTimeline(page, '?province=620000');
    await expect(page.getByTestId('national-note')).toContainText('甘肃省');
    await expect(events(page)).toHaveCount(6);
    const regulation = page.getByRole('article', { name: '《整治形式主义为基层减负若干规定》' });
    await expect(regulation).toContainText('本期间报道的数据 3 条');
    await expect(page.getByRole('article', { name: FIRST_NOTICE })).toContainText('没有符合筛选条件的数据');
  });

  test('a year with no measure shows the empty state naming the filter', async ({ page }) => {
    await openTimeline(page, '?year=2022');
    const empty = page.getByTestId('empty-state');
    await expect(empty).toBeVisible();
    await expect(empty).toContainText('2022年 暂无数据');
    await expect(timeline(page)).toHaveCount(0);
  });

  test('Tab reaches the measures’ source buttons', async ({ page }) => {
    await openTimeline(page);
    const target = page
      .getByRole('article', { name: FIRST_NOTICE })
      .getByRole('button', { name: /查看原文/ });
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await target.evaluate((el) => el === document.activeElement);
    }
    expect(reached, 'the first measure’s source button is reachable by Tab').toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: '数据来源' })).toBeVisible();
  });

  test('has no serious or critical accessibility violation', async ({ page }) => {
    // axe walks every node of a long page: slower than the default 30 s allows on a busy machine.
    test.setTimeout(60_000);
    await openTimeline(page);
    await page
      .getByRole('button', { name: /显示全部 \d+ 条/ })
      .first()
      .click();
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
