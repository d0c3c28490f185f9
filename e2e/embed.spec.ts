import { test, expect, openOverview } from './fixtures';

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
