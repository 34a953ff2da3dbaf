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

/** A calendar date some days from now in the browser's time zone, as a date field takes it. */
export function daysFromNow(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** d.M.yyyy, as the pages show dates. */
export function shown(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}.${m}.${y}`;
}
