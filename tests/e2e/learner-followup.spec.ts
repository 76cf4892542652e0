/**
 * The second learner test's findings 13, 16, 20, 21 and 22 (issue 25): storage that is blocked
 * said on load and a failed change reported where it was made; "Available offline" once and the
 * site's own 404 offline; Python first in the comparison on a phone; the Contents pill out of the
 * way while reading; the search dialog's close button and filters.
 */
import type { Page } from '@playwright/test';
import { AXE_TEST_TIMEOUT, axeViolations, expect, scrollSpyStarted, test } from './fixtures';
import { LESSONS } from './pages';

const PYTHON = 'Python (Flask/Django/FastAPI)';
const BLOCKED = 'Progress cannot be saved in this browser';

/** Every write to storage fails as a browser that blocks site data makes it fail. */
async function blockWrites(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
}

test.describe('13: storage blocked', () => {
  test('is said on load, quietly and once, when even reading storage is refused', async ({ page }) => {
    // Chromium with "block site data": touching `localStorage` at all throws.
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(LESSONS.testing.path);
    const notice = page.getByRole('status').filter({ hasText: BLOCKED });
    await expect(notice).toBeVisible();
    await expect(notice).toBeInViewport();
    // Information, not an alarm: no alert, and one notice only.
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.locator('.workspace-notice')).toHaveCount(1);
  });

  test('is not said where storage works', async ({ page }) => {
    await page.goto(LESSONS.testing.path);
    await expect(page.getByRole('group', { name: /^Status/ })).toBeVisible();
    await expect(page.locator('.workspace-notice')).toHaveCount(0);
    // The probe leaves nothing behind.
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.endsWith(':probe')))).toEqual([]);
  });

  test('a change made with "Mark as done" at the end of a lesson fails beside that button, in view', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await blockWrites(page);
    await page.goto(LESSONS.testing.path);
    await expect(page.getByRole('status').filter({ hasText: BLOCKED })).toBeVisible();
    const done = page.getByRole('button', { name: 'Mark “Testing” as done' });
    await done.scrollIntoViewIfNeeded();
    await done.click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('does not let this site store anything');
    // Blocked is not full: no promise that a later change will save it.
    await expect(alert).toContainText('kept on this page until you leave it');
    await expect(alert).toBeInViewport();
    // Right after the button's row, and the load-time notice has made way for it.
    expect(await alert.evaluate((el) => el.previousElementSibling?.classList.contains('done-row'))).toBe(true);
    await expect(page.locator('.workspace-notice')).toHaveCount(1);
    await expect(done).toHaveAttribute('aria-pressed', 'false');
    // Dismissing it puts focus back on the button that was used.
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(done).toBeFocused();
  });

  test('a change made with the Status radios fails beside them', async ({ page }) => {
    await blockWrites(page);
    await page.goto(LESSONS.testing.path);
    const group = page.getByRole('group', { name: /^Status/ });
    // Not .check(): the radio shows what is stored, so it does not stay checked.
    await group.getByRole('radio', { name: 'In progress' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('not saved');
    expect(await alert.evaluate((el) => el.previousElementSibling?.matches('fieldset.status-group'))).toBe(true);
  });
});

test.describe('16: offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('"Available offline" once after the first install; offline, an unknown page is the site’s 404', async ({
    page,
    context,
  }) => {
    // The first install precaches the whole site: a few seconds under load (as in pwa.spec.ts).
    test.setTimeout(60_000);
    await page.goto('');
    const note = page.getByRole('status').filter({ hasText: 'Available offline' });
    await expect(note).toBeVisible({ timeout: 30_000 });
    await note.getByRole('button', { name: 'OK' }).click();
    await expect(note).toHaveCount(0);

    // Already controlled: a later visit says nothing.
    await page.goto('intermediate/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForLoadState('networkidle');
    await expect(page.locator('.offline-note')).toHaveCount(0);

    await context.setOffline(true);
    await page.goto('no-such-topic/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.goto('intermediate/no-such-lesson/?from=share');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});

test.describe('20: comparison on a phone', () => {
  test('at 375 px Python is the first stack, in view beside the aspects, with and without JavaScript', async ({
    browser,
  }) => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 375, height: 812 } });
      const page = await context.newPage();
      await page.goto('comparison/');
      const table = page.getByRole('table', { name: /Backend technologies compared/ });
      await expect(table.getByRole('columnheader')).toHaveText([
        'Aspect',
        PYTHON,
        'Java (Spring Boot)',
        'JavaScript (Express.js)',
      ]);
      const speed = table.getByRole('row', { name: /^Speed/ });
      await speed.scrollIntoViewIfNeeded();
      await expect(table.getByRole('columnheader', { name: PYTHON })).toBeInViewport({ ratio: 0.95 });
      // Python's cell in each row is its own, not Java's moved under its heading.
      await expect(speed.getByRole('cell').first()).toContainText('Moderate to High (FastAPI excels)');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await context.close();
    }
  });

  test('at 375 px in dark mode the comparison has no axe violations', async ({ page }) => {
    test.setTimeout(AXE_TEST_TIMEOUT);
    await page.setViewportSize({ width: 375, height: 812 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('comparison/');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('21: the Contents pill on a phone', () => {
  test('steps aside while reading down, comes back on the way up and with keyboard focus', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(LESSONS.databases.path);
    const pill = page.getByRole('link', { name: 'Contents' });
    await page.mouse.move(180, 400);
    // The first scroll loads the script that tucks the pill; the reading starts once it runs.
    await page.mouse.wheel(0, 100);
    await scrollSpyStarted(page);
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 400);
    await expect(pill).toHaveClass(/tucked/);
    // Nothing of it is left over the text at the bottom right.
    await expect(pill).toHaveCSS('opacity', '0');
    const covers = await page.evaluate(() => {
      const hit = document.elementFromPoint(innerWidth - 40, innerHeight - 30);
      return hit?.closest('.to-contents') !== null;
    });
    expect(covers).toBe(false);

    await page.mouse.wheel(0, -300);
    await expect(pill).not.toHaveClass(/tucked/);
    await expect(pill).toBeInViewport();
    await expect(pill).toHaveCSS('opacity', '1');

    // Scrolled down again, the keyboard still finds it, visibly.
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, 400);
    await expect(pill).toHaveClass(/tucked/);
    await page.locator('.lesson-page article a:not(.to-contents)').last().focus();
    await page.keyboard.press('Tab');
    await expect(pill).toBeFocused();
    await expect(pill).toBeInViewport();
    await expect(pill).toHaveCSS('opacity', '1');
  });
});

test.describe('22: the search dialog’s controls', () => {
  const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the roadmap' });

  for (const scheme of ['light', 'dark'] as const) {
    test(`at 320 px in ${scheme}: an icon Close button and both filters on one row, keyboard as before`, async ({
      page,
    }) => {
      test.setTimeout(AXE_TEST_TIMEOUT);
      await page.setViewportSize({ width: 320, height: 640 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('basic/');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      const box = dialog(page).getByRole('searchbox', { name: 'Search the roadmap' });
      await box.fill('fastapi');
      await expect(dialog(page).getByRole('status')).toContainText('for “fastapi”');

      const level = await dialog(page).getByRole('combobox', { name: 'Filter by level' }).boundingBox();
      const kind = await dialog(page).getByRole('combobox', { name: 'Filter by kind' }).boundingBox();
      const frame = await dialog(page).boundingBox();
      expect(level && kind && frame).toBeTruthy();
      if (!level || !kind || !frame) return;
      expect(Math.abs(level.y - kind.y)).toBeLessThan(1);
      expect(kind.x + kind.width).toBeLessThanOrEqual(frame.x + frame.width);

      const close = dialog(page).getByRole('button', { name: 'Close' });
      const closeBox = await close.boundingBox();
      // An icon, not a word: a square target of at least 24 px.
      expect(closeBox?.width).toBeGreaterThanOrEqual(24);
      expect(Math.abs((closeBox?.width ?? 0) - (closeBox?.height ?? 0))).toBeLessThan(8);
      expect(await close.evaluate((el) => getComputedStyle(el).fontSize)).toBe('0px');
      expect(await axeViolations(page)).toEqual([]);

      // Keyboard: from the box, Tab reaches Close, then the filters; Enter on Close returns focus.
      await box.focus();
      await page.keyboard.press('Tab');
      await expect(close).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(dialog(page).getByRole('combobox', { name: 'Filter by level' })).toBeFocused();
      await close.focus();
      await page.keyboard.press('Enter');
      await expect(dialog(page)).toBeHidden();
      await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeFocused();
    });
  }
});
