import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, holdAppCode } from './fixtures';

const HEADLINES = ['27.7%', '29.5%', '14.3%', '59.7%', '96项 → 50项'];
const PLAN_CONCLUSION = '截至2020年11月底，四项均低于全年计划；中央和国家机关会议数量最低，仅为计划的40.8%。';

/** Collects hydration warnings (the fixtures already fail a test on any console error). */
function hydrationWarnings(page: Page): string[] {
  const warnings: string[] = [];
  page.on('console', (msg) => {
    if (/hydrat/i.test(msg.text())) warnings.push(`${msg.type()}: ${msg.text()}`);
  });
  return warnings;
}

/** Records every layout shift from the start of the page. */
async function recordShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: number[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__shifts.push((e as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the overview shows every headline figure, the captions and the charts', async ({ page }) => {
    await page.goto('./');
    const cards = page.getByTestId('headline-card');
    await expect(cards).toHaveCount(5);
    for (const figure of HEADLINES) await expect(cards.filter({ hasText: figure })).toHaveCount(1);
    // Styled by the rules inlined in the page: no stylesheet is requested before the first paint.
    await expect(page.locator('link[rel="stylesheet"]')).toHaveCount(0);
    await expect(cards.first().locator('.headline-figure')).toHaveCSS('display', 'inline-flex');
    await expect(cards.first()).toHaveCSS('border-top-style', 'solid');
    await expect(page.getByRole('article', { name: '各省区市 · 文件数量' })).toContainText('来源：人民日报');

    const plan = page.getByRole('figure', { name: '发文、开会数量占全年计划的比例' });
    await expect(plan.getByTestId('conclusion')).toHaveText(PLAN_CONCLUSION);
    const captions = page.getByTestId('conclusion');
    await expect(captions).toHaveCount(4);
    for (const caption of await captions.all()) await expect(caption).not.toBeEmpty();

    // The charts as drawn at build time: SVG in the page, in each chart's box.
    await expect(page.locator('.chart-box svg.recharts-surface')).toHaveCount(5);
    // The plan's 100% mark, the one dashed line.
    await expect(plan.locator('svg line[stroke-dasharray]')).toHaveCount(1);
    await expect(plan.locator('svg.recharts-surface')).toBeVisible();
  });

  test('the other views are in their pages too', async ({ page }) => {
    await page.goto('timeline.html');
    await expect(page.getByTestId('timeline-event').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: '减负进行时', level: 1 })).toBeVisible();
    await page.goto('data.html');
    await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
    await page.goto('cases.html');
    await expect(page.getByTestId('case-count')).toBeVisible();
  });
});

test.describe('with JavaScript', () => {
  test('the page hydrates by itself after first paint, without a warning or a shift; charts go live in place', async ({
    page,
  }) => {
    // Tall enough that every chart box is near the viewport: each goes live as it comes near.
    await page.setViewportSize({ width: 1366, height: 4000 });
    const warnings = hydrationWarnings(page);
    const shifts = await recordShifts(page);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('./');
    await expect(page.getByTestId('headline-card')).toHaveCount(5);
    // With no input: the drawn charts are replaced by live ones, and the whole stylesheet is applied.
    await expect(page.locator('[data-static-chart]')).toHaveCount(0);
    await expect(page.locator('[data-live-chart] svg.recharts-surface')).toHaveCount(5);
    await expect(page.locator('link[rel="stylesheet"]')).toHaveCount(1);
    // The dataset file is read to check it is the one the page was built from.
    expect(requested).toContain(new URL('data/dataset.json', page.url()).pathname);

    // The first click reaches its button: the source opens.
    await page.getByRole('article', { name: '各省区市 · 文件数量' }).getByRole('button').first().click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('mark').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect(await shifts()).toEqual([]);
    expect(warnings).toEqual([]);
  });

  test('before the app has arrived, the page is the drawn one and its code is on its way', async ({
    page,
  }) => {
    const release = await holdAppCode(page);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('./');
    await expect(page.getByTestId('headline-card')).toHaveCount(5);
    await expect(page.locator('[data-static-chart] svg.recharts-surface')).toHaveCount(5);
    await expect(page.locator('[data-live-chart]')).toHaveCount(0);
    // The app's code and the rest of what hydrates the page are requested side by side.
    const modules = ((await page.locator('#root').getAttribute('data-modules')) ?? '')
      .split(' ')
      .map((f) => new URL(f, page.url()).pathname);
    expect(modules.length).toBeGreaterThan(1);
    await expect.poll(() => modules.filter((f) => !requested.includes(f))).toEqual([]);
    await expect(page.locator('[data-live-chart]')).toHaveCount(0);
    release();
    // The charts on screen go live.
    await expect(page.locator('[data-live-chart] svg.recharts-surface').first()).toBeVisible();
  });

  test('a dataset file changed since the build is shown as it is now, with no input', async ({ page }) => {
    const file = readFileSync(path.resolve(import.meta.dirname, '../public/data/dataset.json'), 'utf8');
    const changed = file
      .replace('"yoyChange": -27.7', '"yoyChange": -31.2')
      .replace('同比下降27.7%和29.5%', '同比下降31.2%和29.5%');
    expect(changed).not.toEqual(file);
    await page.route('**/data/dataset.json', (route) =>
      route.fulfill({ body: changed, contentType: 'application/json' }),
    );
    await page.goto('./');
    const card = page.getByRole('article', { name: '各省区市 · 文件数量' });
    await expect(card).toContainText('31.2%');
    await expect(card).not.toContainText('27.7%');
  });

  test('each chart the build drew looks exactly like the live chart that replaces it', async ({
    page,
  }, testInfo) => {
    // Tall enough that every chart box is near the viewport, so each live chart renders.
    await page.setViewportSize({ width: 1366, height: 4000 });
    const release = await holdAppCode(page);
    await page.goto('./');
    await expect(page.locator('[data-static-chart] svg.recharts-surface')).toHaveCount(5);
    const boxes = page.locator('.chart-box');
    const drawn: Buffer[] = [];
    for (const box of await boxes.all()) drawn.push(await box.screenshot());
    expect(drawn.length).toBeGreaterThan(3);
    release();
    await expect(page.locator('[data-static-chart]')).toHaveCount(0);
    await expect(page.locator('[data-live-chart] svg.recharts-surface')).toHaveCount(5);
    const live = await boxes.all();
    expect(live).toHaveLength(drawn.length);
    for (const [i, before] of drawn.entries()) {
      let after: Buffer = Buffer.alloc(0);
      const same = async () => (after = await live[i]!.screenshot()).equals(before);
      await expect
        .poll(same, { message: `chart box ${i}` })
        .toBe(true)
        .catch(async (error: unknown) => {
          // Both pictures go with the report, to see what differs.
          await testInfo.attach(`chart-${i}-drawn.png`, { body: before, contentType: 'image/png' });
          await testInfo.attach(`chart-${i}-live.png`, { body: after, contentType: 'image/png' });
          await testInfo.attach(`chart-${i}-live.svg`, {
            body: await live[i]!.locator('svg')
              .first()
              .evaluate((svg) => svg.outerHTML),
            contentType: 'image/svg+xml',
          });
          throw error;
        });
    }
  });

  test("a chart's labels wrap as drawn, whatever size an earlier measurement left in Recharts' span", async ({
    page,
  }) => {
    const release = await holdAppCode(page);
    await page.goto('./');
    const plan = page.getByRole('figure', { name: '发文、开会数量占全年计划的比例' });
    const lines = (label: RegExp) =>
      plan
        .locator('svg text')
        .filter({ hasText: label })
        .evaluate((text) => Math.max(1, text.querySelectorAll('tspan').length));
    // As drawn: the long labels take two lines, the short ones one.
    expect(await lines(/中央和国家机关 ·\s*文件数量/)).toBe(2);
    expect(await lines(/各省区市 ·\s*文件数量/)).toBe(1);
    // Recharts measures words in one shared span and keeps whatever size an earlier measurement set there.
    await page.evaluate(() => {
      const span = document.createElement('span');
      span.id = 'recharts_measurement_span';
      span.style.fontSize = '30px';
      document.body.append(span);
    });
    release();
    // The live chart renders as it comes near the viewport.
    await plan.scrollIntoViewIfNeeded();
    await expect(plan.locator('[data-static-chart]')).toHaveCount(0);
    await expect(plan.locator('[data-live-chart] svg.recharts-surface')).toHaveCount(1);
    expect(await lines(/中央和国家机关 ·\s*文件数量/)).toBe(2);
    expect(await lines(/各省区市 ·\s*文件数量/)).toBe(1);
  });

  test('filters and the language switch work at once', async ({ page }) => {
    const warnings = hydrationWarnings(page);
    await page.goto('./');
    await page.getByLabel('年份').selectOption('2019');
    await expect(page.getByTestId('empty-state')).toContainText('2019年 暂无数据');
    await expect(page).toHaveURL(/\?year=2019$/);
    await page.getByLabel('界面语言').selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('empty-state')).toContainText('No data');
    expect(warnings).toEqual([]);
  });

  test('a filtered link renders its own state at once', async ({ page }) => {
    const warnings = hydrationWarnings(page);
    await page.goto('index.html?year=2019');
    await expect(page.getByTestId('empty-state')).toContainText('2019年 暂无数据');
    await expect(page.getByTestId('headline-card')).toHaveCount(0);
    await expect(page.getByLabel('年份')).toHaveValue('2019');
    expect(warnings).toEqual([]);
  });

  test('a filtered link never paints the unfiltered figures, from its first frame to the last', async ({
    page,
    context,
  }) => {
    // Every frame the page paints is recorded from before the document is parsed: whether the page is
    // visible, and the table's count line. A slow phone (4× CPU) widens every gap between the parts.
    await page.addInitScript(() => {
      const w = window as unknown as { __frames: string[] };
      w.__frames = [];
      const record = () => {
        const root = document.getElementById('root');
        if (root && getComputedStyle(root).visibility !== 'hidden') {
          const line = /共 \d+ 条 \/ 显示 \d+ 条/.exec(root.innerText)?.[0];
          if (line && w.__frames[w.__frames.length - 1] !== line) w.__frames.push(line);
        }
        requestAnimationFrame(record);
      };
      requestAnimationFrame(record);
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto('data.html?province=620000');
    await expect(page.getByRole('button', { name: '移除甘肃' })).toBeVisible();
    const shown = await page.getByText(/共 \d+ 条 \/ 显示 \d+ 条/).innerText();
    expect(shown).not.toMatch(/共 (\d+) 条 \/ 显示 \1 条/);
    await page.waitForTimeout(500);
    // Only the filtered count was ever on screen.
    expect(await page.evaluate(() => (window as unknown as { __frames: string[] }).__frames)).toEqual([
      shown,
    ]);
  });

  test('a stored language other than the drawn one is applied at once', async ({ page }) => {
    await page.addInitScript(() =>
      localStorage.setItem('jianfu.ui', JSON.stringify({ state: { locale: 'en' }, version: 1 })),
    );
    const warnings = hydrationWarnings(page);
    await page.goto('./');
    await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
    await expect(page.locator('[data-live-chart] svg.recharts-surface')).toHaveCount(5);
    expect(warnings).toEqual([]);
  });

  for (const view of ['cases.html', 'timeline.html', 'data.html']) {
    test(`${view} hydrates without a warning or a shift`, async ({ page }) => {
      const warnings = hydrationWarnings(page);
      const shifts = await recordShifts(page);
      await page.goto(view);
      await expect(page.locator('main h1')).toBeVisible();
      const nav = page.getByRole('navigation', { name: '主导航' });
      // The header's links switch views without a reload.
      await nav.getByRole('link', { name: '总览' }).click();
      await expect(page.getByRole('heading', { name: '总览', level: 1 })).toBeVisible();
      expect(await shifts()).toEqual([]);
      expect(warnings).toEqual([]);
    });
  }
});
