import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { daysFromNow } from '../support/dates';
import { openEetusCase } from '../support/demo';
import { signIn, signOut } from '../support/session';

/** The team lead's page, through the navigation only team leads have. */
async function openTeamPage(page: Page) {
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Tiimin seuranta' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tiimin seuranta' })).toBeVisible();
  return page.getByRole('region', { name: 'Suuren huolen kirjaukset kesken' });
}

const reference = 'LS-2026-0417';

test('a very great concern opens the urgent path, flagged to the team lead until what was done is recorded', async ({
  page,
}) => {
  await signIn(page, 'aino.virtanen');
  await expect(page.getByRole('link', { name: 'Tiimin seuranta' })).toHaveCount(0);
  await openEetusCase(page);
  const panel = page.getByRole('region', { name: 'Huolen vyöhykkeet' });

  // Zone 4 from the worker's own perspective: no follow-up date, the urgent path instead.
  await panel.getByRole('button', { name: 'Arvioi huoli', exact: true }).click();
  let dialog = page.getByRole('dialog', { name: 'Arvioi huoli' });
  await dialog.getByText('Vyöhyke 4: Suuri huoli', { exact: true }).click();
  await expect(dialog.getByLabel(/^Seurantapäivä/)).toHaveCount(0);
  await dialog.getByLabel(/^Mikä huolestuttaa/).fill('Eetu kertoi pelkäävänsä mennä kotiin tänä iltana.');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Tallenna arvio' }).click();

  // Act at once: whom to call now, as links a phone can call.
  dialog = page.getByRole('dialog', { name: 'Mitä seuraavaksi' });
  await expect(dialog).toContainText('Suuri huoli: toimi heti');
  await expect(dialog.getByRole('link', { name: '0800 555 010' })).toHaveAttribute('href', 'tel:0800555010');
  await expect(dialog.getByRole('link', { name: '112', exact: true })).toHaveAttribute('href', 'tel:112');
  await expect(dialog).toContainText('Tee lastensuojeluilmoitus viipymättä.');
  await expectAccessible(page);
  await dialog.getByRole('link', { name: 'Siirry kiireellisen tilanteen näkymään' }).click();

  // The urgent screen: its address and title name no one.
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}\/concerns\/[0-9a-f-]{36}\/urgent$/);
  await expect(page).toHaveTitle('Kiireellinen tilanne – Verkosto');
  await expect(page.getByRole('heading', { level: 1, name: 'Suuri huoli: toimi heti' })).toBeVisible();
  const contact = page.getByRole('region', { name: 'Kehen ottaa yhteyttä nyt' });
  await expect(contact.getByRole('link', { name: '0800 555 010' })).toHaveAttribute('href', 'tel:0800555010');
  await expect(contact.getByRole('link', { name: '112', exact: true })).toHaveAttribute('href', 'tel:112');
  await expect(page.getByRole('region', { name: 'Kuka voi auttaa nyt' })).toContainText('Helena Mäki');
  const law = page.getByRole('region', { name: 'Lastensuojeluilmoitus' });
  await expect(law).toContainText('lastensuojelulaki 25 §');
  await expect(law).toContainText('et voi tehdä ilmoitusta nimettömänä');
  await expect(law).toContainText('25 a §');
  await expect(law).toContainText('suojaamattomalla sähköpostilla');
  await expectAccessible(page);

  // The notification is made and recorded; without the outcome the record stays open.
  const record = page.getByRole('region', { name: 'Kirjaa, mitä tehtiin' });
  await record.getByLabel(/^Ilmoituksen päivä/).fill(daysFromNow(0));
  await record.getByLabel(/^Ilmoituksen kellonaika/).fill('9.15');
  await record.getByLabel(/^Kenelle ilmoitettiin/).fill('Lastensuojelun päivystävä sosiaalityöntekijä');
  await record.getByLabel(/^Ilmoituksen tunniste/).fill(reference);
  await expect(record).toContainText('Näillä tiedoilla kirjaus jää vielä kesken.');
  await record.getByRole('button', { name: 'Tallenna kirjaus' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Kirjaus on tallennettu. Merkintä pysyy, kunnes kirjaus on valmis.' }),
  ).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Kirjaus on kesken.');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Asiakkuus', exact: true }).click();
  await expect(panel.getByRole('heading', { name: 'Suuri huoli: kirjaa, mitä tehtiin' })).toBeVisible();
  await expectAccessible(page);

  // The team lead sees the open flag of her unit.
  await signOut(page);
  await signIn(page, 'marja.kallio');
  let flags = await openTeamPage(page);
  await expect(flags.getByRole('row').filter({ hasText: 'Eetu Juhani Mäki' })).toHaveCount(1);
  await expect(flags.getByRole('row').filter({ hasText: 'Eetu Juhani Mäki' })).toContainText('Perheneuvola');
  await expect(page).toHaveTitle('Tiimin seuranta – Verkosto');
  await expectAccessible(page);

  // Aino writes down the outcome: the record is complete and the flag clears.
  await signOut(page);
  await signIn(page, 'aino.virtanen');
  await openEetusCase(page);
  await panel.getByRole('link', { name: 'Avaa kiireellisen tilanteen näkymä' }).click();
  const again = page.getByRole('region', { name: 'Kirjaa, mitä tehtiin' });
  await expect(again.getByLabel(/^Ilmoituksen tunniste/)).toHaveValue(reference);
  await expect(again.getByLabel(/^Ilmoituksen kellonaika/)).toHaveValue('9.15');
  await again
    .getByLabel(/^Lopputulos/)
    .fill('Lastensuojelu aloitti arvion saman päivän aikana. Eetu on yön mummin luona.');
  await expect(again).toContainText('Näillä tiedoilla kirjaus on valmis ja merkintä poistuu.');
  await again.getByRole('button', { name: 'Tallenna kirjaus' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Kirjaus on tallennettu ja valmis. Merkintä on poistunut.' }),
  ).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Kirjaus on valmis, ja merkintä on poistunut.');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Asiakkuus', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Eetu Juhani Mäki' })).toBeVisible();
  const workerCard = panel
    .getByRole('region', { name: 'Kunkin arvioijan viimeisin arvio' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Aino Virtanen' }) });
  await expect(workerCard).toContainText('Vyöhyke 4: Suuri huoli');
  await expect(workerCard).toContainText('Toimet kirjattu');
  await expect(panel.getByRole('heading', { name: 'Suuri huoli: kirjaa, mitä tehtiin' })).toHaveCount(0);
  await expectAccessible(page);

  // And it is gone from the team lead's page.
  await signOut(page);
  await signIn(page, 'marja.kallio');
  flags = await openTeamPage(page);
  await expect(flags).toContainText('Keskeneräisiä suuren huolen kirjauksia ei ole.');
  await expectAccessible(page);
});
