import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { signIn, signOut } from '../support/session';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Päävalikko' });

test('an admin adds a service to the directory, changes its contact and retires it; a worker has no such page', async ({
  page,
}) => {
  // Unique, and with no risks ticked: other specs count on the demo's suggestions staying as they are.
  const name = `Testipalvelu ${Date.now().toString(36)}`;
  await signIn(page, 'ilkka.aaltonen');
  await nav(page).getByRole('link', { name: 'Palveluhakemisto' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Palveluhakemisto' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('asiakkuuksille jo kirjatut ohjaukset siihen säilyvät');
  const table = page.getByRole('table', { name: 'Hakemiston palvelut' });
  await expect(table.getByRole('columnheader', { name: 'Työn taso' })).toBeVisible();
  await expectAccessible(page);

  // An empty form: every required field says so, and nothing is sent.
  await page.getByRole('button', { name: 'Lisää palvelu' }).click();
  const add = page.getByRole('dialog', { name: 'Lisää palvelu hakemistoon' });
  await expectAccessible(page);
  await add.getByRole('button', { name: 'Lisää hakemistoon' }).click();
  const summary = add.getByRole('region', { name: 'Tarkista nämä kohdat' });
  await expect(summary).toBeFocused();
  for (const field of ['Palvelun nimi', 'Palvelun laji', 'Yhteystiedot', 'Työn taso']) {
    await expect(summary).toContainText(`${field}: Tieto puuttuu.`);
  }
  await expect(add.getByLabel(/^Palvelun nimi/)).toHaveAttribute('aria-invalid', 'true');
  await expect(add.getByLabel(/^Palvelun nimi/)).toHaveAccessibleDescription(/Tieto puuttuu\./);
  await expectAccessible(page);

  await add.getByLabel(/^Palvelun nimi/).fill(name);
  await add.getByLabel(/^Palvelun laji/).fill('Vertaistukiryhmä');
  await add.getByLabel(/^Yhteystiedot/).fill('040 111 2222');
  const level = add.getByRole('radiogroup', { name: /^Työn taso/ });
  await level.getByText('Ehkäisevä työ', { exact: true }).click();
  await expect(level.getByRole('radio', { name: 'Ehkäisevä työ' })).toBeChecked();
  await expect(summary).toBeHidden();
  await add.getByRole('button', { name: 'Lisää hakemistoon' }).click();
  await expect(add).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'lisätty' })).toHaveText(
    `Palvelu ${name} on lisätty hakemistoon.`,
  );
  const row = table.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Vertaistukiryhmä');
  await expect(row).toContainText('040 111 2222');
  await expect(row).toContainText('Ehkäisevä työ');
  await expect(row).toContainText('Ei riskejä valittu, joten palvelua ei ehdoteta');
  await expectAccessible(page);

  // A new contact: the form opens with what is saved.
  await row.getByRole('button', { name: `Muokkaa palvelua: ${name}` }).click();
  const edit = page.getByRole('dialog', { name: `Muokkaa palvelua: ${name}` });
  await expect(edit.getByLabel(/^Yhteystiedot/)).toHaveValue('040 111 2222');
  await expect(edit.getByRole('radio', { name: 'Ehkäisevä työ' })).toBeChecked();
  await expectAccessible(page);
  await edit.getByLabel(/^Yhteystiedot/).fill('09 333 4444, ma–to 9–15');
  await edit.getByRole('button', { name: 'Tallenna muutokset' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'tallennettu' })).toHaveText(
    `Palvelun ${name} tiedot on tallennettu.`,
  );
  await expect(row).toContainText('09 333 4444, ma–to 9–15');

  // Retiring asks first, and says that guidance already given keeps the service.
  await row.getByRole('button', { name: `Poista käytöstä: ${name}` }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Poistetaanko palvelu käytöstä?' });
  await expect(confirm).toContainText(name);
  await expect(confirm).toContainText('Asiakkuuksille jo kirjatut ohjaukset tähän palveluun säilyvät.');
  await expectAccessible(page);
  await confirm.getByRole('button', { name: 'Poista käytöstä' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'poistettu' })).toHaveText(
    `Palvelu ${name} on poistettu käytöstä.`,
  );
  await expect(table.getByRole('row').filter({ hasText: name })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Palveluhakemisto' })).toBeFocused();
  await expectAccessible(page);
  await signOut(page);

  // A worker has neither the link nor the page.
  await signIn(page, 'kaisa.rantanen');
  await expect(nav(page).getByRole('link', { name: 'Prosessimallit' })).toHaveCount(0);
  await expect(nav(page).getByRole('link', { name: 'Palveluhakemisto' })).toHaveCount(0);
  await page.goto('/admin/directory');
  await expect(page.getByRole('heading', { level: 1, name: 'Tietoa ei löytynyt' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Hakemiston palvelut' })).toHaveCount(0);
  await expectAccessible(page);
});
