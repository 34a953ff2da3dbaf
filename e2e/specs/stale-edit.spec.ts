import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { selectOption } from '../support/forms';
import { signIn } from '../support/session';

test('two workers edit the same person: the second save is refused and offers the latest version', async ({
  browser,
}) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  const lastName = `Rinnakkain${Date.now().toString(36)}`;

  await signIn(first, 'timo.hamalainen');
  await first.goto('/persons/new');
  await first.getByLabel('Etunimet').fill('Ville');
  await first.getByLabel('Sukunimi').fill(lastName);
  await first.getByLabel('Syntymäaika').fill('2015-10-01');
  await first.getByRole('button', { name: 'Tallenna' }).click();
  await expect(first.getByRole('main')).toContainText('Henkilö on tallennettu.');
  const personUrl = first.url();

  // A family-work case in Perhetyö opens the person to the unit's other worker too.
  await first.getByRole('main').getByRole('link', { name: 'Avaa asiakkuus' }).click();
  await selectOption(first, 'Palvelu', 'Perhetyö');
  await first.getByRole('button', { name: 'Avaa asiakkuus' }).click();
  await expect(first.getByRole('main')).toContainText('Asiakkuus on avattu.');

  await signIn(second, 'petra.nieminen');
  await second.goto(personUrl);
  await second.getByRole('link', { name: 'Muokkaa tietoja' }).click();
  await first.goto(personUrl);
  await first.getByRole('link', { name: 'Muokkaa tietoja' }).click();

  await first.getByLabel('Puhelin').fill('040 111 2222');
  await first.getByRole('button', { name: 'Tallenna muutokset' }).click();
  await expect(first.getByRole('main')).toContainText('Muutokset on tallennettu.');

  await second.getByLabel('Puhelin').fill('050 333 4444');
  await second.getByRole('button', { name: 'Tallenna muutokset' }).click();
  await expect(second.getByText('Tietoja on muutettu sillä välin')).toBeVisible();
  await expectAccessible(second);
  await second.getByRole('button', { name: 'Lataa uusimmat tiedot' }).click();
  await expect(second.getByLabel('Puhelin')).toHaveValue('040 111 2222');

  await second.getByLabel('Puhelin').fill('050 333 4444');
  await second.getByRole('button', { name: 'Tallenna muutokset' }).click();
  await expect(second.getByRole('main')).toContainText('Muutokset on tallennettu.');
  await expect(second.getByRole('main')).toContainText('050 333 4444');
});
