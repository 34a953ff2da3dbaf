import type { Locator, Page } from '@playwright/test';

/** Picks an option from a react-aria Select the way a mouse user does: open it by its label, choose. */
export async function selectOption(scope: Page | Locator, label: string, option: string) {
  const page = 'page' in scope ? scope.page() : scope;
  // The button is named by its value and then its label, e.g. "Valitse Palvelu (pakollinen)".
  await scope.getByRole('button', { name: new RegExp(`${label}( \\([^)]+\\))?$`) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}
