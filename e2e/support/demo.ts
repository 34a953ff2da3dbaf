import { expect, type Page } from '@playwright/test';

/** Opens Eetu Mäki's case of the given unit from the signed-in worker's case list. */
export async function openEetusCase(page: Page, unit = 'Perheneuvola') {
  await page.goto('/cases');
  await page
    .getByRole('main')
    .getByRole('row', { name: new RegExp(unit) })
    .filter({ hasText: 'Mäki' })
    .first()
    .getByRole('link')
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Eetu Juhani Mäki' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(`Asiakkuus · ${unit}`);
}
