import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { PALETTES, THEME_NAMES, type ThemeName } from '../src/components/theme/palettes';
import { test, expect, holdAppCode, openOverview } from './fixtures';

/** `#rrggbb` as getComputedStyle writes it. */
const rgb = (hex: string) => {
  const n = (i: number) => parseInt(hex.slice(i, i + 2), 16);
  return `rgb(${n(1)}, ${n(3)}, ${n(5)})`;
};

/** What the system says, for the themes a reader gets without choosing. */
const SYSTEM: Record<ThemeName, { colorScheme: 'light' | 'dark'; contrast: 'no-preference' | 'more' }> = {
  light: { colorScheme: 'light', contrast: 'no-preference' },
  dark: { colorScheme: 'dark', contrast: 'no-preference' },
  contrast: { colorScheme: 'light', contrast: 'more' },
};

/** The page's background and the first chart bar's fill, as painted. */
const painted = () => {
  const bar = document.querySelector('.chart-box path[fill^="var(--chart-1)"]');
  return {
    page: getComputedStyle(document.documentElement).backgroundColor,
    bar: bar ? getComputedStyle(bar).fill : null,
    card: getComputedStyle(document.querySelector('figure') ?? document.body).backgroundColor,
  };
};

/**
 * Records, from the first frame the page paints, the page's background and a bar's fill on every frame
 * for a second: a flash of another theme would show in one of them.
 */
async function recordFrames(page: Page) {
  await page.addInitScript(() => {
    const frames: { page: string; bar: string | null; card: string }[] = [];
    (window as unknown as { __frames: typeof frames }).__frames = frames;
    const start = performance.now();
    const tick = () => {
      const bar = document.querySelector('.chart-box path[fill^="var(--chart-1)"]');
      frames.push({
        page: getComputedStyle(document.documentElement).backgroundColor,
        bar: bar ? getComputedStyle(bar).fill : null,
        card: getComputedStyle(document.querySelector('figure') ?? document.body).backgroundColor,
      });
      if (performance.now() - start < 1500) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

function expectTheme(frame: { page: string; bar: string | null; card: string }, theme: ThemeName) {
  expect(frame.page).toBe(rgb(PALETTES[theme].page));
  expect(frame.card).toBe(rgb(PALETTES[theme].surface));
  if (frame.bar !== null) expect(frame.bar).toBe(rgb(PALETTES[theme]['chart-1']));
}

async function noSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const theme of THEME_NAMES) {
  test.describe(`the ${theme} theme`, () => {
    test('follows the system on the page as built, without JavaScript', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, ...SYSTEM[theme] });
      const page = await context.newPage();
      await page.goto('./');
      await expect(page.getByTestId('headline-card').first()).toBeVisible();
      const frame = await page.evaluate(painted);
      expect(frame.bar).not.toBeNull();
      expectTheme(frame, theme);
      await context.close();
    });

    test('paints in the chosen theme from the first frame, and axe finds no serious violation', async ({
      page,
    }) => {
      // The system says the opposite of the choice where it can, so a flash of the system's would show.
      await page.emulateMedia({ colorScheme: theme === 'light' ? 'dark' : 'light' });
      await page.addInitScript((t) => localStorage.setItem('jianfu.theme', t), theme);
      await recordFrames(page);
      await page.goto('./');
      await expect(page.getByTestId('headline-card').first()).toBeVisible();
      await page.waitForFunction(() => (window as unknown as { __frames: unknown[] }).__frames.length > 10);
      const frames = await page.evaluate(() => (window as unknown as { __frames: [] }).__frames);
      for (const frame of frames) expectTheme(frame, theme);
      // The menu says so before the app has started, and after.
      await expect(page.getByRole('combobox', { name: '配色' })).toHaveValue(theme);
      await openOverview(page);
      await page.getByRole('combobox', { name: '配色' }).focus();
      await expect(page.locator('.recharts-surface').first()).toBeVisible();
      expectTheme(await page.evaluate(painted), theme);
      await noSeriousViolations(page);
    });

    test('covers the other views and the source dialog, with axe clean', async ({ page }) => {
      await page.emulateMedia(SYSTEM[theme]);
      await page.goto('cases.html');
      await expect(page.getByRole('heading', { level: 1, name: '地方实践' })).toBeVisible();
      await expect(page.locator('html')).toHaveCSS('background-color', rgb(PALETTES[theme].page));
      await noSeriousViolations(page);
      await page.goto('data.html');
      await expect(page.getByRole('heading', { level: 1, name: '全部数据' })).toBeVisible();
      await page
        .getByRole('button', { name: /人民日报/ })
        .first()
        .click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expect(page.getByRole('dialog')).toHaveCSS('background-color', rgb(PALETTES[theme].surface));
      await noSeriousViolations(page);
    });
  });
}

test('the theme menu applies a choice at once, keeps it across a reload, and 跟随系统 follows the system again', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openOverview(page);
  const menu = page.getByRole('combobox', { name: '配色' });
  await expect(menu).toHaveValue('system');
  await menu.selectOption('contrast');
  await expect(page.locator('html')).toHaveCSS('background-color', rgb(PALETTES.contrast.page));
  await page.reload();
  await expect(page.locator('html')).toHaveCSS('background-color', rgb(PALETTES.contrast.page));
  await expect(menu).toHaveValue('contrast');
  await menu.selectOption('system');
  await expect(page.locator('html')).toHaveCSS('background-color', rgb(PALETTES.light.page));
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveCSS('background-color', rgb(PALETTES.dark.page));
  await page.reload();
  await expect(page.locator('html')).toHaveCSS('background-color', rgb(PALETTES.dark.page));
});

test('跟随系统 chosen before the app has arrived, over a stored theme, is applied once it has', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openOverview(page);
  const menu = page.getByRole('combobox', { name: '配色' });
  await menu.selectOption('contrast');
  await expect(page.locator('html')).toHaveCSS('background-color', rgb(PALETTES.contrast.page));
  const release = await holdAppCode(page);
  await page.reload();
  // The stored theme, shown before the app: the reader goes back to the system's.
  await expect(menu).toHaveValue('contrast');
  await menu.selectOption('system');
  release();
  await expect(page.getByTestId('headline-card').first()).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  await expect(page.locator('html')).toHaveCSS('background-color', rgb(PALETTES.light.page));
  await expect(menu).toHaveValue('system');
  await page.reload();
  await expect(menu).toHaveValue('system');
  await expect(page.locator('html')).toHaveCSS('background-color', rgb(PALETTES.light.page));
});
