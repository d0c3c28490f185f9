import { test, expect, openOverview } from './fixtures';

const CONCLUSION_2020 = '共6个省份有地方数据，江苏、浙江并列最多（各4条）。';
const STAMP_2020 = '数据截至 2020年11月';

test('嵌入 gives an <iframe> snippet whose page shows the chart alone, filtered, with its stamp, sources and a link back', async ({
  page,
}) => {
  await page.goto('./?year=2020');
  await expect(page.getByTestId('headline-card').first()).toBeVisible();
  const plan = page.getByRole('figure', { name: '发文、开会数量占全年计划的比例' });
  await plan.getByText('嵌入', { exact: true }).click();
  const snippet = await plan.getByTestId('embed-snippet').inputValue();
  expect(snippet).toMatch(/^<iframe src="[^"]+" title="[^"]+" width="640" height="\d+"/);
  const src = /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
  expect(src).toMatch(/embed-plan\.html\?year=2020$/);

  await page.goto(src);
  const chart = page.getByRole('figure', { name: '发文、开会数量占全年计划的比例' });
  await expect(chart).toBeVisible();
  await expect(chart.getByTestId('conclusion')).toContainText('40.8%');
  await expect(page.locator('.recharts-surface')).toHaveCount(1);
  await expect(page.getByTestId('embed-stamp')).toHaveText('数据截至 2020年11月底');
  await expect(page.getByText('来源：人民日报 2021年1月')).toBeVisible();
  // No navigation, no filters, no other chart, nothing to embed again.
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('combobox')).toHaveCount(0);
  await expect(page.getByRole('figure')).toHaveCount(1);
  await expect(page.getByText('嵌入', { exact: true })).toHaveCount(0);
  const back = page.getByRole('link', { name: '在减负看板中查看 ›' });
  await expect(back).toHaveAttribute('href', './?year=2020');
  await expect(back).toHaveAttribute('target', '_blank');
});

test('an embedded chart is prerendered, in the language and theme its snippet names, inside another page', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // As built: the chart is on the page before any script runs.
  const html = await (await page.request.get('embed-yoy.html')).text();
  expect(html).toContain('data-prerendered="embed-yoy"');
  expect(html).toContain('recharts-surface');
  expect(html).not.toContain('<nav');

  // English and dark, chosen on the dashboard, travel in the snippet.
  await openOverview(page);
  await page.getByRole('combobox', { name: '界面语言' }).selectOption('en');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  const yoy = page.getByRole('figure').nth(1);
  await yoy.getByText('Embed', { exact: true }).click();
  const snippet = await yoy.getByTestId('embed-snippet').inputValue();
  const src = /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
  expect(src).toMatch(/embed-yoy\.html\?lang=en&theme=dark$/);

  // The snippet, pasted into a portal's page (another origin would be the same: the page needs nothing
  // from its host).
  await page.setContent(snippet);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByTestId('conclusion')).toContainText('59.7%');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(frame.getByRole('navigation')).toHaveCount(0);
  await expect(frame.getByRole('link', { name: 'View in the dashboard ›' })).toBeVisible();
});

test('the tile map has 嵌入 too: its page shows the map alone, filtered, with its stamp, sources and a link back to the cases', async ({
  page,
}) => {
  await page.goto('cases.html?year=2020');
  const map = page.getByRole('region', { name: '各省份地方数据' });
  await map.getByText('嵌入', { exact: true }).click();
  const snippet = await map.getByTestId('embed-snippet').inputValue();
  expect(snippet).toMatch(/^<iframe src="[^"]+" title="各省份地方数据 · 减负看板" width="640" height="\d+"/);
  const src = /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
  expect(src).toMatch(/embed-map\.html\?year=2020$/);

  await page.goto(src);
  await expect(page.getByTestId('map-conclusion')).toHaveText(CONCLUSION_2020);
  await expect(page.getByRole('button', { name: '吉林 2条数据', exact: true })).toBeVisible();
  await expect(page.getByTestId('embed-stamp')).toHaveText(STAMP_2020);
  await expect(page.getByText('来源：人民日报 2020年6月11日')).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('combobox')).toHaveCount(0);
  await expect(page.getByTestId('case-card')).toHaveCount(0);
  await expect(page.getByText('嵌入', { exact: true })).toHaveCount(0);
  const back = page.getByRole('link', { name: '在减负看板中查看 ›' });
  await expect(back).toHaveAttribute('href', 'cases.html?year=2020');
});

test('the timeline has 嵌入 too: its page, prerendered, shows the timeline alone in the snippet’s language', async ({
  page,
}) => {
  const html = await (await page.request.get('embed-timeline.html')).text();
  expect(html).toContain('data-prerendered="embed-timeline"');
  expect(html).not.toContain('<nav');

  await page.goto('timeline.html?year=2020');
  await page.getByRole('combobox', { name: '界面语言' }).selectOption('en');
  await page.getByText('Embed', { exact: true }).click();
  const snippet = await page.getByTestId('embed-snippet').inputValue();
  const src = /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
  expect(src).toMatch(/embed-timeline\.html\?year=2020&lang=en$/);

  await page.setContent(snippet);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Timeline');
  await expect(frame.getByTestId('timeline-summary')).toBeVisible();
  await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
  await expect(frame.getByRole('navigation')).toHaveCount(0);
  await expect(frame.getByTestId('embed-stamp')).toHaveText(/^Data to /);
  const back = frame.getByRole('link', { name: 'View in the dashboard ›' });
  await expect(back).toHaveAttribute('href', 'timeline.html?year=2020');
});

test('a published statistics chart has 嵌入: its page names the dataset, draws that chart alone, labelled as invented where it is, with its 数据截至 and a link back', async ({
  page,
}) => {
  await page.goto('import.html?dataset=example-counties&province=620000');
  const plan = page.getByTestId('stats-dashboard').getByRole('figure').first();
  const title = (await plan.locator('figcaption, h2, h3').first().innerText()).trim();
  await plan.getByText('嵌入', { exact: true }).click();
  const snippet = await plan.getByTestId('embed-snippet').inputValue();
  const src = /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
  expect(src).toMatch(/embed-stats-plan\.html\?province=620000&dataset=example-counties$/);

  await page.goto(src);
  const dashboard = page.getByTestId('stats-dashboard');
  await expect(dashboard.getByRole('figure')).toHaveCount(1);
  await expect(dashboard.getByRole('figure')).toContainText(title);
  // Invented numbers stay labelled as such on their own page.
  await expect(dashboard).toContainText('示例数据（非真实统计）');
  await expect(page.getByTestId('embed-stamp')).toHaveText(/^数据截至 /);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('combobox')).toHaveCount(0);
  await expect(page.getByText('嵌入', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('link', { name: '在减负看板中查看 ›' })).toHaveAttribute(
    'href',
    'import.html?province=620000&dataset=example-counties',
  );

  // An address naming no published dataset says so.
  await page.goto('embed-stats-map.html?dataset=no-such-data');
  await expect(page.getByTestId('missing-dataset')).toContainText('no-such-data');
});

test("a province's cities chart has 嵌入 too: its page draws that province's cities alone, labelled as invented", async ({
  page,
}) => {
  await page.goto('import.html?dataset=example-counties&province=620000');
  const breakdown = page
    .getByTestId('stats-dashboard')
    .getByRole('figure')
    .filter({ has: page.getByRole('heading', { name: /^\d{4}年甘肃各市发文数$/ }) });
  await expect(breakdown).toHaveCount(1);
  const title = (await breakdown.getByRole('heading').first().innerText()).trim();
  await breakdown.getByText('嵌入', { exact: true }).click();
  const snippet = await breakdown.getByTestId('embed-snippet').inputValue();
  const src = /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
  expect(src).toMatch(/embed-stats-breakdown\.html\?province=620000&dataset=example-counties$/);

  await page.goto(src);
  const dashboard = page.getByTestId('stats-dashboard');
  await expect(dashboard.getByRole('figure')).toHaveCount(1);
  await expect(dashboard.getByRole('heading', { name: title })).toBeVisible();
  await expect(dashboard).toContainText('示例数据（非真实统计）');
  await expect(dashboard.locator('svg.ranked-bars')).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);

  // Without a province there are no cities to chart: the page says so instead of an empty frame.
  await page.goto('embed-stats-breakdown.html?dataset=example-counties');
  await expect(page.getByText('当前筛选下此图没有数据')).toBeVisible();
});
