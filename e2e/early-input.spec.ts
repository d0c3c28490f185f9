import type { Page } from '@playwright/test';
import { test, expect as baseExpect, holdAppCode } from './fixtures';

// A throttled page on a shared machine is slow: the outcome is asserted, never how soon it comes.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 90_000 });

/**
 * A reader who acts the moment a page has loaded, on a mid-range phone (CPU throttled 4×): every input
 * does what it would do on a page long loaded. No timing is asserted, only the outcome.
 */

/** Each prerendered page: its file, the URL it normalises to and its heading. */
const PAGES = [
  { file: './', path: '/', heading: '总览' },
  { file: 'cases.html', path: '/cases.html', heading: '地方实践' },
  { file: 'timeline.html', path: '/timeline.html', heading: '减负进行时' },
  { file: 'data.html', path: '/data.html', heading: '全部数据' },
] as const;

/** Opens `file` with the CPU throttled, returning as soon as the page's load event has fired. */
async function openThrottled(page: Page, file: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(file, { waitUntil: 'load' });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

for (const { file, path, heading } of PAGES) {
  for (const delay of [0, 50]) {
    test(`${file}: "gs" typed into the province box at once (${delay} ms a key) finds 甘肃, and Enter applies it`, async ({
      page,
    }) => {
      await openThrottled(page, file);
      const box = page.getByRole('combobox', { name: '省份' });
      await box.click();
      await page.keyboard.type('gs', { delay });
      await expect(box).toHaveValue('gs');
      await expect(page.getByRole('listbox', { name: '省份' }).getByRole('option').first()).toHaveText(
        /^甘肃/,
      );
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${escape(path)}\\?province=620000$`));
      await expect(page.getByRole('button', { name: '移除甘肃' })).toBeVisible();
      await expect(page.getByTestId('active-filters')).toHaveText('当前筛选：甘肃省');
      await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
      await expect(box).toHaveValue('');
    });
  }
}

for (const delay of [0, 50]) {
  test(`typed ahead in the province box, Enter straight after (${delay} ms a key) applies what was typed`, async ({
    page,
  }) => {
    await openThrottled(page, './');
    await page.getByRole('combobox', { name: '省份' }).click();
    await page.keyboard.type('gs', { delay });
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/\?province=620000$/);
    await expect(page.getByTestId('active-filters')).toHaveText('当前筛选：甘肃省');
  });

  test(`the table search takes what is typed at once (${delay} ms a key)`, async ({ page }) => {
    await openThrottled(page, 'data.html');
    const search = page.getByRole('searchbox', { name: '搜索' });
    await search.click();
    await page.keyboard.type('嘉鱼', { delay });
    await expect(search).toHaveValue('嘉鱼');
    await expect(page.getByTestId('table-count')).toHaveText(/显示 4 条$/);
    await expect(page).toHaveURL(/data\.html\?q=%E5%98%89%E9%B1%BC$/);
    // Sorting right after works too.
    await page.getByRole('button', { name: /^变化/ }).click();
    await expect(page.getByRole('columnheader', { name: /^变化/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  test(`the tile map's keys pressed at once (${delay} ms a key) move and toggle as pressed`, async ({
    page,
  }) => {
    await openThrottled(page, 'cases.html');
    const map = page.getByRole('group', { name: '省份方块图，按地理位置大致排列' });
    await page.getByLabel('类别').focus();
    for (const key of ['Tab', 'ArrowDown', 'ArrowRight', 'Enter']) {
      await page.keyboard.press(key);
      if (delay) await page.waitForTimeout(delay);
    }
    const gansu = map.getByRole('button', { name: '甘肃 3条数据', exact: true });
    await expect(gansu).toBeFocused();
    await expect(page).toHaveURL(/cases\.html\?province=620000$/);
    await expect(gansu).toHaveAttribute('aria-pressed', 'true');
    await expect(map.getByRole('button', { name: '新疆 3条数据', exact: true })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await expect(page.getByTestId('case-count')).toHaveText('共 3 条地方数据');
  });
}

test('a year and a category chosen at once are applied', async ({ page }) => {
  await openThrottled(page, './');
  await page.getByLabel('年份').selectOption('2020');
  await page.getByLabel('类别').selectOption('inspections');
  await expect(page).toHaveURL(/\/\?year=2020&category=inspections$/);
  await expect(page.getByTestId('active-filters')).toHaveText('当前筛选：2020年 督查检查考核');
  await expect(page.getByTestId('headline-card')).toHaveCount(1);
});

test('a source opened at once shows its quote', async ({ page }) => {
  await openThrottled(page, './');
  await page.getByRole('article', { name: '各省区市 · 文件数量' }).getByRole('button').first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('mark').first()).toBeVisible();
});

test('Enter in an empty province box selects nothing', async ({ page }) => {
  await page.goto('./');
  const box = page.getByRole('combobox', { name: '省份' });
  await box.click();
  await expect(page.getByRole('listbox', { name: '省份' }).getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: /^移除/ })).toHaveCount(0);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('active-filters')).toHaveText('未筛选，显示全部数据');
  // An arrow key picks an entry on purpose: Enter then applies it.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/\?province=\d{6}$/);
});

test.describe('before the app has arrived', () => {
  test('a province typed and entered is applied once it has', async ({ page }) => {
    const release = await holdAppCode(page);
    await page.goto('./');
    await page.getByRole('combobox', { name: '省份' }).click();
    await page.keyboard.type('gs');
    await page.keyboard.press('Enter');
    release();
    await expect(page).toHaveURL(/\/\?province=620000$/);
    await expect(page.getByTestId('active-filters')).toHaveText('当前筛选：甘肃省');
    await expect(page.getByRole('combobox', { name: '省份' })).toHaveValue('');
  });

  test('the tile map moves and toggles as the keys were pressed', async ({ page }) => {
    const release = await holdAppCode(page);
    await page.goto('cases.html');
    await page.getByLabel('类别').focus();
    for (const key of ['Tab', 'ArrowDown', 'ArrowRight', 'Enter']) await page.keyboard.press(key);
    release();
    const map = page.getByRole('group', { name: '省份方块图，按地理位置大致排列' });
    await expect(page).toHaveURL(/cases\.html\?province=620000$/);
    await expect(map.getByRole('button', { name: '甘肃 3条数据', exact: true })).toBeFocused();
    await expect(page.getByTestId('case-count')).toHaveText('共 3 条地方数据');
  });

  test('a search typed, a sort clicked and a year chosen all apply', async ({ page }) => {
    const release = await holdAppCode(page);
    await page.goto('data.html');
    await page.getByRole('searchbox', { name: '搜索' }).fill('嘉鱼');
    await page.getByRole('button', { name: /^变化/ }).click();
    await page.getByLabel('年份').selectOption('2024');
    release();
    await expect(page).toHaveURL(/data\.html\?year=2024&q=%E5%98%89%E9%B1%BC$/);
    await expect(page.getByRole('searchbox', { name: '搜索' })).toHaveValue('嘉鱼');
    await expect(page.getByRole('columnheader', { name: /^变化/ })).toHaveAttribute('aria-sort', 'ascending');
    await expect(page.getByTestId('active-filters')).toHaveText('当前筛选：2024年 “嘉鱼”');
  });

  test('a source clicked opens; the language chosen is applied', async ({ page }) => {
    const release = await holdAppCode(page);
    await page.goto('./');
    await page.getByRole('article', { name: '各省区市 · 文件数量' }).getByRole('button').first().click();
    release();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();

    const again = await holdAppCode(page);
    await page.reload();
    await page.getByLabel('界面语言').selectOption('en');
    again();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  });
});
