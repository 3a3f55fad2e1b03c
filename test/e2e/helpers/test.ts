import { test as base, type Locator, type Page } from '@playwright/test';

export { expect } from '@playwright/test';
export type { Page } from '@playwright/test';

/**
 * The kiosk keeps the screens Back can return to in the document, behind the one in front
 * (navigation/KeptScreenView: `content-visibility: hidden`). A visitor sees and taps only
 * what is shown, so the tests look only at what is shown: every locator made from the
 * page matches visible elements alone. Otherwise "the Back button" would be every kept
 * screen's Back button. (Role locators already skip content outside the accessibility
 * tree; the others are filtered here. A test about the screens behind asks the frame:
 * `page.mainFrame().locator()` is not filtered.)
 */
const finders = ['locator', 'getByTestId', 'getByText', 'getByLabel', 'getByPlaceholder', 'getByAltText', 'getByTitle'] as const;

export function onlyVisible(page: Page): Page {
  for (const name of finders) {
    const find = page[name].bind(page) as (...args: unknown[]) => Locator;
    Object.defineProperty(page, name, { configurable: true, value: (...args: unknown[]) => find(...args).filter({ visible: true }) });
  }
  return page;
}

export const test = base.extend({
  page: async ({ page }, use) => {
    await use(onlyVisible(page));
  },
});
