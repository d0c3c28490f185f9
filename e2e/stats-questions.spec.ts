import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/*
 * INVENTED NUMBERS: a county-level statistics file made up for these tests only, imported as a backup
 * marked `synthetic: true`, so every view that shows it says 示例数据（非真实统计）. 甘肃, 湖北 and 浙江,
 * two cities each, two counties per city, 2022–2024. County i (0…11) in year y (0…2) has 100 + 10i − 20y
 * documents against a plan of 120 + 10i, and 50 + 5i − 10y meetings against a plan of 80 + 5i.
 */
const PLACES = [
  ['620000', '兰州市', '榆中县'],
  ['620000', '兰州市', '皋兰县'],
  ['620000', '天水市', '秦安县'],
  ['620000', '天水市', '甘谷县'],
  ['420000', '武汉市', '江夏区'],
  ['420000', '武汉市', '黄陂区'],
  ['420000', '宜昌市', '远安县'],
  ['420000', '宜昌市', '兴山县'],
  ['330000', '湖州市', '安吉县'],
  ['330000', '湖州市', '德清县'],
  ['330000', '丽水市', '松阳县'],
  ['330000', '丽水市', '遂昌县'],
] as const;
const YEARS = [2022, 2023, 2024];
const FILE = 'counties-synthetic.csv';
const rows = YEARS.flatMap((year, y) =>
  PLACES.map(([province, city, county], i) => ({
    line: 2 + y * PLACES.length + i,
    province,
    city,
    county,
    year,
    documents: 100 + 10 * i - 20 * y,
    documentsPlanned: 120 + 10 * i,
    meetings: 50 + 5 * i - 10 * y,
    meetingsPlanned: 80 + 5 * i,
  })),
);
const BACKUP = JSON.stringify({
  version: 1,
  kind: 'stats',
  id: 'counties-synthetic',
  name: 'counties-synthetic',
  fileName: FILE,
  loadedAt: '2024-06-01T08:00:00.000Z',
  synthetic: true,
  rows,
});
const SYNTHETIC = '示例数据（非真实统计）';

// Each test imports a file and walks the page and the deck, as a user would: long flows on a shared machine.
test.describe.configure({ timeout: 180_000 });

const dashboard = (page: Page) => page.getByTestId('stats-dashboard');
const figure = (page: Page, title: string) => page.getByRole('figure', { name: title, exact: true });
const deck = (page: Page) => page.getByRole('region', { name: '幻灯片', exact: true });
const slideTitle = (page: Page) => deck(page).getByRole('heading', { level: 2 });

async function importCounties(page: Page) {
  await page.goto('import.html');
  await page.getByLabel('选择文件').setInputFiles({
    name: 'counties-synthetic.backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(BACKUP, 'utf8'),
  });
  await expect(page.getByTestId('import-preview')).toBeVisible();
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(dashboard(page)).toBeVisible();
  await expect(dashboard(page).getByRole('note')).toContainText(SYNTHETIC);
}

async function openDeck(page: Page) {
  await page.getByRole('link', { name: '在汇报模式中展示' }).click();
  await expect(page).toHaveURL(/present\.html\?(.*&)?dataset=counties-synthetic/);
  await expect(deck(page)).toBeVisible();
  await deck(page).focus();
}

/** The clicker's next key; the deck keeps the focus from openDeck. */
async function nextSlide(page: Page) {
  await page.keyboard.press('PageDown');
}

test('choosing a province shows its cities, then a city its counties, on the page and in the deck', async ({
  page,
}) => {
  await importCounties(page);
  // The province's tile on the map chooses it, as the province filter would.
  await dashboard(page)
    .getByRole('button', { name: /^甘肃 / })
    .click();
  await expect(page).toHaveURL(/province=620000/);
  const cityPlan = figure(page, '2024年甘肃各市发文数占全年计划的比例');
  await expect(cityPlan).toBeVisible();
  // 兰州市 2024: (60 + 70) / (120 + 130) = 52%; 天水市: (80 + 90) / (140 + 150) = 58.6%.
  await expect(cityPlan).toContainText('天水市 58.6%（170/290');
  await expect(cityPlan).toContainText('兰州市 52%（130/250');
  await expect(figure(page, '2024年甘肃各市发文数同比变化（按降幅排序）')).toContainText('2个可比市中');
  // The province's total and one line per city.
  await expect(figure(page, '甘肃发文数逐年变化')).toContainText('甘肃合计、兰州市、天水市发文数');
  await expect(figure(page, '2024年甘肃各市发文数')).toContainText('天水市 170、兰州市 130');
  // The map's details name the province's cities with their figures.
  await dashboard(page)
    .getByRole('button', { name: /^湖北 / })
    .hover();
  await expect(page.getByTestId('tile-detail')).toContainText('宜昌市 250');

  await page.getByRole('combobox', { name: '市', exact: true }).selectOption('兰州市');
  await expect(page).toHaveURL(/city=%E5%85%B0%E5%B7%9E%E5%B8%82/);
  const countyPlan = figure(page, '2024年兰州市各县发文数占全年计划的比例');
  // 皋兰县 70 / 130 = 53.8%; 榆中县 60 / 120 = 50%.
  await expect(countyPlan).toContainText('皋兰县 53.8%（70/130');
  await expect(countyPlan).toContainText('榆中县 50%（60/120');
  await expect(figure(page, '兰州市发文数逐年变化')).toContainText('兰州市合计、榆中县、皋兰县发文数');

  await openDeck(page);
  await expect(slideTitle(page)).toHaveText('counties-synthetic');
  await nextSlide(page);
  await expect(slideTitle(page)).toHaveText('2024年兰州市各县发文数占全年计划的比例');
  await expect(deck(page).getByText('皋兰县 53.8%（第27行）')).toBeAttached();
  await expect(deck(page)).toContainText(SYNTHETIC);
  await nextSlide(page);
  await expect(slideTitle(page)).toHaveText('2024年兰州市各县发文数同比变化（按降幅排序）');
  await nextSlide(page);
  await expect(slideTitle(page)).toHaveText('兰州市发文数逐年变化');
  await nextSlide(page);
  await expect(deck(page).getByTestId('slide-breakdown')).toContainText('2024年兰州市各县发文数');
  await expect(deck(page).getByTestId('slide-breakdown')).toContainText('皋兰县70');

  // Back to the province's cities: the deck follows the filters in its link.
  await page.goto('present.html?province=620000&dataset=counties-synthetic&slide=2');
  await expect(slideTitle(page)).toHaveText('2024年甘肃各市发文数占全年计划的比例');
});

test('choosing 会议数 turns every chart and the deck to meetings against the meeting plan', async ({
  page,
}) => {
  await importCounties(page);
  await page.getByRole('combobox', { name: '指标' }).selectOption({ label: '会议数' });
  await expect(page).toHaveURL(/count=meetings/);
  // 甘肃 2024 meetings: 30 + 35 + 40 + 45 = 150 of a plan of 80 + 85 + 90 + 95 = 350 (42.9%).
  const plan = figure(page, '2024年各省会议数占全年计划的比例');
  await expect(plan).toContainText('比例 = 会议数 ÷ 会议计划数');
  await expect(plan).toContainText('甘肃 42.9%（150/350');
  // 2023: 40 + 45 + 50 + 55 = 190, so −21.1%.
  await expect(figure(page, '2024年各省会议数同比变化（按降幅排序）')).toContainText('会议数同比下降');
  await expect(figure(page, '会议数逐年变化')).toBeVisible();
  await expect(page.getByRole('region', { name: '2024年各省会议数' })).toBeVisible();
  await expect(dashboard(page).getByRole('button', { name: '甘肃 150' })).toBeVisible();
  // No chart is left on documents.
  await expect(dashboard(page).getByRole('heading', { name: /发文数/ })).toHaveCount(0);

  await openDeck(page);
  await nextSlide(page);
  await expect(slideTitle(page)).toHaveText('2024年各省会议数占全年计划的比例');
  await expect(deck(page).getByText('甘肃 42.9%（第26–29行）')).toBeAttached();
  await nextSlide(page);
  await expect(slideTitle(page)).toHaveText('2024年各省会议数同比变化（按降幅排序）');
  await nextSlide(page);
  await expect(slideTitle(page)).toHaveText('会议数逐年变化');
  await nextSlide(page);
  await expect(slideTitle(page)).toHaveText('2024年各省会议数');
  await expect(deck(page).getByRole('button', { name: '甘肃 150' })).toBeAttached();
});

test('a province absent from the file reads 暂无数据 on the tile map, never 0', async ({ page }) => {
  await importCounties(page);
  const beijing = dashboard(page).getByRole('button', { name: '北京 暂无数据' });
  await expect(beijing).toBeVisible();
  await expect(beijing).toContainText('—');
  await expect(beijing).not.toContainText('0');
  await beijing.hover();
  await expect(page.getByTestId('tile-detail')).toContainText('北京 · 暂无数据');
  // 34 units, 3 in the file: 31 tiles say so.
  await expect(dashboard(page).getByRole('button', { name: / 暂无数据$/ })).toHaveCount(31);

  await page.goto('present.html?dataset=counties-synthetic&slide=5');
  await expect(slideTitle(page)).toHaveText('2024年各省发文数');
  await expect(deck(page).getByRole('button', { name: '北京 暂无数据' })).toContainText('—');
});

test('a renamed dataset keeps its new title, on the page and on the deck title slide', async ({ page }) => {
  await importCounties(page);
  await page.getByRole('button', { name: '改名' }).click();
  await page.getByRole('textbox', { name: '数据集名称' }).fill('三省县级减负统计（虚构）');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('dataset-title')).toContainText('三省县级减负统计（虚构）');
  await page.reload();
  await expect(page.getByTestId('dataset-title')).toContainText('三省县级减负统计（虚构）');
  await openDeck(page);
  await expect(slideTitle(page)).toHaveText('三省县级减负统计（虚构）');
  await expect(page.getByTestId('deck-source')).toContainText('三省县级减负统计（虚构）');
});

test("the footer under imported figures names the file, not People's Daily", async ({ page }) => {
  await importCounties(page);
  await expect(page.getByTestId('stats-footer')).toContainText(`导入文件「${FILE}」`);
  await expect(page.getByText('所有数字均摘自人民日报公开报道')).toHaveCount(0);
  // A filter that changes nothing here is not offered: statistics have no categories.
  await expect(page.getByLabel('类别')).toHaveCount(0);
  await page.getByRole('link', { name: '总览', exact: true }).click();
  await expect(page.getByText('所有数字均摘自人民日报公开报道')).toBeVisible();
  await expect(page.getByLabel('类别')).toBeVisible();
});

test('a file of one year previews that year once, not as a range', async ({ page }) => {
  await page.goto('import.html');
  await page.getByLabel('选择文件').setInputFiles({
    name: 'one-year.csv',
    mimeType: 'text/csv',
    // Invented test figures.
    buffer: Buffer.from('省份,年份,发文数\r\n甘肃,2023,120\r\n湖北,2023,200\r\n', 'utf8'),
  });
  const preview = page.getByTestId('import-preview');
  await expect(preview).toContainText('年份2023');
  await expect(preview).not.toContainText('2023–2023');
});

test('a year with only local figures says so on the overview and links to them', async ({ page }) => {
  await page.goto('./');
  const year = page.getByLabel('年份');
  // The dataset's only national figures are of 2020; 2019 has local ones only.
  await expect(year.getByRole('option', { name: '2019年（仅地方数据）' })).toBeAttached();
  await expect(year.getByRole('option', { name: '2020年', exact: true })).toBeAttached();
  await year.selectOption('2019');
  const empty = page.getByTestId('empty-state');
  await expect(empty).toContainText('总览只显示全国数据；这一年只有12条地方数据');
  await empty.getByRole('link', { name: '在地方实践中查看' }).click();
  await expect(page).toHaveURL(/cases\.html\?year=2019$/);
  await expect(page.getByTestId('case-card').first()).toBeVisible();
});
