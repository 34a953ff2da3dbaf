import { expect, type Page } from '@playwright/test';
import { expectAccessible } from './axe';

/**
 * On a case page: drafts a summary of the given kind for the proposed period, writes the worker's
 * evaluation, signs it, and returns to the case. Returns the summary page's address.
 */
export async function draftAndSign(page: Page, kind: 'period' | 'final', evaluation: string) {
  const caseUrl = page.url();
  const label = kind === 'period' ? 'Laadi kausiyhteenveto' : 'Laadi loppuarviointi';
  await page
    .getByRole('region', { name: 'Yhteenvedot', exact: true })
    .getByRole('button', { name: label })
    .click();
  const dialog = page.getByRole('dialog', { name: label });
  await dialog.getByRole('button', { name: 'Laadi luonnos' }).click();
  await expect(page).toHaveURL(/\/summaries\/[0-9a-f-]{36}$/);
  const summaryUrl = page.url();
  await page.getByRole('textbox', { name: /^Arvio työskentelystä/ }).fill(evaluation);
  await page.getByRole('button', { name: 'Tallenna luonnos' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Luonnos tallennettu klo' })).toBeVisible();
  await page.getByRole('button', { name: 'Allekirjoita yhteenveto' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Allekirjoitetaanko yhteenveto?' });
  await confirm.getByRole('button', { name: 'Allekirjoita', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Yhteenveto on allekirjoitettu.' })).toBeVisible();
  await expectAccessible(page);
  await page.goto(caseUrl);
  return summaryUrl;
}
