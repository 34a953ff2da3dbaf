import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { signIn, signOut } from '../support/session';

test('a case held only by the child psychiatric clinic is not found for a family counselling worker', async ({
  page,
}) => {
  await signIn(page, 'laura.makela');
  await page.getByRole('main').getByRole('link', { name: /Heino/ }).first().click();
  await expect(page.getByRole('main')).toContainText('Terveydenhuollon potilasrekisteri');
  const caseUrl = page.url();
  expect(caseUrl).toMatch(/\/cases\/[0-9a-f-]{36}$/);
  await signOut(page);

  await signIn(page, 'aino.virtanen');
  await page.goto(caseUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Tietoa ei löytynyt' })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('Heino');
  await expectAccessible(page);

  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Henkilöhaku' })
    .click();
  await page.getByLabel('Nimi').fill('heino aleksi');
  await page.getByRole('button', { name: 'Hae' }).click();
  await page.getByRole('table').getByRole('link', { name: 'Heino, Aleksi', exact: true }).click();
  // Found by search, but without a case of her own: only what the search already showed.
  await expect(page.getByRole('main')).toContainText('näet vain henkilöhaun perustiedot');
  await expect(page.getByRole('main')).toContainText('280114A***');
  await expect(page.getByRole('main')).not.toContainText('Mäntytie');
  await expect(page.getByRole('main')).not.toContainText('Lastenpsykiatrian poliklinikka');
  await expectAccessible(page);
});

test('an address under address protection stays hidden until the worker asks, and the asking is logged', async ({
  page,
}) => {
  await signIn(page, 'riikka.salonen');
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Henkilöhaku' })
    .click();
  await page.getByLabel('Nimi').fill('aho minna');
  await page.getByRole('button', { name: 'Hae' }).click();
  await page.getByRole('table').getByRole('link', { name: 'Aho, Minna', exact: true }).click();

  const main = page.getByRole('main');
  await expect(main).toContainText('Turvakielto: osoite on salassa.');
  await expect(main).not.toContainText('Salainen katu');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Näytä osoite' }).click();
  await expect(main).toContainText('Salainen katu 1');
  await expect(main).toContainText('Näyttäminen kirjattiin käyttölokiin.');
});
