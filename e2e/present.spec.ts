import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, clickExit, expectPresenting } from './fixtures';

const TOTAL = 9;
const deck = (page: Page) => page.getByRole('region', { name: '幻灯片', exact: true });
const counter = (page: Page) => page.getByTestId('slide-counter');
const slideTitle = (page: Page) => deck(page).getByRole('heading', { level: 2 });

async function openDeck(page: Page, query = '') {
  await page.goto(`present.html${query}`);
  await expect(page.getByRole('button', { name: '开始演示' })).toBeEnabled();
  await expect(counter(page)).toBeVisible();
}

async function startDeck(page: Page) {
  await page.getByRole('button', { name: '开始演示' }).click();
  await expectPresenting(page);
}

/** A text's size as drawn, in CSS pixels of the page: its font size times every scale applied to it. */
function drawnFontSize(locator: Locator): Promise<number> {
  return locator.evaluate((el) => {
    const size = parseFloat(getComputedStyle(el).fontSize);
    const svg = el.closest('svg');
    // Inside a chart: the chart's drawn width over its own width (the viewBox) is its scale.
    if (svg && svg.viewBox.baseVal.width > 0)
      return size * (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width);
    const slide = el.closest('section[aria-roledescription]')!;
    return size * (slide.getBoundingClientRect().width / 1920);
  });
}

test('every presenter and clicker key moves the deck, and a typed number jumps', async ({ page }) => {
  await openDeck(page);
  await startDeck(page);
  await expect(counter(page)).toHaveText(`1 / ${TOTAL}`);
  const steps: [string, number][] = [
    ['ArrowRight', 2],
    ['PageDown', 3],
    ['Space', 4],
    ['Enter', 5],
    ['ArrowLeft', 4],
    ['PageUp', 3],
    ['Backspace', 2],
    ['End', TOTAL],
    ['Home', 1],
  ];
  for (const [key, slide] of steps) {
    await page.keyboard.press(key);
    await expect(counter(page), key).toHaveText(`${slide} / ${TOTAL}`);
  }
  await page.keyboard.press('3');
  await expect(page.getByText('跳至第 3 页')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(counter(page)).toHaveText(`3 / ${TOTAL}`);
  await expect(slideTitle(page)).toHaveText('发文、开会数量占全年计划的比例');
  await expect(page).toHaveURL(/[?&]slide=3(&|$)/);
});

test('B and . blank the screen and bring it back', async ({ page }) => {
  await openDeck(page);
  await startDeck(page);
  await page.keyboard.press('b');
  await expect(page.getByTestId('deck-blank')).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.getByTestId('deck-blank')).toBeHidden();
  await page.keyboard.press('.');
  await expect(page.getByTestId('deck-blank')).toBeVisible();
  await page.keyboard.press('.');
  await expect(page.getByTestId('deck-blank')).toBeHidden();
  await clickExit(page);
  await expect(page.getByRole('button', { name: '开始演示' })).toBeVisible();
});

test('F and the start button put the deck full screen; F leaves it again', async ({ page }) => {
  const fullscreen = () =>
    page.evaluate(() => document.fullscreenElement?.getAttribute('aria-label') ?? null);
  await openDeck(page);
  await startDeck(page);
  await expect.poll(fullscreen).toBe('幻灯片');
  await page.keyboard.press('f');
  await expect.poll(fullscreen).toBeNull();
  await expectPresenting(page, false);
  await deck(page).focus();
  await page.keyboard.press('F');
  await expect.poll(fullscreen).toBe('幻灯片');
  await expectPresenting(page);
});

test('the URL carries the slide: a copied link opens the same slide', async ({ page, context }) => {
  await openDeck(page);
  await startDeck(page);
  for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
  await expect(counter(page)).toHaveText(`4 / ${TOTAL}`);
  await expect(page).toHaveURL(/[?&]slide=4(&|$)/);
  const url = page.url();

  const fresh = await context.newPage();
  await fresh.goto(url);
  await expect(counter(fresh)).toHaveText(`4 / ${TOTAL}`);
  await expect(slideTitle(fresh)).toHaveText('发文、开会数量同比降幅');
  await fresh.close();
});

test('auto-advance moves on at the chosen pace, and P pauses it; hovering does not', async ({ page }) => {
  await page.clock.install();
  await openDeck(page);
  await page.getByLabel('自动翻页').selectOption('10');
  await startDeck(page);
  await page.mouse.move(960, 400);
  await page.clock.runFor(10_500);
  await expect(counter(page)).toHaveText(`2 / ${TOTAL}`);
  await page.keyboard.press('p');
  await expect(page.getByText('自动翻页已暂停（按 P 继续）')).toBeVisible();
  await page.clock.runFor(30_000);
  await expect(counter(page)).toHaveText(`2 / ${TOTAL}`);
  await page.keyboard.press('p');
  await page.clock.runFor(10_500);
  await expect(counter(page)).toHaveText(`3 / ${TOTAL}`);
});

test.describe('on a 1920×1080 projector', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('slides fill the screen at projector type sizes', async ({ page }) => {
    await openDeck(page, '?slide=2');
    await startDeck(page);
    const slide = deck(page).getByRole('region', { name: '核心指标' });
    const box = (await slide.boundingBox())!;
    expect(box.width).toBeCloseTo(1920, 0);
    expect(box.height).toBeCloseTo(1080, 0);

    expect(await drawnFontSize(slideTitle(page))).toBeGreaterThanOrEqual(48);
    const figures = deck(page).getByTestId('headline-figure');
    await expect(figures).toHaveCount(5);
    for (const figure of await figures.all()) expect(await drawnFontSize(figure)).toBeGreaterThanOrEqual(96);

    // Every chart slide: the smallest text in the chart (axis ticks) is at least 24 px.
    for (const slideNo of [3, 4, 5, 6, 8]) {
      await page.keyboard.press(String(slideNo));
      await page.keyboard.press('Enter');
      await expect(counter(page)).toHaveText(`${slideNo} / ${TOTAL}`);
      expect(await drawnFontSize(slideTitle(page))).toBeGreaterThanOrEqual(48);
      const texts = deck(page).getByRole('img').locator('svg text');
      expect(await texts.count()).toBeGreaterThan(3);
      const sizes = await Promise.all((await texts.all()).map(drawnFontSize));
      expect(Math.min(...sizes), `slide ${slideNo}`).toBeGreaterThanOrEqual(24);
    }
  });

  test('a chart slide has no serious or critical accessibility violation, in either theme', async ({
    page,
  }) => {
    await openDeck(page, '?slide=3');
    await startDeck(page);
    const scan = async () => {
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    };
    await scan();
    await clickExit(page);
    await page.getByRole('radio', { name: '深色' }).check();
    await startDeck(page);
    await scan();
  });
});

test('a slide keeps 16:9 on any screen and device pixel ratio', async ({ browser }, testInfo) => {
  for (const [width, height, deviceScaleFactor] of [
    [1280, 1024, 1],
    [1536, 864, 1.25],
    [1280, 720, 1.5],
    [1366, 768, 3],
  ] as const) {
    const context = await browser.newContext({
      baseURL: testInfo.project.use.baseURL,
      viewport: { width, height },
      deviceScaleFactor,
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    await openDeck(page, '?slide=3');
    await startDeck(page);
    const box = (await deck(page)
      .getByRole('region', { name: '发文、开会数量占全年计划的比例' })
      .boundingBox())!;
    expect(box.width / box.height).toBeCloseTo(16 / 9, 2);
    expect(Math.min(width - box.width, height - box.height)).toBeLessThanOrEqual(1);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    await context.close();
  }
});

test('printing gives one A4 landscape page per shown slide, with stamp, sources and page numbers', async ({
  page,
}) => {
  await openDeck(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: '开始演示' })).toBeHidden();
  await expect(page.getByText(`第 3 页 / 共 ${TOTAL} 页`)).toBeVisible();
  await expect(page.getByText('数据截至 2020年11月底').first()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', landscape: true });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(TOTAL);
});

test('a chart slide downloads as SVG and as a 2× PNG with its title, conclusion and source', async ({
  page,
}) => {
  await openDeck(page, '?slide=3');
  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载 SVG' }).click(),
  ]);
  expect(svgDownload.suggestedFilename()).toMatch(/\.svg$/);
  const svg = readFileSync((await svgDownload.path())!, 'utf8');
  const size = /^<svg[^>]*?\swidth="(\d+)" height="(\d+)"/.exec(svg);
  expect(size).not.toBeNull();
  const [width, height] = [Number(size![1]), Number(size![2])];
  expect(svg).toContain('发文、开会数量占全年计划的比例');
  expect(svg).toContain('截至2020年11月底');
  expect(svg).toContain('来源：人民日报');
  expect(svg).not.toContain('var(--');

  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载 PNG' }).click(),
  ]);
  expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
  const png = readFileSync((await pngDownload.path())!);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  expect(png.readUInt32BE(16)).toBe(2 * width);
  expect(png.readUInt32BE(20)).toBe(2 * height);
});

test('the editor hides, reorders and annotates slides, and the deck remembers', async ({ page }) => {
  await openDeck(page);
  const yoy = page.getByRole('checkbox', { name: '发文、开会数量同比降幅' });
  await yoy.uncheck();
  await expect(counter(page)).toHaveText(`1 / ${TOTAL - 1}`);
  await page.getByRole('button', { name: '上移「数据来源」' }).click();
  const note = page.getByRole('textbox', { name: '「数据来源」的要点' });
  await note.fill('欢迎提问');
  // Keys typed into the note stay in the note.
  await note.press('ArrowRight');
  await note.press('End');
  await expect(counter(page)).toHaveText(`1 / ${TOTAL - 1}`);

  await page.reload();
  await expect(yoy).not.toBeChecked();
  await expect(note).toHaveValue('欢迎提问');
  await startDeck(page);
  const titles: string[] = [];
  for (let i = 1; i <= TOTAL - 1; i++) {
    await expect(counter(page)).toHaveText(`${i} / ${TOTAL - 1}`);
    if (i > 1) titles.push((await slideTitle(page).textContent()) ?? '');
    await page.keyboard.press('PageDown');
  }
  expect(titles).not.toContain('发文、开会数量同比降幅');
  expect(titles.slice(-2)).toEqual(['数据来源', '地方实践：降幅最大的做法']);
  await page.keyboard.press('7');
  await page.keyboard.press('Enter');
  await expect(slideTitle(page)).toHaveText('数据来源');
  // The note is the presenter's (the presenter window shows it), not the audience's.
  await expect(deck(page).getByText('欢迎提问')).toHaveCount(0);

  await clickExit(page);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', landscape: true });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(TOTAL - 1);
});

/** Whether two boxes share any pixel. */
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('the pill stays off the source line, leaves when the pointer rests, and never shows on a blank screen', async ({
  browser,
}, testInfo) => {
  const context = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    viewport: { width: 1280, height: 720 },
    deviceScaleFactor: 1.5,
    locale: 'zh-CN',
  });
  await context.clock.install();
  const page = await context.newPage();
  const hud = page.getByTestId('deck-hud');
  // Every slide with a source line: the pill never covers any of its text.
  await openDeck(page, '?slide=2');
  await startDeck(page);
  await page.mouse.move(640, 300);
  for (let slide = 2; slide <= 8; slide++) {
    await expect(counter(page)).toHaveText(`${slide} / ${TOTAL}`);
    const pill = (await hud.boundingBox())!;
    for (const line of await deck(page).locator('.slide-source, .slide-stamp').all()) {
      const box = (await line.boundingBox())!;
      expect(
        overlap(pill, box),
        `slide ${slide}: pill ${JSON.stringify(pill)} / ${JSON.stringify(box)}`,
      ).toBe(false);
    }
    await page.keyboard.press('PageDown');
  }
  // A few seconds without pointer movement: the pill goes; moving the pointer brings it back.
  await page.mouse.move(660, 310);
  await expect(hud).toBeVisible();
  await page.clock.runFor(3500);
  await expect(hud).toBeHidden();
  await page.keyboard.press('PageUp');
  await expect(hud).toBeHidden();
  await page.mouse.move(700, 320);
  await expect(hud).toBeVisible();
  // Blanked: nothing on the screen, the pill neither.
  await page.keyboard.press('b');
  await expect(page.getByTestId('deck-blank')).toBeVisible();
  await expect(hud).toHaveCount(0);
  await page.mouse.move(500, 300);
  await expect(hud).toHaveCount(0);
  await context.close();
});

test('a stamp is true of every figure on its slide, on screen, on paper and in the image', async ({
  page,
}) => {
  await openDeck(page, '?slide=8');
  await expect(slideTitle(page)).toHaveText('地方实践：降幅最大的做法');
  // 吕梁's figures are from 2020, others from 2024.
  await expect(deck(page)).toContainText('吕梁');
  await expect(deck(page).locator('.slide-stamp')).toHaveText('2020–2024年数据');
  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载 SVG' }).click(),
  ]);
  const svg = readFileSync((await svgDownload.path())!, 'utf8');
  // The image's lines of text, each whole: the range is there, and no line claims 2024 alone.
  const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
  expect(texts).toContain('2020–2024年数据');
  expect(texts).not.toContain('2024年数据');
  expect(texts).not.toContain('数据截至 2024年');
  await page.emulateMedia({ media: 'print' });
  const handout = page.locator('.present-print');
  await expect(handout.getByText('2020–2024年数据')).toBeVisible();
  await expect(handout.getByText('2024年数据', { exact: true })).toHaveCount(0);
});

test('a handout page is the A4 page: the slide across its width, centred; with notes, each note beneath its slide', async ({
  page,
}) => {
  await openDeck(page);
  await page.emulateMedia({ media: 'print' });
  const pages = page.locator('.print-page');
  await expect(pages).toHaveCount(TOTAL);
  const mm = 96 / 25.4;
  const sheet = (await pages.nth(2).boundingBox())!;
  const slide = (await pages.nth(2).locator('section[aria-roledescription]').boundingBox())!;
  // A4 landscape less 10 mm margins: 277 × 190 mm.
  expect(sheet.height).toBeGreaterThan(185 * mm);
  expect(slide.width).toBeCloseTo(277 * mm, -1);
  const [above, below] = [slide.y - sheet.y, sheet.y + sheet.height - (slide.y + slide.height)];
  expect(Math.abs(above - below)).toBeLessThan(2);
  // The page the handout asks for: A4 landscape, 842 × 595 points.
  const landscape = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  expect(landscape.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(TOTAL);
  const across = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(landscape);
  expect(Number(across![1])).toBeCloseTo(842, -1);
  expect(Number(across![2])).toBeCloseTo(595, -1);

  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('textbox', { name: '「核心指标」的要点' }).fill('先说五个数，再说为什么。');
  await page.getByLabel('讲义附每页要点').check();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-note')).toHaveCount(TOTAL);
  await expect(page.getByTestId('print-note').nth(1)).toContainText('先说五个数，再说为什么。');
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(TOTAL);
  // A4 portrait: 595 × 842 points.
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
  expect(Number(box![1])).toBeCloseTo(595, -1);
  expect(Number(box![2])).toBeCloseTo(842, -1);
});

test('the A4 landscape page stays with the handout: the dashboard reached from the deck prints on its own page', async ({
  page,
}) => {
  await openDeck(page);
  // A plain click switches view without a reload: the deck's stylesheet stays loaded.
  await page.getByRole('link', { name: '总览', exact: true }).click();
  await expect(page.getByTestId('headline-card').first()).toBeVisible();
  await expect(page.locator('.present-print')).toHaveCount(0);
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
  // Not the handout's 842 × 595: the dashboard prints upright, on the browser's own paper.
  expect(Number(box![1])).toBeLessThan(Number(box![2]));
});

test('on a 390 px phone the deck page does not scroll sideways (the slide editor no longer widens it)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openDeck(page, '?slide=3');
  const widths = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
});

test('F pressed again before full screen has finished closing presents again, not stopped by the late close', async ({
  page,
}) => {
  const fullscreen = () =>
    page.evaluate(() => document.fullscreenElement?.getAttribute('aria-label') ?? null);
  await openDeck(page);
  await startDeck(page);
  await expect.poll(fullscreen).toBe('幻灯片');
  // Leave and come back at once (both keys sent without waiting): the browser reports leaving full screen
  // after the second F has asked for it again.
  await Promise.all([page.keyboard.press('f'), page.keyboard.press('F')]);
  await expect.poll(fullscreen).toBe('幻灯片');
  await expectPresenting(page);
});
