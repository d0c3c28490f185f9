import AxeBuilder from '@axe-core/playwright';
import { test, expect, openOverview } from './fixtures';

test('the overview has no serious or critical accessibility violation', async ({ page }) => {
  await openOverview(page);
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('the open source dialog has no serious or critical accessibility violation', async ({ page }) => {
  await openOverview(page);
  await page.getByRole('article', { name: '各省区市 · 会议数量' }).getByRole('button').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
