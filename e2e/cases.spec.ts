import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Opens the local-cases view and waits until its cards (or its empty state) are on screen. */
async function openCases(page: Page, path = 'cases.html') {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: '地方实践' })).toBeVisible();
  await expect(page.getByTestId('map-conclusion')).toBeVisible();
}

const caseList = (page: Page) => page.getByRole('region', { name: '地方案例' });
const cards = (page: Page) => caseList(page).getByRole('article');
const nationalSection = (page: Page) => page.getByRole('region', { name: '全国层面数据（供对照）' });

test('the tile map filters the cases, the URL keeps the filter, and back restores the full list', async ({
  page,
}) => {
  await openCases(page);
  await expect(page.getByTestId('map-conclusion')).toHaveText('共14个省份有地方数据，江苏最多（10条）。');
  await expect(page.getByTestId('case-count')).toHaveText('共 66 条地方数据');
  await expect(nationalSection(page)).toHaveCount(0);

  const gansu = page.getByRole('button', { name: '甘肃 3条数据', exact: true });
  await expect(gansu).toHaveAttribute('aria-pressed', 'false');
  await gansu.click();

  await expect(page).toHaveURL(/[?&]province=620000(&|$)/);
  await expect(gansu).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('case-count')).toHaveText('共 3 条地方数据');
  await expect(cards(page)).toHaveCount(3);
  for (const place of await cards(page).getByTestId('case-place').allTextContents())
    expect(place).toMatch(/^甘肃省/);
  // The national figures stay, marked as national.
  await expect(nationalSection(page)).toBeVisible();
  await expect(nationalSection(page).getByText('全国数据').first()).toBeVisible();
  await expect(nationalSection(page).getByRole('listitem')).not.toHaveCount(0);

  await page.reload();
  await expect(page.getByTestId('case-count')).toHaveText('共 3 条地方数据');
  await expect(page.getByRole('button', { name: '甘肃 3条数据', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.goBack();
  await expect(page).not.toHaveURL(/province=/);
  await expect(page.getByTestId('case-count')).toHaveText('共 66 条地方数据');
  await expect(page.getByRole('button', { name: '甘肃 3条数据', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(nationalSection(page)).toHaveCount(0);
});

test('a place the source does not name is a case with its region and quote, without a tile', async ({
  page,
}) => {
  await openCases(page);
  const card = cards(page).filter({ hasText: '一人要落实工作的部门' });
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId('case-place')).toHaveText('东北某县');
  await expect(card.getByTestId('case-region')).toHaveText('原文未具名 · 地区：东北');
  await expect(card.locator('blockquote')).toContainText('相当于我一个人要落实12个部门的具体工作');
  await expect(card.locator('blockquote mark')).toHaveText(['12']);
  // No tile holds it: the map says how many figures it cannot place, and the tiles count the rest.
  await expect(page.getByTestId('map-unplaced')).toHaveText(
    '另有5条数据来自原文未具名、也未给出省份的地方，地图上没有它们的格子，见地方案例列表。',
  );
  const counts = await page
    .getByRole('group', { name: '省份方块图，按地理位置大致排列' })
    .getByRole('button')
    .evaluateAll((tiles) =>
      tiles.map((b) => Number(/(\d+)条数据/.exec(b.getAttribute('aria-label') ?? '')?.[1] ?? 0)),
    );
  expect(counts.reduce((a, b) => a + b, 0)).toBe(66 - 5);
  // Its source dialog gives its 口径 with the region.
  await card.getByRole('button', { name: /12个/ }).click();
  const dialog = page.getByRole('dialog', { name: '数据来源' });
  await expect(dialog.getByRole('region', { name: '口径' })).toContainText(
    '东北某县（原文未具名，地区：东北）',
  );
  await page.keyboard.press('Escape');
  // Sorted by province, the unnamed places come last under their own heading.
  await page.getByLabel('排序').selectOption({ label: '按省份' });
  const last = caseList(page).getByRole('heading', { level: 3 }).last();
  await expect(last).toContainText('原文未具名的地方');
  // A chosen province leaves it out.
  await page.getByRole('button', { name: '甘肃 3条数据', exact: true }).click();
  await expect(cards(page).filter({ hasText: '一人要落实工作的部门' })).toHaveCount(0);
});

test('the tile map works with the keyboard alone', async ({ page }) => {
  await openCases(page);
  const map = page.getByRole('group', { name: '省份方块图，按地理位置大致排列' });
  // One tab stop for the whole map.
  await expect(map.locator('button[tabindex="0"]')).toHaveCount(1);

  await page.getByLabel('类别').focus();
  await page.keyboard.press('Tab');
  await expect(map.getByRole('button', { name: '新疆 3条数据', exact: true })).toBeFocused();

  await page.keyboard.press('ArrowDown'); // 新疆 → 青海
  await expect(map.getByRole('button', { name: '青海 0条数据', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowRight'); // 青海 → 甘肃
  const gansu = map.getByRole('button', { name: '甘肃 3条数据', exact: true });
  await expect(gansu).toBeFocused();
  // Focus shows the province's figures as text.
  await expect(page.getByTestId('tile-detail')).toContainText('甘肃 · 3条数据');
  await expect(page.getByTestId('tile-detail')).toContainText('省级创建示范项目');

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]province=620000(&|$)/);
  await expect(gansu).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('case-count')).toHaveText('共 3 条地方数据');

  await page.keyboard.press('End');
  await expect(map.getByRole('button', { name: '香港 0条数据', exact: true })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(map.getByRole('button', { name: '黑龙江 0条数据', exact: true })).toBeFocused();
  await page.keyboard.press(' ');
  await expect(page).toHaveURL(/province=620000,230000/);
});

test('sorting by reduction puts the largest computed reduction first', async ({ page }) => {
  await openCases(page);
  const sort = page.getByLabel('排序');
  await sort.selectOption({ label: '年份从新到旧' });
  await expect(caseList(page).getByRole('heading', { level: 3 }).first()).toHaveText(/^2024年/);

  await sort.selectOption({ label: '降幅从大到小' });
  const first = cards(page).first();
  await expect(first.getByRole('heading')).toHaveText('省级工作部门创建示范项目');
  await expect(first.getByTestId('case-change')).toContainText('下降87.5%');
  const changes = await cards(page).getByTestId('case-change').allTextContents();
  const drops = changes.map((c) => Number(/下降([\d.]+)%/.exec(c)?.[1]));
  expect(drops).toEqual([...drops].sort((a, b) => b - a));
});

test('a province with no local figure shows an empty state that names the filter', async ({ page }) => {
  await openCases(page, 'cases.html?province=110000');
  await expect(page.getByTestId('empty-state')).toContainText('北京市 暂无数据');
  await expect(cards(page)).toHaveCount(0);
  await expect(page.getByTestId('case-count')).toHaveText('共 0 条地方数据');
  await expect(nationalSection(page)).toBeVisible();
});

test("a case card's source button opens the source with its quote", async ({ page }) => {
  await openCases(page, 'cases.html?province=620000');
  const card = cards(page).filter({ has: page.getByRole('heading', { name: '省级工作部门创建示范项目' }) });
  await card.getByRole('button', { name: /^来源：/ }).click();
  const dialog = page.getByRole('dialog', { name: '数据来源' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('blockquote')).toHaveText('省级工作部门80项创建示范项目保留10项');
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toBeHidden();
});

test("a case's quote marks each figure where it counts the case's unit", async ({ page }) => {
  await openCases(page, 'cases.html?province=140000');
  const card = cards(page).filter({ has: page.getByRole('heading', { name: '每年下基层督查次数' }) });
  const quote = card.locator('blockquote');
  await expect(quote.locator('mark')).toHaveText(['四', '一']);
  // The one visit is the 一 of 第一次, not the 一 of 一年 ("a year") earlier in the quote.
  expect(await quote.innerHTML()).toContain('第<mark>一</mark>次');
  // The source dialog marks the same place.
  await card.getByRole('button', { name: /^来源：/ }).click();
  const dialog = page.getByRole('dialog', { name: '数据来源' });
  await expect(dialog.locator('blockquote mark')).toHaveText(['四', '一']);
  expect(await dialog.locator('blockquote').innerHTML()).toContain('第<mark>一</mark>次');
});

test("two cases sharing a quote each mark their own figure, told apart by the datum's qualifier", async ({
  page,
}) => {
  await openCases(page, 'cases.html?province=360000');
  const quoteOf = (name: string) =>
    cards(page)
      .filter({ has: page.getByRole('heading', { name, exact: true }) })
      .locator('blockquote');
  // 以前是一天至少一表，现在是一周最多一表。 — at least one a day before, at most one a week now.
  expect(await quoteOf('每天填表数').innerHTML()).toContain('至少<mark>一</mark>表');
  expect(await quoteOf('每周填表数').innerHTML()).toContain('最多<mark>一</mark>表');
});

test('hovering a tile, as the hint says, shows its details on the page as built', async ({ page }) => {
  await openCases(page);
  const detail = page.getByTestId('tile-detail');
  await expect(detail).toHaveText('将鼠标移到省份方块上，或用键盘聚焦，查看该省有哪些数据。');
  // The pointer may reach the map before the page is live: the tile it rests on is read once it is (no
  // mouseenter reaches the live tile for it).
  await page.getByRole('button', { name: '江苏 10条数据', exact: true }).hover();
  await expect(detail).toContainText('江苏 · 10条数据');
  await page.getByRole('button', { name: '甘肃 3条数据', exact: true }).hover();
  await expect(detail).toContainText('甘肃 · 3条数据');
});

test('a tile focused as the page comes to life shows its details once it has', async ({ page }) => {
  await openCases(page);
  const detail = page.getByTestId('tile-detail');
  await expect(detail).toHaveText('将鼠标移到省份方块上，或用键盘聚焦，查看该省有哪些数据。');
  // Focused maybe before the page is live: no focus event reaches the live tile for it.
  await page.getByRole('button', { name: '江苏 10条数据', exact: true }).focus();
  await expect(detail).toContainText('江苏 · 10条数据');
  // The focused tile is the tab stop, so the arrows go on from it.
  await page.keyboard.press('ArrowRight');
  await expect(detail).not.toContainText('江苏 · 10条数据');
});

test('the cases view has no serious or critical accessibility violation', async ({ page }) => {
  // Two full scans of a page with some sixty cards: slower than the default budget on a busy machine.
  test.slow();
  const scan = async () => {
    const results = await new AxeBuilder({ page }).analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  await openCases(page);
  await expect(cards(page).first()).toBeVisible();
  expect(await scan()).toEqual([]);
  // Filtered, with a tile selected, the national section shown and a tile's details open.
  const gansu = page.getByRole('button', { name: '甘肃 3条数据', exact: true });
  await gansu.click();
  // That click may have come before the page was live; it has taken effect once the tile is pressed.
  await expect(gansu).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: '江苏 10条数据', exact: true }).hover();
  await expect(page.getByTestId('tile-detail')).toContainText('江苏 · 10条数据');
  expect(await scan()).toEqual([]);
});
