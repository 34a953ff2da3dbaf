import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { selectOption } from '../support/forms';
import { signIn } from '../support/session';

async function registerPerson(page: Page, firstNames: string, lastName: string, dateOfBirth: string) {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Ny person' }).click();
  await page.getByLabel('Förnamn').fill(firstNames);
  await page.getByLabel('Efternamn').fill(lastName);
  await page.getByLabel('Födelsedatum').fill(dateOfBirth);
  await page.getByRole('button', { name: 'Spara personen' }).click();
  await expect(page.getByRole('main')).toContainText('Personen har sparats.');
}

test('a worker builds a family in Swedish: a child, her guardian, roles and custody', async ({ page }) => {
  const surname = `Berg${Date.now().toString(36)}`;
  await signIn(page, 'petra.nieminen');
  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mina klientrelationer' })).toBeVisible();

  await registerPerson(page, 'Karin', surname, '1985-05-05');
  await registerPerson(page, 'Linnea', surname, '2018-02-02');
  await expectAccessible(page);

  // From the child's page: a new family with the child already in it.
  await page.getByRole('main').getByRole('link', { name: 'Ny familj' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny familj' })).toBeVisible();
  await page.getByLabel('Familjens namn').fill(`Familjen ${surname}`);
  const child = page.getByRole('group', { name: /Linnea/ });
  await selectOption(child, 'Roll i familjen', 'Barn');

  const picker = page.getByRole('search', { name: 'Lägg till en medlem' });
  await picker.getByLabel('Namn', { exact: true }).fill(`karin ${surname}`);
  await picker.getByRole('button', { name: 'Sök' }).click();
  await picker.getByRole('button', { name: `Lägg till i familjen: ${surname}, Karin` }).click();
  const guardian = page.getByRole('group', { name: /Karin/ });
  await selectOption(guardian, 'Roll i familjen', 'Vårdnadshavare');
  const custody = guardian.getByRole('checkbox', { name: 'Vårdnadshavare' });
  // The box itself is drawn over a visually hidden input: a person clicks its label.
  await guardian.getByText('Vårdnadshavare', { exact: true }).last().click();
  await expect(custody).toBeChecked();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Spara familjen' }).click();
  await expect(page.getByRole('main')).toContainText('Familjen har sparats.');
  await expect(page.getByRole('heading', { level: 1, name: `Familjen ${surname}` })).toBeVisible();
  const members = page.getByRole('main');
  await expect(members).toContainText('2 medlemmar');
  await expect(members).toContainText('Barn');
  await expect(page.getByRole('row', { name: /Karin/ })).toContainText(/Vårdnadshavare.*Ja/);
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Redigera familjen' }).click();
  await page.getByLabel('Familjens namn').fill(`Familjen ${surname}-Lind`);
  await page.getByRole('button', { name: 'Spara ändringarna' }).click();
  await expect(page.getByRole('main')).toContainText('Ändringarna har sparats.');
  await expect(page.getByRole('heading', { level: 1, name: `Familjen ${surname}-Lind` })).toBeVisible();
});
