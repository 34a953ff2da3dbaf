import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Verkosto-demo-2026';

/** Signs in through the sign-in page as a person would: by typing. Starts in Finnish, the default. */
export async function signIn(page: Page, username: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Käyttäjätunnus').fill(username);
  await page.getByLabel('Salasana').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await expect(page.getByRole('navigation', { name: 'Päävalikko' })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kirjaudu Verkostoon' })).toBeVisible();
}
