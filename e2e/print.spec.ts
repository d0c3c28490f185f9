import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from '@playwright/test';
import { test, expect, openOverview } from './fixtures';

// A PDF's text can name a CJK glyph by its radical's code point (⽂ U+2F42 for 文, which NFKC folds back;
// ⺠ U+2EA0 for 民, which it does not): both sides are folded alike.
const squash = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/\u2EA0/g, '民')
    .replace(/\s+/g, '');

/** The text of each page of the view printed to an A4 PDF, whitespace removed. */
async function printedPages(page: Page): Promise<string[]> {
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(squash(content.items.map((item) => ('str' in item ? item.str : '')).join('')));
  }
  await doc.destroy();
  return pages;
}

/** For each card and chart: its title and texts from its top to its bottom, to find on one page. */
async function cardProbes(page: Page): Promise<string[][]> {
  return page.evaluate(() => {
    const text = (el: Element | null) => (el as HTMLElement | null)?.innerText.replace(/\s+/g, '') ?? '';
    const probes: string[][] = [];
    for (const card of document.querySelectorAll('main article, main figure')) {
      const title = card.querySelector('h2, h3');
      const lines = [...card.querySelectorAll('p, figcaption, .figure-chip')]
        .map((el) => text(el).replace(/（查看来源）/g, ''))
        .filter(Boolean);
      probes.push([text(title), ...lines.slice(-2)]);
    }
    return probes;
  });
}

test('printing the overview gives its content without controls, no card cut across pages, and a footer with 数据截至 and the address', async ({
  page,
}) => {
  await openOverview(page);
  const pages = await printedPages(page);
  expect(pages.length).toBeGreaterThan(1);
  const all = pages.join('');

  // The figures are there…
  for (const figure of ['27.7%', '29.5%', '59.7%', '发文、开会数量占全年计划的比例', '问责与调研']) {
    expect(all).toContain(squash(figure));
  }
  // …and no navigation, menu or filter input: the filters are one line of text.
  for (const control of [
    '地方实践',
    '减负进行时',
    '导入数据',
    '汇报模式',
    '界面语言',
    '配色',
    '跟随系统',
    '全部年份',
    '全部类别',
    '输入省名',
    '跳到主要内容',
    '嵌入',
  ]) {
    expect(all, control).not.toContain(control);
  }
  expect(all).toContain(squash('未筛选，显示全部数据'));
  // The last page ends with the page's stamp and address.
  const last = pages[pages.length - 1]!;
  expect(last).toContain('数据截至2020年11月底');
  expect(last).toContain(squash(new URL(page.url()).href));

  // Every card and chart is whole on one page: its title and its last lines print on the same page.
  const probes = await cardProbes(page);
  expect(probes.length).toBeGreaterThanOrEqual(9);
  for (const [title, ...lines] of probes) {
    const on = pages.filter((p) => p.includes(squash(title!)));
    expect(on.length, `${title} printed`).toBeGreaterThan(0);
    expect(
      on.some((p) => lines.every((line) => p.includes(squash(line)))),
      `${title} and its last lines on one page`,
    ).toBe(true);
  }
});

test('a filtered view prints its filters as one line and its own 数据截至', async ({ page }) => {
  await page.goto('data.html?year=2019');
  await expect(page.getByRole('heading', { level: 1, name: '全部数据' })).toBeVisible();
  await expect(page.getByTestId('print-footer')).toContainText('数据截至');
  const pages = await printedPages(page);
  const all = pages.join('');
  expect(all).toContain(squash('当前筛选：2019年'));
  expect(all).not.toContain('清除筛选');
  expect(all).not.toContain('下载CSV');
  expect(pages.at(-1)).toContain('data.html?year=2019');
});
