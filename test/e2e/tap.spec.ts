import { expect, test, type Page } from './helpers/test.js';
import { openHome } from './helpers/home.js';

/**
 * The fast tap (renderer/components/kiosk/fastTap.ts) in real Chromium with touch: a
 * tap presses a button exactly once, as the finger lifts; a drag, a long press or a
 * mouse are left to the browser, and nothing is pressed twice.
 */
const card = '.theme-card[data-theme="kemiskinan"]';

/** Records each click that reaches the card (true: the browser's own; false: the fast tap's) and keeps the screen as it is. */
async function recordClicks(page: Page): Promise<void> {
  await page.locator(card).waitFor();
  await page.evaluate((selector) => {
    const target = document.querySelector(selector) as HTMLElement & { clicks?: boolean[] };
    target.clicks = [];
    target.addEventListener('click', (event) => {
      target.clicks?.push(event.isTrusted);
      event.stopPropagation(); // React listens at the root: the theme does not open.
    });
  }, card);
}

const clicks = (page: Page) => page.evaluate((selector) => (document.querySelector(selector) as HTMLElement & { clicks?: boolean[] }).clicks, card);

async function touchAt(page: Page, steps: { type: 'touchStart' | 'touchMove' | 'touchEnd'; dy?: number; waitMs?: number }[]): Promise<void> {
  const box = await page.locator(card).boundingBox();
  if (!box) throw new Error('the theme card has no box');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const cdp = await page.context().newCDPSession(page);
  for (const step of steps) {
    if (step.waitMs) await page.waitForTimeout(step.waitMs);
    await cdp.send('Input.dispatchTouchEvent', { type: step.type, touchPoints: step.type === 'touchEnd' ? [] : [{ x, y: y + (step.dy ?? 0) }] });
  }
}

test.describe('fast tap', () => {
  test.beforeEach(async ({ page }) => {
    await openHome(page);
  });

  test('a tap presses the button once, when the finger lifts, and no browser click follows', async ({ page }) => {
    await recordClicks(page);
    await page.locator(card).tap();
    await expect.poll(() => clicks(page)).toEqual([false]);
    // Long enough for a late browser click (Chromium sends it within a frame or two) to have arrived.
    await page.waitForTimeout(1_000);
    expect(await clicks(page)).toEqual([false]);
  });

  test('a finger that drags from a button does not press it', async ({ page }) => {
    await recordClicks(page);
    await touchAt(page, [{ type: 'touchStart' }, { type: 'touchMove', dy: 40 }, { type: 'touchMove', dy: 90 }, { type: 'touchEnd' }]);
    await page.waitForTimeout(500);
    expect(await clicks(page)).toEqual([]);
  });

  test('a long press is left to the browser: one click, its own', async ({ page }) => {
    await recordClicks(page);
    await touchAt(page, [{ type: 'touchStart' }, { type: 'touchEnd', waitMs: 900 }]);
    await page.waitForTimeout(500);
    expect(await clicks(page)).toEqual([true]);
  });

  test('a mouse click is the browser’s own, once', async ({ page }) => {
    await recordClicks(page);
    await page.locator(card).click();
    await expect.poll(() => clicks(page)).toEqual([true]);
  });

  test('a tap opens the screen it names', async ({ page }) => {
    await page.locator(card).tap();
    await expect(page.locator('[data-screen="theme"][data-ready]')).toBeVisible();
  });
});
