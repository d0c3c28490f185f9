import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page, Request } from '@playwright/test';
import { test, expect } from './fixtures';
import { encodeGbk } from '../src/features/statistics/test-helpers';
import { buildXlsx, type SheetSpec } from '../src/features/statistics/xlsx-builder';

// Invented test files: e2e fixtures only, never shown as real statistics.
const HEADER = '省份,年份,发文数,发文计划数,会议数,会议计划数,督查检查考核事项数';
const VALID_CSV = [
  HEADER,
  '甘肃,2023,120,150,80,100,40',
  '甘肃,2024,90,150,60,100,30',
  '湖北,2023,200,220,90,110,55',
  '湖北,2024,150,220,70,110,41',
].join('\r\n');
const GBK_CSV = [HEADER, '陕西,2023,100,120,50,60,20', '陕西,2024,80,120,40,60,15'].join('\r\n');
const JSON_FILE = JSON.stringify({
  version: 1,
  rows: [
    { 省份: '浙江', 年份: 2023, 发文数: 300, 发文计划数: 320 },
    { 省份: '浙江', 年份: 2024, 发文数: 240, 发文计划数: 320 },
  ],
});
const BROKEN_CSV = [
  HEADER,
  '甘肃,2024,十二,150,80,100,40',
  '火星,2024,1,2,3,4,5',
  '甘肃,2024,5,0,1,1,1',
].join('\n');

// VALID_CSV as a statistical form: a merged title, a two-row header (发文数 over 计划 | 实际), each
// province written once in a merged cell over its two years, a notes sheet and last year's sheet beside it.
const FORM_HEADER = [
  ['2023—2024年发文开会统计表'],
  ['省份', '年份', '发文数', null, '会议数', null, '督查检查考核事项数'],
  [null, null, '计划', '实际', '计划', '实际', null],
];
const FORM_MERGES = ['A1:G1', 'A2:A3', 'B2:B3', 'C2:D2', 'E2:F2', 'G2:G3'];
const FORM: SheetSpec = {
  name: '统计',
  rows: [
    ...FORM_HEADER,
    ['甘肃', 2023, 150, 120, 100, 80, 40],
    [null, 2024, 150, 90, 100, 60, 30],
    ['湖北', 2023, 220, 200, 110, 90, 55],
    [null, 2024, 220, 150, 110, 70, 41],
  ],
  merges: [...FORM_MERGES, 'A4:A5', 'A6:A7'],
};
const NOTES: SheetSpec = { name: '填报说明', rows: [['填报说明'], ['数量均为整数，单位：件、次、项。']] };
const OLD_FORM: SheetSpec = {
  name: '2022',
  rows: [...FORM_HEADER, ['甘肃', 2022, 150, 130, 100, 85, 44]],
  merges: FORM_MERGES,
};
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function openImport(page: Page) {
  await page.goto('import.html');
  await expect(page.getByRole('heading', { name: '统计数据', level: 1 })).toBeVisible();
}

async function choose(page: Page, name: string, body: string | Uint8Array, mimeType = 'text/csv') {
  const buffer = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
  await page.getByLabel('选择文件').setInputFiles({ name, mimeType, buffer });
}

async function accept(page: Page) {
  await expect(page.getByTestId('import-preview')).toBeVisible();
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByTestId('stats-dashboard')).toBeVisible();
}

test.describe('importing staff statistics', () => {
  test('a valid CSV previews, imports, draws the same charts, survives a reload; no request carries it', async ({
    page,
  }) => {
    await openImport(page);
    const requests: Request[] = [];
    page.on('request', (r) => requests.push(r));
    await choose(page, 'gansu-hubei.csv', VALID_CSV);
    const preview = page.getByTestId('import-preview');
    await expect(preview).toContainText('即将导入「gansu-hubei.csv」');
    await expect(preview).toContainText('湖北、甘肃');
    await expect(preview).toContainText('2023–2024');
    await accept(page);
    await expect(page).toHaveURL(/import\.html\?dataset=[\w-]+/);
    const dashboard = page.getByTestId('stats-dashboard');
    // Share of plan = actual / plan, computed from the file: 甘肃 90/150 = 60%, 湖北 150/220 = 68.2%.
    await expect(dashboard).toContainText('最高的是湖北（68.2%），最低的是甘肃（60%）');
    // Year on year = (this − last) / last: 甘肃 90 vs 120 = −25%, 湖北 150 vs 200 = −25%.
    await expect(dashboard).toContainText('2个可比省份中2个发文数同比下降');
    await expect(page.getByTestId('dataset-item')).toHaveCount(1);
    await expect(page.getByTestId('dataset-item')).toContainText('4 行');

    // Nothing the page asked for after the file was chosen carried data: only same-origin GETs of code.
    const origin = new URL(page.url()).origin;
    for (const r of requests) {
      expect(r.method(), r.url()).toBe('GET');
      expect(new URL(r.url()).origin, r.url()).toBe(origin);
      expect(r.postData()).toBeNull();
      expect(decodeURIComponent(r.url())).not.toMatch(/甘肃|湖北|120|150/);
    }

    await page.reload();
    await expect(page.getByTestId('dataset-item')).toHaveCount(1);
    await expect(page.getByTestId('stats-dashboard')).toContainText('最高的是湖北（68.2%）');
  });

  test('a GBK CSV from Chinese Excel is detected and read', async ({ page }) => {
    await openImport(page);
    await choose(page, 'shaanxi-gbk.csv', encodeGbk(GBK_CSV));
    await expect(page.getByTestId('import-preview')).toContainText('GBK / GB18030');
    await expect(page.getByTestId('import-preview')).toContainText('陕西');
    await accept(page);
    await expect(page.getByTestId('stats-dashboard')).toContainText('陕西');
  });

  test('invisible characters in names are removed and the preview says so', async ({ page }) => {
    await openImport(page);
    await choose(
      page,
      'copied.csv',
      [HEADER, '内\u200b蒙古,2024,10,12,5,6,3', '\ufeff甘肃,2024,9,9,4,4,2'].join('\n'),
    );
    const preview = page.getByTestId('import-preview');
    await expect(preview).toContainText('内蒙古、甘肃');
    await expect(page.getByTestId('invisible-removed')).toHaveText(
      '已从 2 行的单元格中去除零宽空格、不换行空格等不可见字符（第2–3行）',
    );
  });

  test('a workbook saved from a real form draws the same charts as its CSV twin; a bad one changes nothing', async ({
    page,
  }) => {
    await openImport(page);
    await choose(page, 'gansu-hubei.csv', VALID_CSV);
    await accept(page);
    const dashboard = page.getByTestId('stats-dashboard');
    await expect(dashboard).toContainText('最高的是湖北（68.2%），最低的是甘肃（60%）');
    // The charts draw their labels after the sentences, once they come near the viewport (the published
    // list sits above them): bring each into view, then compare once both are on the page.
    await showCharts(dashboard);
    await expect(dashboard).toContainText('↓25%');
    // The sentences, figures and sources (the charts' axis ticks are drawn whenever the chart has its size).
    const wordsCsv = (await dashboard.locator('figcaption, p').allInnerTexts()).join('\n');
    // The trend chart's code arrives on its own: count the charts once it has drawn.
    await expect(dashboard.locator('svg.recharts-surface text').first()).toBeVisible();
    const csvCharts = await dashboard.locator('svg.recharts-surface').count();

    const bad = structuredClone(FORM);
    bad.rows[5]![3] = '十二';
    await choose(page, 'bad.xlsx', buildXlsx({ sheets: [NOTES, bad] }), XLSX_TYPE);
    const problems = page.getByTestId('import-problems');
    await expect(problems).toContainText('工作表「统计」第6行 D列「发文数/实际」："十二" 不是数字');
    await expect(page.getByTestId('dataset-item')).toHaveCount(1);

    // Two sheets have a recognised header: the page asks which one.
    await choose(page, 'gansu-hubei.xlsx', buildXlsx({ sheets: [NOTES, OLD_FORM, FORM] }), XLSX_TYPE);
    await expect(problems).toContainText('「2022」「统计」');
    await page
      .getByRole('group', { name: '选择要导入的工作表' })
      .getByRole('button', { name: '导入工作表「统计」' })
      .click();
    const preview = page.getByTestId('import-preview');
    await expect(preview).toContainText('即将导入「gansu-hubei.xlsx」');
    await expect(preview).toContainText('统计');
    await accept(page);
    await expect(page.getByTestId('dataset-item')).toHaveCount(2);
    await expect(dashboard).toContainText('最高的是湖北（68.2%），最低的是甘肃（60%）');
    await showCharts(dashboard);
    await expect(dashboard.locator('svg.recharts-surface')).toHaveCount(csvCharts);
    await expect(dashboard.locator('svg.recharts-surface text').first()).toBeVisible();
    await expect(dashboard).toContainText('↓25%');
    // The same text, but each figure traces to its own file's row: the sheet's rows sit under a title and
    // a two-row header (湖北 2024 is row 7 of the sheet, line 5 of the CSV), and each chart names its file.
    const fromXlsx = await dashboard.innerText();
    expect(fromXlsx).toContain('湖北 68.2%（150/220）（第7行） · 甘肃 60%（90/150）（第5行）');
    expect(fromXlsx).toContain('数据来源：本浏览器导入的文件「gansu-hubei.xlsx」');
    // Each view names its own file.
    expect(fromXlsx).toContain('本页统计数字来自导入文件「gansu-hubei.xlsx」');
    const sourceless = (text: string) =>
      text.replace(/（第\d+行）/g, '').replaceAll('「gansu-hubei.xlsx」', '「gansu-hubei.csv」');
    const wordsXlsx = (await dashboard.locator('figcaption, p').allInnerTexts()).join('\n');
    expect(sourceless(wordsXlsx)).toBe(sourceless(wordsCsv));
    expect(wordsCsv).toContain('湖北 68.2%（150/220）（第5行）');
  });

  test('a JSON file imports', async ({ page }) => {
    await openImport(page);
    await choose(page, 'zhejiang.json', JSON_FILE, 'application/json');
    await expect(page.getByTestId('import-preview')).toContainText('浙江');
    await accept(page);
    await expect(page.getByTestId('stats-dashboard')).toContainText('浙江');
  });

  test('a broken file lists every problem with line and column; existing datasets are intact', async ({
    page,
  }) => {
    await openImport(page);
    await choose(page, 'good.csv', VALID_CSV);
    await accept(page);
    await choose(page, 'broken.csv', BROKEN_CSV);
    const problems = page.getByTestId('import-problems');
    await expect(problems).toContainText('「broken.csv」未导入');
    await expect(problems).toContainText('第2行「发文数」："十二" 不是数字');
    await expect(problems).toContainText('第3行「省份」');
    await expect(problems).toContainText('火星');
    await expect(problems).toContainText('第4行「发文计划数」');
    await expect(page.getByTestId('dataset-item')).toHaveCount(1);
    await expect(page.getByTestId('dataset-item')).toContainText('good');
    await expect(page.getByTestId('stats-dashboard')).toContainText('最高的是湖北（68.2%）');
  });

  test('replacing a dataset can be undone; deleting asks first and can be undone', async ({ page }) => {
    await openImport(page);
    await choose(page, 'first.csv', VALID_CSV);
    await accept(page);
    await page.getByRole('button', { name: '替换' }).click();
    await expect(page.getByRole('heading', { name: '替换数据集「first」' })).toBeVisible();
    await choose(page, 'second.json', JSON_FILE, 'application/json');
    await page.getByRole('button', { name: '确认替换' }).click();
    await expect(page.getByTestId('dataset-item')).toContainText('2 行');
    await expect(page.getByRole('status').filter({ hasText: '已替换「first」' })).toBeVisible();
    await page.getByRole('button', { name: '撤销' }).click();
    await expect(page.getByTestId('dataset-item')).toContainText('4 行');

    await page.getByRole('button', { name: '删除' }).click();
    const confirm = page.getByRole('dialog', { name: '删除数据集「first」？' });
    await expect(confirm).toBeVisible();
    await confirm.getByRole('button', { name: '删除' }).click();
    await expect(page.getByTestId('dataset-item')).toHaveCount(0);
    await page.getByRole('button', { name: '撤销' }).click();
    await expect(page.getByTestId('dataset-item')).toHaveCount(1);
  });

  test('the sample is labelled as invented numbers on every chart that shows it', async ({ page }) => {
    await openImport(page);
    await page.getByRole('button', { name: '一键载入示例数据' }).click();
    await expect(page.getByTestId('stats-dashboard')).toBeVisible();
    await expect(page.getByRole('note').filter({ hasText: '示例数据（非真实统计）' })).toBeVisible();
    const figures = page.getByTestId('stats-dashboard').getByRole('figure');
    const n = await figures.count();
    expect(n).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < n; i++)
      await expect(figures.nth(i).getByTestId('synthetic-label')).toHaveText('示例数据（非真实统计）');
    await expect(page.getByTestId('dataset-item')).toContainText('示例数据（非真实统计）');
  });

  test('a backup file imports to the same data', async ({ page }) => {
    await openImport(page);
    await choose(page, 'gansu-hubei.csv', VALID_CSV);
    await accept(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出备份' }).click();
    const backup = readFileSync(await (await download).path(), 'utf8');
    await choose(page, 'gansu-hubei.backup.json', backup, 'application/json');
    const preview = page.getByTestId('import-preview');
    await expect(preview).toContainText('行数4');
    await expect(preview).toContainText('湖北、甘肃');
    await expect(preview).toContainText('发文数560');
  });

  test('the import view has no serious or critical accessibility violation', async ({ page }) => {
    await openImport(page);
    await page.getByRole('button', { name: '一键载入示例数据' }).click();
    await expect(page.getByTestId('stats-dashboard')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

/** Scrolls each chart of the dashboard into view, so charts drawn only near the viewport are drawn. */
async function showCharts(dashboard: Locator) {
  for (const figure of await dashboard.locator('figure').all()) await figure.scrollIntoViewIfNeeded();
}
