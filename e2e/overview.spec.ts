import { test, expect, openOverview } from './fixtures';

test.describe('overview', () => {
  test('shows the headline figures with their dates and sources, without scrolling', async ({ page }) => {
    await openOverview(page);
    const cards = page.getByTestId('headline-card');
    await expect(cards).toHaveCount(5);
    const provincesDocs = page.getByRole('article', { name: '各省区市 · 文件数量' });
    await expect(provincesDocs).toContainText('27.7%');
    await expect(provincesDocs).toContainText('同比下降');
    await expect(provincesDocs).toContainText('数据截至 2020年11月底');
    await expect(provincesDocs).toContainText('来源：人民日报');
    await expect(page.getByRole('article', { name: '各省区市 · 会议数量' })).toContainText('29.5%');
    await expect(page.getByRole('article', { name: '中央和国家机关 · 文件数量' })).toContainText('14.3%');
    await expect(page.getByRole('article', { name: '中央和国家机关 · 会议数量' })).toContainText('59.7%');
    const inspections = page.getByRole('article', { name: '中央和国家机关 · 督查检查考核事项' });
    await expect(inspections).toContainText('96项 → 50项');
    // The first row is fully inside a 1366×768 viewport.
    for (const card of await cards.all()) await expect(card).toBeInViewport({ ratio: 1 });
  });

  test('plan against actual shows all four shares and a conclusion computed from them', async ({ page }) => {
    await openOverview(page);
    const plan = page.getByRole('figure', { name: '发文、开会数量占全年计划的比例' });
    for (const share of ['77.4%', '72.8%', '85.4%', '40.8%']) await expect(plan).toContainText(share);
    await expect(plan.getByTestId('conclusion')).toHaveText(
      '截至2020年11月底，四项均低于全年计划；中央和国家机关会议数量最低，仅为计划的40.8%。',
    );
    // The conclusion is also the chart's text alternative.
    await expect(plan.locator('.chart-box')).toHaveAttribute('role', 'img');
    await expect(plan.locator('.chart-box')).toHaveAccessibleName(/中央和国家机关会议数量最低/);
    // The plan's 100% mark, the one dashed line.
    await expect(plan.locator('svg line[stroke-dasharray]')).toHaveCount(1);
  });

  test('every share on the plan chart stands clear of the plan mark', async ({ page }) => {
    await openOverview(page);
    const plan = page.getByRole('figure', { name: '发文、开会数量占全年计划的比例' });
    const shares = ['77.4%', '72.8%', '85.4%', '40.8%'];
    // boundingBox() does not wait. The page paints a static copy of the chart and the app swaps in the live
    // one when it wakes; measure the live chart, once its mark and every label are drawn.
    const live = plan.locator('.recharts-reference-line-line');
    await expect(live).toHaveCount(1);
    for (const share of shares) {
      await expect(plan.locator('.recharts-label-list text').filter({ hasText: share })).toBeVisible();
    }
    const mark = await live.boundingBox();
    expect(mark).not.toBeNull();
    for (const share of shares) {
      const box = await plan.locator('.recharts-label-list text').filter({ hasText: share }).boundingBox();
      expect(box, share).not.toBeNull();
      // 85.4% ends closest to the mark: printed after its bar it would touch the line, so it sits inside.
      expect(box!.x + box!.width, share).toBeLessThan(mark!.x - 2);
    }
  });

  test('year-on-year falls: the steepest fall leads the caption', async ({ page }) => {
    await openOverview(page);
    const yoy = page.getByRole('figure', { name: '发文、开会数量同比降幅' });
    await expect(yoy.getByTestId('conclusion')).toContainText(
      '中央和国家机关会议数量降幅最大，同比下降59.7%',
    );
    await expect(yoy).toContainText('下降27.7%');
  });

  test('other reductions show 1434 / −30% and flag the 822 → 252 inconsistency with both figures', async ({
    page,
  }) => {
    await openOverview(page);
    const panel = page.getByRole('figure', { name: '督查检查考核与其他减负事项' });
    await expect(panel).toContainText('1,434项');
    await expect(panel).toContainText('同比下降30%');
    await expect(panel).toContainText('14项');
    const flag = panel.getByTestId('inconsistency');
    await expect(flag).toContainText('原文数字不一致');
    await expect(flag).toContainText('原文称减少73%');
    await expect(flag).toContainText('计算为减少69.3%');
    await expect(flag).toContainText('3.7个百分点');
  });

  test('discipline figures use 万 and the survey result is shown', async ({ page }) => {
    await openOverview(page);
    const panel = page.getByRole('figure', { name: '问责与调研' });
    await expect(panel).toContainText('6.9万个');
    await expect(panel).toContainText('10.3万人');
    await expect(panel).toContainText('5.3万人');
    await expect(panel).toContainText('85%以上');
  });
});
