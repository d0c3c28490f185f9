import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, clickExit, expectPresenting } from './fixtures';

// Invented test figures: an e2e fixture only, never shown as real statistics.
const CSV = [
  '省份,年份,发文数,发文计划数,会议数,会议计划数,督查检查考核事项数',
  '甘肃,2023,120,150,80,100,40',
  '甘肃,2024,90,150,60,100,30',
  '湖北,2023,200,220,90,110,55',
  '湖北,2024,150,220,70,110,41',
].join('\r\n');
const SYNTHETIC = '示例数据（非真实统计）';
const TOTAL = 6;
const PUBLISHED_TOTAL = 9;

const deck = (page: Page) => page.getByRole('region', { name: '幻灯片', exact: true });
const counter = (page: Page) => page.getByTestId('slide-counter');
const slideTitle = (page: Page) => deck(page).getByRole('heading', { level: 2 });
const conclusion = (page: Page) => deck(page).getByTestId('slide-conclusion');

async function importCsv(page: Page) {
  await page.goto('import.html');
  await page.getByLabel('选择文件').setInputFiles({
    name: 'gansu-hubei.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(CSV, 'utf8'),
  });
  await expect(page.getByTestId('import-preview')).toBeVisible();
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByTestId('stats-dashboard')).toBeVisible();
}

async function loadSample(page: Page) {
  await page.goto('import.html');
  await page.getByRole('button', { name: '一键载入示例数据' }).click();
  await expect(page.getByTestId('stats-dashboard')).toBeVisible();
}

/** From the import view to the deck by its link, as a user would. */
async function presentFromImport(page: Page) {
  await page.getByRole('link', { name: '在汇报模式中展示' }).click();
  await expect(page).toHaveURL(/present\.html\?(.*&)?dataset=[\w-]+/);
  await expect(counter(page)).toHaveText(`1 / ${TOTAL}`);
}

async function startDeck(page: Page) {
  await page.getByRole('button', { name: '开始演示' }).click();
  await expectPresenting(page);
}

test('an imported file opens as a deck of its own figures, following the year filter', async ({ page }) => {
  await importCsv(page);
  await presentFromImport(page);
  const source = page.getByTestId('deck-source');
  await expect(source.getByRole('combobox', { name: '汇报数据' })).toHaveValue(/.+/);
  await expect(source).toContainText('导入：gansu-hubei（gansu-hubei.csv）');
  await expect(slideTitle(page)).toHaveText('gansu-hubei');
  await expect(deck(page)).toContainText('文件：gansu-hubei.csv');
  await expect(deck(page)).toContainText('覆盖：2023年至2024年，2个省份');
  // Real (not sample) data: no synthetic label anywhere on the deck.
  await expect(page.getByTestId('synthetic-label')).toHaveCount(0);

  await deck(page).focus();
  await page.keyboard.press('PageDown');
  await expect(slideTitle(page)).toHaveText('2024年各省发文数占全年计划的比例');
  // Share of plan = actual / plan from the file: 湖北 150/220 = 68.2%, 甘肃 90/150 = 60%.
  await expect(conclusion(page)).toContainText('最高的是湖北（68.2%），最低的是甘肃（60%）');
  await expect(deck(page)).toContainText('数据截至 2024年');
  await expect(deck(page)).toContainText('来源：导入文件「gansu-hubei.csv」');
  await expect(deck(page)).toContainText('第3、5行，共2行');
  // Each figure, as text beside the chart image, names its line of the file.
  await expect(deck(page).getByText('湖北 68.2%（第5行）')).toBeAttached();

  await page.keyboard.press('PageDown');
  // Year on year = (this − last) / last: 甘肃 90 vs 120, 湖北 150 vs 200, both −25%.
  await expect(conclusion(page)).toContainText('2024年2个可比省份中2个发文数同比下降');
  await expect(conclusion(page)).toContainText('下降25%');

  // The year filter applies as on the import view: 2023 has no year before it, so no year-on-year slide.
  await page.getByLabel('年份').selectOption('2023');
  await expect(counter(page)).toHaveText(`3 / ${TOTAL - 1}`);
  await deck(page).focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('PageDown');
  await expect(conclusion(page)).toContainText('最高的是湖北（90.9%），最低的是甘肃（80%）');
  await expect(page).toHaveURL(/[?&]year=2023(&|$)/);
});

test('the sample deck says 示例数据 on every slide, moves with keys, and a share link opens the same slide', async ({
  page,
  context,
}) => {
  await loadSample(page);
  await presentFromImport(page);
  await expect(page.getByTestId('deck-source')).toContainText(SYNTHETIC);
  await startDeck(page);
  const titles: string[] = [];
  for (let i = 1; i <= TOTAL; i++) {
    await expect(counter(page)).toHaveText(`${i} / ${TOTAL}`);
    await expect(deck(page).getByTestId('synthetic-label')).toHaveText(SYNTHETIC);
    titles.push((await slideTitle(page).textContent()) ?? '');
    await page.keyboard.press('ArrowRight');
  }
  expect(titles).toEqual([
    SYNTHETIC,
    '2024年各省发文数占全年计划的比例',
    '2024年各省发文数同比变化（按降幅排序）',
    '发文数逐年变化',
    '2024年各省发文数',
    '数据来源',
  ]);
  await page.keyboard.press('Home');
  await expect(counter(page)).toHaveText(`1 / ${TOTAL}`);
  await page.keyboard.press('End');
  await expect(counter(page)).toHaveText(`${TOTAL} / ${TOTAL}`);
  await page.keyboard.press('3');
  await page.keyboard.press('Enter');
  await expect(counter(page)).toHaveText(`3 / ${TOTAL}`);
  await expect(conclusion(page)).toContainText('31个可比省份中');
  await expect(page).toHaveURL(/[?&]dataset=sample(&|$)/);
  await expect(page).toHaveURL(/[?&]slide=3(&|$)/);

  // The share link, opened afresh in this browser (where the data is), lands on the same slide.
  const fresh = await context.newPage();
  await fresh.goto(page.url());
  await expect(counter(fresh)).toHaveText(`3 / ${TOTAL}`);
  await expect(slideTitle(fresh)).toHaveText('2024年各省发文数同比变化（按降幅排序）');
  await expect(deck(fresh).getByTestId('synthetic-label')).toHaveText(SYNTHETIC);
  await fresh.close();

  await page.reload();
  await expect(counter(page)).toHaveText(`3 / ${TOTAL}`);
  await expect(slideTitle(page)).toHaveText('2024年各省发文数同比变化（按降幅排序）');
});

test('an imported deck prints, downloads and edits like the published one, with its own setup', async ({
  page,
}) => {
  await loadSample(page);
  await presentFromImport(page);

  await deck(page).focus();
  await page.keyboard.press('2');
  await page.keyboard.press('Enter');
  await expect(counter(page)).toHaveText(`2 / ${TOTAL}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载 SVG' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('jianfu-02-stats-plan.svg');
  const svg = readFileSync((await download.path())!, 'utf8');
  expect(svg).toContain('2024年各省发文数占全年计划的比例');
  expect(svg).toContain(SYNTHETIC);
  expect(svg).toContain('来源：导入文件「sample.json」');
  expect(svg).not.toContain('var(--');

  // Every handout page carries the label too.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(`第 ${TOTAL} 页 / 共 ${TOTAL} 页`)).toBeVisible();
  await expect(page.getByTestId('synthetic-label').filter({ visible: true })).toHaveCount(TOTAL);
  await page.emulateMedia({ media: 'screen' });

  // Hiding a slide of the imported deck leaves the published deck's setup alone.
  await page.getByRole('checkbox', { name: '发文数逐年变化' }).uncheck();
  await expect(counter(page)).toHaveText(`2 / ${TOTAL - 1}`);
  await page.getByRole('combobox', { name: '汇报数据' }).selectOption({ label: '已发布的公开数据' });
  await expect(counter(page)).toHaveText(`1 / ${PUBLISHED_TOTAL}`);
  await expect(page).not.toHaveURL(/dataset=/);
  await page.goBack();
  await expect(page).toHaveURL(/[?&]dataset=sample(&|$)/);
  await expect(page.getByRole('checkbox', { name: '发文数逐年变化' })).not.toBeChecked();
});

test('a link to a dataset this browser does not hold says so, and offers import or the published deck', async ({
  page,
}) => {
  await page.goto('present.html?dataset=not-here-123&slide=2');
  const alert = page.getByRole('alert').filter({ hasText: '链接中的数据集不在此浏览器中' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('导入的数据只保存在导入它的浏览器里');
  await expect(alert).toContainText('not-here-123');
  await expect(alert.getByRole('link', { name: '前往导入数据' })).toHaveAttribute('href', /import\.html$/);
  await expect(page.getByRole('button', { name: '开始演示' })).toHaveCount(0);

  await alert.getByRole('link', { name: '放映已发布数据的汇报' }).click();
  await expect(counter(page)).toHaveText(`1 / ${PUBLISHED_TOTAL}`);
  await expect(page).not.toHaveURL(/dataset=|slide=/);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test.describe('on a 1920×1080 projector', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  const scan = async (page: Page) => {
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  };

  /** Scans a slide of the sample deck presenting, in the light theme and then the dark one. */
  async function scanInBothThemes(page: Page, slide: number, title: string) {
    // Loading the sample and two full-page axe runs take ~25 s on a 2-core machine under the full suite.
    test.slow();
    await loadSample(page);
    await presentFromImport(page);
    await startDeck(page);
    await page.keyboard.press(String(slide));
    await page.keyboard.press('Enter');
    await expect(counter(page)).toHaveText(`${slide} / ${TOTAL}`);
    await expect(slideTitle(page)).toHaveText(title);
    await scan(page);
    await clickExit(page);
    await page.getByRole('radio', { name: '深色' }).check();
    await startDeck(page);
    await expect(counter(page)).toHaveText(`${slide} / ${TOTAL}`);
    await scan(page);
  }

  test('an imported-data chart slide has no serious or critical accessibility violation, in either theme', async ({
    page,
  }) => {
    await scanInBothThemes(page, 2, '2024年各省发文数占全年计划的比例');
  });

  test('the imported-data map slide, whose tiles are buttons, has no serious or critical violation either', async ({
    page,
  }) => {
    await scanInBothThemes(page, 5, '2024年各省发文数');
  });
});
