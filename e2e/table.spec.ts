import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const DATA = '**/data/dataset.json';
const published = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../public/data/dataset.json'), 'utf8'),
) as { observations: { id: string; period: { year: number }; scope: Record<string, unknown> }[] };
const TOTAL = published.observations.length;

// Cells after the row header (指标): 范围, 省份, 地点, 时期, 数值, 单位, 变化, 来源.
const PLACE = 2;
const VALUE = 4;
const CHANGE = 6;

function table(page: Page) {
  return page.getByRole('table');
}
function bodyRows(page: Page) {
  return table(page).locator('tbody').getByRole('row');
}
function cell(page: Page, row: number, column: number) {
  return bodyRows(page).nth(row).getByRole('cell').nth(column);
}
function header(page: Page, name: string) {
  return table(page).getByRole('columnheader', { name });
}

async function openTable(page: Page, query = '') {
  await page.goto(`data.html${query}`);
  await expect(page.getByRole('heading', { level: 1, name: '全部数据' })).toBeVisible();
}

test.describe('all data', () => {
  test('lists every datum with the counts', async ({ page }) => {
    await openTable(page);
    await expect(page.getByTestId('table-count')).toHaveText(`共 ${TOTAL} 条 / 显示 ${TOTAL} 条`);
    await expect(bodyRows(page)).toHaveCount(TOTAL);
    // National figures are marked as such.
    const first = bodyRows(page).first();
    await expect(first.getByRole('rowheader')).toHaveText('文件数量');
    await expect(first).toContainText('全国数据');
    await expect(first).toContainText('同比下降27.7%');
  });

  test('a 指标说明 panel gives the 口径 of every indicator in view, as the dashboard’s words', async ({
    page,
  }) => {
    await openTable(page, '?category=documents');
    const panel = page.getByTestId('method-panel');
    await panel.getByText('指标说明（口径）').click();
    await expect(panel).toContainText('本看板说明，非原文');
    const entries = panel.getByTestId('method-entry');
    // One entry per indicator: the documents rows of several places share one.
    const indicators = new Set(await bodyRows(page).getByRole('rowheader').allInnerTexts());
    await expect(entries).toHaveCount(indicators.size);
    const documents = entries.filter({ has: page.getByRole('heading', { name: '文件数量', exact: true }) });
    await expect(documents).toContainText('各省区市平均（原文称“平均”，未说明如何平均）；中央和国家机关平均');
    await expect(documents).toContainText('同比 = (本期 − 上年同期) ÷ 上年同期');
    await expect(documents).toContainText('数据截至 2020年11月底（原文所注）');
  });

  test('sorts by value and by change from the column headers', async ({ page }) => {
    await openTable(page);
    const value = header(page, '数值');
    const change = header(page, '变化');
    await expect(value).not.toHaveAttribute('aria-sort');

    await value.getByRole('button').click();
    await expect(value).toHaveAttribute('aria-sort', 'ascending');
    await expect(cell(page, 0, VALUE)).toContainText('0.5');
    await value.getByRole('button').click();
    await expect(value).toHaveAttribute('aria-sort', 'descending');
    await expect(cell(page, 0, VALUE)).toContainText('72万');

    await change.getByRole('button').click();
    await expect(change).toHaveAttribute('aria-sort', 'ascending');
    await expect(value).not.toHaveAttribute('aria-sort');
    // The steepest fall first (80 → 10 projects), rows without a change at the end.
    await expect(cell(page, 0, CHANGE)).toContainText('下降87.5%');
    await expect(cell(page, 1, CHANGE)).toContainText('下降85%');
    await expect(cell(page, TOTAL - 1, CHANGE)).toHaveText('—');
    await change.getByRole('button').click();
    await expect(change).toHaveAttribute('aria-sort', 'descending');
    await expect(cell(page, 0, CHANGE)).toContainText('下降14.3%');
  });

  test('a text search narrows the rows and travels in the URL', async ({ page }) => {
    await openTable(page);
    await page.getByRole('searchbox', { name: '搜索' }).fill('嘉鱼');
    await expect(page.getByTestId('table-count')).toHaveText(`共 ${TOTAL} 条 / 显示 4 条`);
    await expect(bodyRows(page)).toHaveCount(4);
    for (let i = 0; i < 4; i++) await expect(cell(page, i, PLACE)).toContainText('嘉鱼');
    await expect(page).toHaveURL(/data\.html\?q=%E5%98%89%E9%B1%BC$/);

    // The link opens the same rows.
    await page.reload();
    await expect(page.getByRole('searchbox', { name: '搜索' })).toHaveValue('嘉鱼');
    await expect(bodyRows(page)).toHaveCount(4);
  });

  test('the search and the shared filters work together', async ({ page }) => {
    await openTable(page, '?province=420000&year=2024');
    // Hubei's local figures of 2024, and no national figure (none is of 2024).
    const rows = bodyRows(page);
    await expect(rows.first()).toBeVisible();
    const count = await rows.count();
    for (let i = 0; i < count; i++) await expect(rows.nth(i)).toContainText('湖北省');
    await page.getByRole('searchbox', { name: '搜索' }).fill('72万');
    await expect(rows).toHaveCount(1);
    await expect(rows.first().getByRole('rowheader')).toHaveText('集成管理的基础数据');
  });

  test('a search that matches nothing shows the empty state naming it', async ({ page }) => {
    await openTable(page, '?year=2020');
    await page.getByRole('searchbox', { name: '搜索' }).fill('没有这条数据');
    const empty = page.getByTestId('empty-state');
    await expect(empty).toBeVisible();
    await expect(empty).toContainText('2020年 “没有这条数据” 暂无数据');
    await expect(table(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: /下载 CSV/ })).toBeDisabled();
  });

  test('a row opens its source, and an inconsistent datum says so', async ({ page }) => {
    await openTable(page);
    const row = bodyRows(page).filter({ hasText: '822项 → 252项' });
    await expect(row).toContainText('⚠ 原文数字不一致');
    await expect(row).toContainText('原文称下降73%');
    await expect(row).toContainText('按数字计算下降69.3%');
    await row.getByRole('button', { name: /人民日报/ }).click();
    const dialog = page.getByRole('dialog', { name: '数据来源' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('blockquote')).toContainText('822项省部级创建示范活动拟保留252项，拟取消73%');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    // The figure itself opens the same source, from the keyboard.
    await row.getByRole('button', { name: /822项/ }).focus();
    await page.keyboard.press('Enter');
    await expect(dialog.locator('blockquote mark')).toHaveText(['822', '252', '73']);
  });

  test('downloads exactly the rows in view as a safe UTF-8 CSV', async ({ page }) => {
    // A place that would run as a formula in a spreadsheet, still a valid dataset.
    await page.route(DATA, async (route) => {
      const response = await route.fetch();
      const json = await response.json();
      const o = json.observations.find((x: { id: string }) => x.id === 'luliang-assessment-contents-2020');
      o.scope.place['zh-CN'] = '=HYPERLINK("http://x","y")';
      await route.fulfill({ response, json });
    });
    await openTable(page, '?year=2020');
    const shown = await bodyRows(page).count();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `下载 CSV（${shown} 条）` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('jianfu-data-2020.csv');
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const text = bytes.subarray(3).toString('utf8');
    expect(text.startsWith('指标,范围,省份,地点,年份,')).toBe(true);
    // A negative figure is a plain number cell, not formatted text.
    expect(text).toContain(',-27.7,');
    // The formula-like place is neutralised with a leading apostrophe.
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);

    // Two blocks, an empty line between: the data, then the 口径 of each datum in the dashboard's words.
    const [dataBlock, methodBlock, ...more] = text.split('\r\n\r\n');
    expect(more).toEqual([]);
    const { data } = Papa.parse<string[]>(dataBlock!, { skipEmptyLines: true });
    const [head, ...records] = data;
    expect(records).toHaveLength(shown);
    const col = (name: string) => head!.indexOf(name);
    expect(records.every((r) => r[col('年份')] === '2020')).toBe(true);
    const docs = records.find((r) => r[col('数据编号')] === 'provinces-documents-2020')!;
    expect(docs[col('同比变化（%）')]).toBe('-27.7');
    const items = records.find((r) => r[col('数据编号')] === 'provinces-inspection-items-2020')!;
    expect(items[col('数值')]).toBe('1434');
    const luliang = records.find((r) => r[col('数据编号')] === 'luliang-assessment-contents-2020')!;
    expect(luliang[col('地点')]!.startsWith("'=")).toBe(true);

    const method = Papa.parse<string[]>(methodBlock!, { skipEmptyLines: true }).data;
    const [title, methodHead, ...methodRecords] = method;
    expect(title![0]).toContain('指标说明（口径）——本看板说明，非原文');
    expect(methodHead).toEqual([
      '数据编号',
      '指标',
      '统计内容（本看板说明）',
      '单位',
      '范围',
      '计算方法（本看板说明）',
      '数据截至',
      '来源',
    ]);
    expect(methodRecords.map((r) => r[0])).toEqual(records.map((r) => r[col('数据编号')]));
    const docsMethod = methodRecords.find((r) => r[0] === 'provinces-documents-2020')!;
    expect(docsMethod[4]).toBe('各省区市平均（原文称“平均”，未说明如何平均）');
    expect(docsMethod[5]).toContain('同比 = (本期 − 上年同期) ÷ 上年同期');
    expect(docsMethod[5]).toContain('占全年计划比例 = 实际 ÷ 全年计划');
    expect(docsMethod[6]).toBe('数据截至 2020年11月底（原文所注）');
    expect(docsMethod[7]).toBe('人民日报《整治形式主义为基层减负重点做了5方面工作》，2021年1月');
    // A figure the article dates by year only is given no 截至 day.
    const itemsMethod = methodRecords.find((r) => r[0] === 'provinces-inspection-items-2020')!;
    expect(itemsMethod[6]).toBe('2020年数据；原文未注明截至日期，文章刊于2021年1月');
  });

  test('the CSV follows the search and the sort on screen', async ({ page }) => {
    await openTable(page, '?q=%E5%98%89%E9%B1%BC');
    await header(page, '数值').getByRole('button').click();
    const names = await bodyRows(page).getByRole('rowheader').allInnerTexts();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /下载 CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('jianfu-data-search.csv');
    const text = readFileSync(await download.path())
      .subarray(3)
      .toString('utf8');
    const [dataBlock, methodBlock] = text.split('\r\n\r\n');
    const { data } = Papa.parse<string[]>(dataBlock!, { skipEmptyLines: true });
    expect(data.slice(1).map((r) => r[0])).toEqual(names);
    // The 口径 block lists the same data in the same order.
    const ids = data.slice(1).map((r) => r.at(-1));
    expect(
      Papa.parse<string[]>(methodBlock!, { skipEmptyLines: true })
        .data.slice(2)
        .map((r) => r[0]),
    ).toEqual(ids);
  });

  test('a large dataset draws 200 rows at a time', async ({ page }) => {
    // Hundreds of rows and an axe scan of them take a while on a busy CI machine.
    test.slow();
    await page.route(DATA, async (route) => {
      const response = await route.fetch();
      const json = await response.json();
      const copies = [];
      for (let i = 0; i < 6; i++)
        for (const o of json.observations) copies.push({ ...o, id: `${o.id}-copy-${i}` });
      json.observations = copies;
      await route.fulfill({ response, json });
    });
    await openTable(page);
    const total = TOTAL * 6;
    await expect(page.getByTestId('table-count')).toHaveText(`共 ${total} 条 / 显示 ${total} 条`);
    await expect(bodyRows(page)).toHaveCount(200);
    await page.getByRole('button', { name: '再显示 200 条' }).click();
    await expect(bodyRows(page)).toHaveCount(400);
    await page.getByRole('button', { name: `再显示 ${total - 400} 条` }).click();
    await expect(bodyRows(page)).toHaveCount(total);
    await expect(page.getByRole('button', { name: /再显示/ })).toHaveCount(0);
  });

  test('has no serious or critical accessibility violation', async ({ page }) => {
    test.slow();
    await openTable(page);
    await header(page, '变化').getByRole('button').click();
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
