import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { helsinkiMoment } from '../support/dates';
import { selectOption } from '../support/forms';
import { signIn, signOut } from '../support/session';

/** Registers a new person through the person form; the page then shows them by name. */
async function registerPerson(page: Page, firstNames: string, lastName: string, dateOfBirth: string) {
  await page.goto('/persons/new');
  await page.getByLabel('Etunimet').fill(firstNames);
  await page.getByLabel('Sukunimi').fill(lastName);
  await page.getByLabel('Syntymäaika').fill(dateOfBirth);
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${firstNames} ${lastName}` })).toBeVisible();
}

test('a family worker starts a father–child group, registers a father and child and records a session', async ({
  page,
}) => {
  // Unique names: specs share one database, and the search must find these two only.
  const lastName = `Ryhmä${Date.now().toString(36)}`;
  const groupName = `Isä–lapsi-ryhmä ${lastName}`;

  await signIn(page, 'petra.nieminen');
  await registerPerson(page, 'Mikael', lastName, '1988-04-12');
  await registerPerson(page, 'Onni', lastName, '2021-09-30');

  await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Ryhmät' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ryhmätoiminta' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Perhetyö');
  const unitUrl = page.url();
  await expectAccessible(page);

  // An empty save names each missing field, tied to the field itself.
  await page.getByRole('button', { name: 'Perusta ryhmä' }).click();
  const start = page.getByRole('dialog', { name: 'Perusta ryhmä' });
  await expect(start.getByRole('button', { name: /^Petra Nieminen/ })).toBeVisible();
  await expectAccessible(page);
  await start.getByRole('button', { name: 'Perusta ryhmä' }).click();
  const summary = start.getByRole('region', { name: 'Tarkista nämä kohdat' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Ryhmän nimi: Tieto puuttuu.' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Ryhmän laji: Tieto puuttuu.' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Työn taso: Tieto puuttuu.' })).toBeVisible();
  await expect(start.getByLabel('Ryhmän nimi')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  await start.getByLabel('Ryhmän nimi').fill(groupName);
  await selectOption(start, 'Ryhmän laji', 'Isä–lapsi-ryhmä');
  await start.getByText('Ehkäisevä työ', { exact: true }).click();
  await start.getByRole('button', { name: /Pariohjaaja$/ }).click();
  await page.getByRole('option', { name: /^Timo Hämäläinen/ }).click();
  await expect(summary.getByRole('link')).toHaveCount(0);
  await start.getByRole('button', { name: 'Perusta ryhmä' }).click();

  await expect(page.getByRole('heading', { level: 1, name: groupName })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Ryhmä on perustettu.' })).toBeVisible();
  const facts = page.getByRole('region', { name: 'Ryhmän tiedot' });
  await expect(facts).toContainText('Isä–lapsi-ryhmä');
  await expect(facts).toContainText('Ehkäisevä työ');
  await expect(facts).toContainText('Petra Nieminen, Timo Hämäläinen');
  const groupUrl = page.url();
  await expectAccessible(page);

  // Both are found with the person search and registered.
  const participants = page.getByRole('region', { name: 'Osallistujat' });
  await participants.getByLabel('Nimi').fill(lastName);
  await participants.getByRole('button', { name: 'Hae' }).click();
  await expect(participants.getByText('Löytyi 2 henkilöä.')).toBeVisible();
  await expectAccessible(page);
  for (const first of ['Mikael', 'Onni']) {
    await participants.getByRole('button', { name: `Rekisteröi ryhmään: ${lastName}, ${first}` }).click();
    await expect(
      participants.getByRole('status').filter({ hasText: `${first} ${lastName} on rekisteröity ryhmään.` }),
    ).toBeVisible();
  }
  const registered = participants.getByRole('table', { name: 'Osallistujat' });
  await expect(registered.getByRole('row')).toHaveCount(3);
  await expect(registered).toContainText(`Onni ${lastName}`);
  await expect(registered).toContainText('30.9.2021');
  await expectAccessible(page);

  // A session an hour ago, recorded afterwards.
  const when = helsinkiMoment(new Date(Date.now() - 3_600_000));
  const sessions = page.getByRole('region', { name: 'Kokoontumiset' });
  await sessions.getByRole('button', { name: 'Lisää kokoontuminen' }).click();
  const add = page.getByRole('dialog', { name: 'Lisää kokoontuminen' });
  await expectAccessible(page);
  await add.getByLabel('Päivämäärä').fill(when.date);
  await add.getByLabel('Alkamisaika').fill(when.time);
  await add.getByLabel('Paikka').fill('Perhekeskuksen ryhmätila');
  await add.getByRole('button', { name: 'Lisää kokoontuminen' }).click();
  await expect(add).toBeHidden();
  await expect(sessions.getByRole('status').filter({ hasText: 'Kokoontuminen on lisätty.' })).toBeVisible();
  const row = sessions.getByRole('table', { name: 'Kokoontumiset' }).getByRole('row').nth(1);
  await expect(row).toContainText(`klo ${when.time}`);
  await expect(row).toContainText('Perhekeskuksen ryhmätila');
  await expectAccessible(page);

  // Both came, and three more without registering; a count that is not a number is turned down first.
  await row.getByRole('button', { name: /^Kirjaa läsnäolo: / }).click();
  const attendance = page.getByRole('dialog', { name: /^Läsnäolo / });
  await expectAccessible(page);
  for (const first of ['Mikael', 'Onni']) {
    // The way a mouse user does: the label of the choice.
    await attendance.getByText(`${first} ${lastName}`, { exact: true }).click();
    await expect(attendance.getByRole('checkbox', { name: `${first} ${lastName}` })).toBeChecked();
  }
  const count = attendance.getByLabel('Ilman rekisteröitymistä tulleet');
  await count.fill('kolme');
  await attendance.getByRole('button', { name: 'Tallenna läsnäolo' }).click();
  await expect(
    attendance.getByRole('link', { name: 'Ilman rekisteröitymistä tulleet: Tarkista tämä tieto.' }),
  ).toBeVisible();
  await expect(count).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await count.fill('3');
  await attendance.getByRole('button', { name: 'Tallenna läsnäolo' }).click();
  await expect(attendance).toBeHidden();
  await expect(sessions.getByRole('status').filter({ hasText: 'Läsnäolo on tallennettu' })).toBeVisible();
  await expect(row.getByRole('cell')).toHaveText([
    'Perhekeskuksen ryhmätila',
    '2 / 2',
    '3',
    '5',
    'Kirjaa läsnäolo',
  ]);
  await expect(facts).toContainText('2 osallistujaa');
  await expect(facts).toContainText('1 kokoontuminen');
  await expectAccessible(page);

  // The unit's list counts them too.
  await page.getByRole('link', { name: 'Ryhmät: Perhetyö' }).click();
  const listed = page
    .getByRole('table', { name: 'Yksikön ryhmät' })
    .getByRole('row', { name: new RegExp(lastName) });
  await expect(listed).toContainText('Ehkäisevä työ');
  await expect(listed).toContainText('Petra Nieminen, Timo Hämäläinen');
  await expect(listed.getByRole('cell').nth(2)).toHaveText('2');
  await expect(listed.getByRole('cell').nth(3)).toHaveText('1');
  await expectAccessible(page);

  // A worker of another unit sees neither the group nor the unit's list.
  await signOut(page);
  await signIn(page, 'aino.virtanen');
  await page.goto(groupUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Tietoa ei löytynyt' })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText(lastName);
  await expectAccessible(page);
  await page.goto(unitUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Tietoa ei löytynyt' })).toBeVisible();
});
