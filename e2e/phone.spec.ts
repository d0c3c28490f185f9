import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * A leader opening a link from a chat app on a phone (390×844): no page scrolls sideways, and every tap
 * target is at least 24×24 CSS px (WCAG 2.5.8). Checked on every page, after the app has started (a tap
 * wakes it) and on the page as built.
 */
test.describe.configure({ timeout: 90_000 });
const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE, hasTouch: true });

const PAGES = ['./', 'cases.html', 'timeline.html', 'data.html', 'import.html', 'present.html'];

/** Visible interactive elements smaller than 24×24, described by role-ish text for the failure message. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="tab"], [role="option"], [tabindex]:not([tabindex="-1"])';
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      // A target inside another target is the same tap (a label's text inside its button).
      if (el.parentElement?.closest(selector)) continue;
      const r = el.getBoundingClientRect();
      if (r.width >= 24 && r.height >= 24) continue;
      // Visually hidden controls (a file input behind its styled label) are not what the reader taps.
      if (r.width <= 1 && r.height <= 1) continue;
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      // The skip link is off-screen until focused (and 24 px high when it is).
      if (el.classList.contains('skip-link')) continue;
      // Scrollable regions made focusable for keyboard scrolling are not tap targets.
      if (el.getAttribute('role') === 'region') continue;
      small.push(
        `${el.tagName.toLowerCase()} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
      );
    }
    return small;
  });
}

async function widthOverflow(page: Page) {
  return page.evaluate(() => ({
    document: document.documentElement.scrollWidth,
    body: document.body.scrollWidth,
    viewport: document.documentElement.clientWidth,
  }));
}

for (const path of PAGES) {
  test(`${path} fits a 390 px phone: no sideways scroll, no tap target under 24 px`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('navigation').first()).toBeVisible();
    await expect(page.locator('main h1')).toBeVisible({ timeout: 20_000 });
    // As built, then live (a tap wakes the app; the page itself must not change size).
    const built = await widthOverflow(page);
    expect(built.viewport).toBe(PHONE.width);
    expect(built.document, 'document width as built').toBeLessThanOrEqual(PHONE.width);
    await page.locator('main').tap({ position: { x: 5, y: 5 } });
    await page.waitForFunction(() => document.querySelector('[data-live-chart], main *') !== null);
    await page.waitForTimeout(500);
    const live = await widthOverflow(page);
    expect(live.document, 'document width').toBeLessThanOrEqual(PHONE.width);
    expect(live.body, 'body width').toBeLessThanOrEqual(PHONE.width);
    expect(await smallTargets(page)).toEqual([]);
  });
}

test('the data table keeps the indicator in view while the reader swipes to the value', async ({ page }) => {
  await page.goto('data.html');
  const region = page.getByRole('region', { name: /全部数据/ });
  await expect(region).toBeVisible();
  const firstHeader = region.getByRole('rowheader').first();
  const before = await firstHeader.boundingBox();
  await region.evaluate((el) => (el.scrollLeft = 600));
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  const after = await firstHeader.boundingBox();
  expect(after?.x).toBeCloseTo(before?.x ?? -1, 0);
  // The value column is on screen beside it.
  const value = region
    .getByRole('cell')
    .filter({ hasText: /%|件|项|个/ })
    .first();
  await expect(value).toBeInViewport();
});
