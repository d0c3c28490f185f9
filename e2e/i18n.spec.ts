import { test, expect, holdAppCode, openOverview } from './fixtures';

test('the language switch changes every text and the choice survives a reload', async ({ page }) => {
  await openOverview(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByLabel('界面语言').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  const card = page.getByRole('article', { name: 'Provinces · documents' });
  await expect(card).toContainText('down year on year');
  await expect(card).toContainText('Data to the end of November 2020');
  // The source in English: People's Daily, not 人民日报.
  await expect(card).toContainText('Source: People’s Daily, January 2021');
  await expect(page.getByRole('main')).not.toContainText('人民日报');
  // Conclusions are whole English sentences, not Chinese word order in English words.
  await expect(page.getByRole('main')).toContainText(
    'all four stayed below the annual plan; the lowest was meetings held by central and state organs, at 40.8% of plan.',
  );
  await expect(page.getByRole('figure', { name: 'Accountability and survey' })).toContainText('69K');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  await page.getByLabel('Interface language').selectOption('zh-CN');
  await expect(page.getByRole('heading', { name: '总览', level: 1 })).toBeVisible();
});

test('繁體中文: the views, figures and province names in Traditional Chinese, kept across a reload, with quotes never converted', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openOverview(page);
  await page.getByLabel('界面语言').selectOption({ label: '繁體中文' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.getByRole('heading', { name: '總覽', level: 1 })).toBeVisible();
  const card = page.getByRole('article', { name: '各省區市 · 文件數量' });
  await expect(card).toContainText('27.7%');
  await expect(card).toContainText('數據截至 2020年11月底');
  await expect(card).toContainText('來源：人民日報 2021年1月');
  await expect(page.getByRole('figure', { name: '問責與調研' })).toContainText('6.9萬');

  // The 27.7% figure's article has no Traditional repost: its Simplified sentence, said to be so.
  await card.getByRole('button').first().click();
  const dialog = page.getByRole('dialog', { name: '數據來源' });
  await expect(dialog.getByTestId('quote-script')).toHaveText(/原文為簡體中文/);
  await expect(dialog.locator('blockquote')).toHaveAttribute('lang', 'zh-CN');
  await expect(dialog.locator('blockquote')).toContainText('同比下降27.7%和29.5%');
  await dialog.getByRole('button', { name: '關閉' }).click();

  // Kept across a reload: the prerendered page takes lang="zh-Hant" before it paints.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.getByRole('heading', { name: '總覽', level: 1 })).toBeVisible();
  await expect(page.getByRole('article', { name: '各省區市 · 文件數量' })).toContainText('27.7%');

  // Local cases: Traditional province names on the tile map; Nanguan's sentence as the Traditional repost
  // prints it (中國西藏網, 003), not converted from the Simplified.
  await page.getByRole('navigation', { name: '主導航' }).getByRole('link', { name: '地方實踐' }).click();
  await expect(page.getByRole('heading', { name: '地方實踐', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: /^江蘇/ })).toBeVisible();
  const nanguan = page.getByTestId('case-card').filter({ hasText: '南關區' }).first();
  await expect(nanguan.locator('blockquote')).toHaveAttribute('lang', 'zh-Hant');
  await expect(nanguan.locator('blockquote')).toContainText(
    '吉林長春南關區規定,區直部門原則上每年搞1次綜合性督查檢查考核,對街鄉督查檢查考核事項減少85%以上。',
  );

  // The statistics view, on the published example.
  await page.goto('import.html?dataset=example-counties');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  const stats = page.getByTestId('stats-dashboard');
  await expect(stats).toContainText('示例數據（非真實統計）');
  await expect(stats).toContainText('甘肅');
  await expect(page.getByText('示例數據：各省縣級減負統計（非真實統計）').first()).toBeVisible();

  // The deck.
  await page.goto('present.html');
  await expect(page.getByRole('button', { name: '開始演示' })).toBeEnabled();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');

  // An embed: the snippet carries the language, and the chart's page is in it.
  await page.goto('./');
  const plan = page.getByRole('figure', { name: '發文、開會數量佔全年計劃的比例' });
  await plan.getByText('嵌入', { exact: true }).click();
  const snippet = await plan.getByTestId('embed-snippet').inputValue();
  const src = /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
  expect(src).toMatch(/embed-plan\.html\?lang=zh-Hant$/);
  await page.goto(src);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.getByRole('figure', { name: '發文、開會數量佔全年計劃的比例' })).toBeVisible();
  await expect(page.getByRole('link', { name: '在減負看板中查看 ›' })).toBeVisible();
});

test('a stored 繁體中文 sets lang on the prerendered page before the app runs', async ({ page }) => {
  await page.addInitScript(() =>
    localStorage.setItem('jianfu.ui', JSON.stringify({ state: { locale: 'zh-Hant' }, version: 1 })),
  );
  const release = await holdAppCode(page);
  await page.goto('./');
  // As the stored theme is: by public/before-paint.js, before the first paint.
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  release();
  await expect(page.getByRole('heading', { name: '總覽', level: 1 })).toBeVisible();
  await expect(page.getByRole('article', { name: '各省區市 · 文件數量' })).toContainText('27.7%');
});

test('a Simplified reader downloads no other language; English is fetched when chosen, and the page switches whole', async ({
  page,
}) => {
  const catalogues = new Set<string>();
  page.on('request', (request) => {
    const locale = /\/locale-(en|zh-Hant)-[^/]*\.json$/.exec(request.url())?.[1];
    if (locale) catalogues.add(locale);
  });
  await openOverview(page);
  await expect(page.getByRole('combobox', { name: '省份' })).toBeEnabled();
  expect([...catalogues]).toEqual([]);
  await page.getByLabel('界面语言').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation').first()).not.toContainText('总览');
  expect([...catalogues]).toEqual(['en']);
});

test.describe('a language that cannot be fetched', () => {
  test.use({ allowConsoleErrors: true });
  test('leaves the page and the switch in the language shown; chosen again once it can be, it applies', async ({
    page,
  }) => {
    await openOverview(page);
    let blocked = true;
    await page.route(/\/locale-en-common-[^/]*\.json$/, (route) =>
      blocked ? route.abort() : route.continue(),
    );
    const sw = page.getByLabel('界面语言');
    await sw.selectOption('en');
    await expect(page.getByRole('alert')).toHaveText(
      'English界面文字未能加载（网络连接失败），页面保持原语言；请稍后再选一次。',
    );
    await expect(sw).toHaveValue('zh-CN');
    await expect(page.getByRole('heading', { name: '总览', level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    blocked = false;
    await sw.selectOption('en');
    await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
    await expect(page.getByLabel('Interface language')).toHaveValue('en');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
