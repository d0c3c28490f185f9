import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
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

/** S in the deck opens the presenter's window: a second page of the same deck. */
async function openPresenter(page: Page, context: BrowserContext): Promise<Page> {
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await expect(presenter.getByRole('heading', { name: '演讲者视图', level: 1 })).toBeVisible();
  return presenter;
}

test('S opens the presenter window, and the two windows move, jump and blank together both ways', async ({
  page,
  context,
}) => {
  await openDeck(page);
  await deck(page).focus();
  const presenter = await openPresenter(page, context);
  await expect(counter(presenter)).toHaveText(`1 / ${TOTAL}`);
  await expect(presenter.getByText('投影窗口已同步')).toBeVisible();

  // Presenter → audience.
  await presenter.keyboard.press('PageDown');
  await expect(counter(page)).toHaveText(`2 / ${TOTAL}`);
  await expect(counter(presenter)).toHaveText(`2 / ${TOTAL}`);
  // Audience → presenter.
  await deck(page).focus();
  await page.keyboard.press('PageDown');
  await expect(counter(presenter)).toHaveText(`3 / ${TOTAL}`);
  await expect(
    presenter.getByRole('heading', { name: /当前页.*发文、开会数量占全年计划的比例/ }),
  ).toBeVisible();
  await expect(presenter.getByRole('heading', { name: /下一页.*发文、开会数量同比降幅/ })).toBeVisible();
  // A jump in the presenter window (G then a number).
  await presenter.keyboard.press('g');
  await presenter.keyboard.press('7');
  await expect(counter(page)).toHaveText(`7 / ${TOTAL}`);
  await expect(slideTitle(page)).toHaveText('减负部署时间线');

  // B from the presenter blanks the audience; B from the audience brings it back in both.
  await presenter.keyboard.press('b');
  await expect(page.getByTestId('deck-blank')).toBeVisible();
  await expect(presenter.getByTestId('presenter-blanked')).toBeVisible();
  await deck(page).focus();
  await page.keyboard.press('.');
  await expect(page.getByTestId('deck-blank')).toBeHidden();
  await expect(presenter.getByTestId('presenter-blanked')).toBeHidden();
  await presenter.getByRole('button', { name: '黑屏' }).click();
  await expect(page.getByTestId('deck-blank')).toBeVisible();
  // Any move brings the picture back, in both windows.
  await presenter.getByRole('button', { name: '下一页' }).click();
  await expect(page.getByTestId('deck-blank')).toBeHidden();
  await expect(counter(page)).toHaveText(`8 / ${TOTAL}`);
});

test('the presenter window shows the note in large type; the projected slide no longer does, unless asked', async ({
  page,
  context,
}) => {
  await openDeck(page, '?slide=3');
  const note = '先讲省级，再讲中央机关：会议仅为计划的40.8%。';
  await page.getByRole('textbox', { name: '「发文、开会数量占全年计划的比例」的要点' }).fill(note);
  await expect(deck(page).getByText(note)).toHaveCount(0);
  const [presenter] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: '演讲者视图' }).click(),
  ]);
  await expect(presenter.getByTestId('presenter-note')).toHaveText(note);
  const size = await presenter
    .getByTestId('presenter-note')
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(24);

  await page.getByLabel('要点也显示在投影的幻灯片上').check();
  await expect(deck(page).getByText(note)).toBeVisible();
  // Keys typed into a note never move the deck, in either window.
  await page.getByRole('textbox', { name: '「发文、开会数量占全年计划的比例」的要点' }).press('End');
  await presenter.getByLabel(/演讲时长/).fill('25');
  await presenter.getByLabel(/演讲时长/).press('b');
  await presenter.getByLabel(/演讲时长/).press('PageDown');
  await expect(counter(page)).toHaveText(`3 / ${TOTAL}`);
  await expect(page.getByTestId('deck-blank')).toHaveCount(0);
});

test('closing one window leaves the other working; a reopened presenter window joins at the current slide', async ({
  page,
  context,
}) => {
  await openDeck(page);
  await deck(page).focus();
  let presenter = await openPresenter(page, context);
  await presenter.close();
  await deck(page).focus();
  await page.keyboard.press('End');
  await expect(counter(page)).toHaveText(`${TOTAL} / ${TOTAL}`);
  await page.keyboard.press('PageUp');

  presenter = await openPresenter(page, context);
  await expect(counter(presenter)).toHaveText(`${TOTAL - 1} / ${TOTAL}`);

  await page.close();
  await expect(presenter.getByText('未连接投影窗口')).toBeVisible();
  await presenter.keyboard.press('PageDown');
  await expect(counter(presenter)).toHaveText(`${TOTAL} / ${TOTAL}`);
  await expect(presenter.getByText('已是最后一页')).toBeVisible();
});

test('leaving from the presenter window ends the talk in both windows; S while presenting keeps presenting', async ({
  page,
  context,
}) => {
  await openDeck(page);
  await startDeck(page);
  const presenter = await openPresenter(page, context);
  // Opening a window may take the deck out of full screen; the talk goes on.
  await expectPresenting(page);
  await presenter.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText(`2 / ${TOTAL}`);
  // Escape there closes that window: the key press may find its page already gone.
  await Promise.all([presenter.waitForEvent('close'), presenter.keyboard.press('Escape').catch(() => {})]);
  await expect(page.getByRole('button', { name: '开始演示' })).toBeVisible();
});

test('leaving from the audience window closes the presenter window', async ({ page, context }) => {
  await openDeck(page);
  await deck(page).focus();
  const presenter = await openPresenter(page, context);
  await page.bringToFront();
  await startDeck(page);
  const closed = presenter.waitForEvent('close');
  await clickExit(page);
  await closed;
});

test('the timer runs, pauses and restarts; the countdown turns amber, then red', async ({
  page,
  context,
}) => {
  await context.clock.install({ time: new Date('2026-03-05T09:00:00+08:00') });
  await openDeck(page);
  await deck(page).focus();
  const presenter = await openPresenter(page, context);
  // From here time moves only as the test says.
  await context.clock.pauseAt(new Date('2026-03-05T10:00:00+08:00'));
  const elapsed = presenter.getByTestId('presenter-elapsed');
  await presenter.getByRole('button', { name: '重新计时' }).click();
  await expect(elapsed).toContainText('0:00');
  await expect(presenter.getByTestId('presenter-countdown')).toHaveCount(0);
  await presenter.getByLabel(/演讲时长/).fill('3');
  const countdown = presenter.getByTestId('presenter-countdown');
  await expect(countdown).toHaveAttribute('data-tone', 'on-time');
  await expect(countdown).toContainText('剩余时间');
  await expect(countdown).toContainText('3:00');

  await context.clock.runFor(61_000);
  await expect(elapsed).toContainText('1:01');
  await expect(countdown).toHaveAttribute('data-tone', 'warning');
  await expect(countdown).toContainText('1:59');

  await presenter.getByRole('button', { name: '暂停计时' }).click();
  await context.clock.runFor(30_000);
  await expect(elapsed).toContainText('1:01');
  await presenter.getByRole('button', { name: '继续计时' }).click();
  await context.clock.runFor(150_000);
  await expect(elapsed).toContainText('3:31');
  await expect(countdown).toHaveAttribute('data-tone', 'over');
  await expect(countdown).toContainText('已超时');
  await expect(countdown).toContainText('0:31');

  await presenter.getByRole('button', { name: '重新计时' }).click();
  await expect(elapsed).toContainText('0:00');
  await expect(countdown).toHaveAttribute('data-tone', 'on-time');
});

test('the presenter window has no serious or critical accessibility violation', async ({ page, context }) => {
  await openDeck(page, '?slide=3');
  await deck(page).focus();
  const presenter = await openPresenter(page, context);
  await presenter.getByLabel(/演讲时长/).fill('20');
  const results = await new AxeBuilder({ page: presenter }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('a blocked presenter window is said on screen, with how to allow it', async ({ page }) => {
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await openDeck(page);
  await page.getByRole('button', { name: '演讲者视图' }).click();
  await expect(page.getByRole('alert')).toContainText('浏览器拦截了演讲者视图窗口');
  await expect(page.getByRole('alert')).toContainText('始终允许');
});

test('O shows every slide to choose from, G then a number jumps, ? lists the keys', async ({ page }) => {
  await openDeck(page);
  await startDeck(page);
  await page.keyboard.press('o');
  const overview = page.getByRole('dialog', { name: '全部幻灯片' });
  await expect(overview).toBeVisible();
  await expect(overview.getByRole('button', { name: /^\d+/ })).toHaveCount(TOTAL);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(overview).toBeHidden();
  await expect(counter(page)).toHaveText(`3 / ${TOTAL}`);
  // Escape closes the overview without moving, and the talk goes on.
  await page.keyboard.press('O');
  await expect(overview).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(overview).toBeHidden();
  await expect(counter(page)).toHaveText(`3 / ${TOTAL}`);
  await expectPresenting(page);

  await page.keyboard.press('g');
  await expect(page.getByText('跳至第 … 页：输入页码')).toBeVisible();
  await page.keyboard.press('8');
  await expect(counter(page)).toHaveText(`8 / ${TOTAL}`);

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: '快捷键' });
  await expect(help).toBeVisible();
  for (const action of ['下一页', '上一页', '黑屏；再按一次恢复', '暂停 / 继续自动翻页', '全屏 / 退出全屏'])
    await expect(help.getByRole('cell', { name: action, exact: true })).toBeVisible();
  await expect(help.getByRole('rowheader', { name: /^O$/ })).toBeVisible();
  await expect(help.getByRole('rowheader', { name: /^S$/ })).toBeVisible();
  await page.keyboard.press('?');
  await expect(help).toBeHidden();
  await expect(counter(page)).toHaveText(`8 / ${TOTAL}`);
});

test('an imported statistics deck has the presenter window too', async ({ page, context }) => {
  await page.goto('import.html');
  await page.getByRole('button', { name: '一键载入示例数据' }).click();
  await expect(page.getByTestId('stats-dashboard')).toBeVisible();
  await page.getByRole('link', { name: '在汇报模式中展示' }).click();
  await expect(page).toHaveURL(/present\.html\?(.*&)?dataset=[\w-]+/);
  await expect(counter(page)).toHaveText(/^1 \/ \d+$/);
  await deck(page).focus();
  const presenter = await openPresenter(page, context);
  await expect(presenter).toHaveURL(/dataset=[\w-]+/);
  await expect(presenter.getByText('示例数据（非真实统计）').first()).toBeAttached();
  await presenter.keyboard.press('PageDown');
  await expect(counter(page)).toHaveText(/^2 \/ \d+$/);
});

test('keys typed into a note or the talk-length field never move either window', async ({
  page,
  context,
}) => {
  await openDeck(page, '?slide=3');
  const note = page.getByRole('textbox', { name: '「发文、开会数量占全年计划的比例」的要点' });
  await note.click();
  // Every deck key, typed as text: none moves, blanks, opens a dialog or a window.
  await page.keyboard.type('o g 5 b . ? s n p f');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('End');
  await expect(note).toHaveValue('o g 5 b . ? s n p f');
  await expect(counter(page)).toHaveText(`3 / ${TOTAL}`);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('deck-blank')).toHaveCount(0);
  expect(context.pages()).toHaveLength(1);

  await deck(page).focus();
  const presenter = await openPresenter(page, context);
  const length = presenter.getByLabel(/演讲时长/);
  await length.selectText();
  await presenter.keyboard.type('15');
  await presenter.keyboard.press('b');
  await expect(length).toHaveValue('15');
  await expect(counter(presenter)).toHaveText(`3 / ${TOTAL}`);
  await expect(counter(page)).toHaveText(`3 / ${TOTAL}`);
  await expect(presenter.getByTestId('presenter-blanked')).toHaveCount(0);
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('with no network, S still opens the presenter window and the two stay in step', async ({
    page,
    context,
  }) => {
    await openDeck(page, '?slide=2');
    // The service worker precaches the app after load; from then on no server is needed.
    await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
    await context.setOffline(true);
    await deck(page).focus();
    const presenter = await openPresenter(page, context);
    await expect(counter(presenter)).toHaveText(`2 / ${TOTAL}`);
    await presenter.keyboard.press('PageDown');
    await expect(counter(page)).toHaveText(`3 / ${TOTAL}`);
    await deck(page).focus();
    await page.keyboard.press('b');
    await expect(presenter.getByTestId('presenter-blanked')).toBeVisible();
    await context.setOffline(false);
  });
});

test('typing a talk length into the empty field shows what was typed, with no leading 0', async ({
  page,
  context,
}) => {
  await openDeck(page);
  await deck(page).focus();
  const presenter = await openPresenter(page, context);
  const length = presenter.getByLabel(/演讲时长/);
  // No length yet: the field is empty, not a 0 that typing would append to ("015").
  await expect(length).toHaveValue('');
  await length.click();
  await length.press('End');
  await presenter.keyboard.type('15');
  await expect(length).toHaveValue('15');
  // The countdown runs from 15 minutes (less the time the talk has already run).
  await expect(presenter.getByTestId('presenter-countdown')).toHaveText(/剩余时间1[45]:\d\d/);
});
