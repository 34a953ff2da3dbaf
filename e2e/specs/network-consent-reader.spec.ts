import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { monthsFromNow, shown } from '../support/dates';
import { selectOption } from '../support/forms';
import { signIn, signOut } from '../support/session';

async function saveMap(page: Page, panel: Locator, note: string) {
  const snapshots = panel.getByRole('region', { name: 'Tallennetut kartat' });
  await snapshots.getByLabel(/^Muistiinpano/).fill(note);
  await snapshots.getByRole('button', { name: 'Tallenna kartta tästä hetkestä' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Kartta on tallennettu.' })).toBeVisible();
  await expect(snapshots.getByRole('row').filter({ hasText: note })).toHaveCount(1);
}

/** Chooses a saved map in one of the compare selects by the note shown under its date. */
async function pickSnapshot(page: Page, scope: Locator, label: string, note: string) {
  await scope.getByRole('button', { name: new RegExp(`${label}$`) }).click();
  await page.getByRole('option').filter({ hasText: note }).click();
  await expect(scope.getByRole('button', { name: new RegExp(`${label}$`) })).toBeVisible();
}

test('a reader let in by a consent sees the network and its saved maps, and cannot change them', async ({
  page,
}) => {
  // Three months, not the consent spec's six, so the two specs' consents never match each other's filters.
  const validTo = { iso: monthsFromNow(3) };
  const validToShown = shown(validTo.iso);
  const tag = Date.now().toString(36);
  const therapist = `Leena Sointu ${tag}`;
  const before = `Ennen puheterapiaa ${tag}`;
  const after = `Puheterapia alkoi ${tag}`;
  const contact = {
    organisation: 'Puheterapia Sointu Oy',
    title: 'Erikoispuheterapeutti',
    phone: '040 765 4321',
    email: 'leena.sointu@example.fi',
  };

  // Aino keeps Eetu's network: a map, then his speech therapist with her work contacts, then a map again.
  await signIn(page, 'aino.virtanen');
  await page
    .getByRole('main')
    .getByRole('row', { name: /Perheneuvola/ })
    .filter({ hasText: 'Mäki' })
    .first()
    .getByRole('link')
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Eetu Juhani Mäki' })).toBeVisible();
  const caseUrl = page.url();
  const panel = page.getByRole('region', { name: 'Verkosto', exact: true });
  await saveMap(page, panel, before);

  await panel.getByRole('button', { name: 'Lisää verkoston jäsen' }).click();
  const form = page.getByRole('dialog', { name: 'Lisää verkoston jäsen' });
  await selectOption(form, 'Jäsenen tyyppi', 'Ammattilainen');
  await form.getByLabel(/^Nimi/).fill(therapist);
  await form.getByLabel(/^Suhde asiakkaaseen/).fill('puheterapeutti');
  await selectOption(form, 'Sektori', 'Palvelut ja ammattilaiset');
  await selectOption(form, 'Kehä', 'Kehä 3');
  await selectOption(form, 'Suhteen laatu', 'Tukea antava');
  await selectOption(form, 'Tuen suunta', 'Tukee asiakasta');
  await selectOption(form, 'Asiakkaan toive', 'Toivoo mukaan');
  await form.getByLabel(/^Organisaatio/).fill(contact.organisation);
  await form.getByLabel(/^Tehtävänimike/).fill(contact.title);
  await form.getByLabel(/^Puhelin/).fill(contact.phone);
  await form.getByLabel(/^Sähköposti/).fill(contact.email);
  await form.getByRole('button', { name: 'Lisää jäsen' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Verkoston jäsen on lisätty.' })).toBeVisible();
  await saveMap(page, panel, after);

  // The guardian consents to disclosure to developmental services; Aino records it.
  const consents = page.getByRole('region', { name: 'Suostumukset' });
  await consents.getByRole('button', { name: 'Kirjaa suostumus' }).click();
  const consentForm = page.getByRole('dialog', { name: 'Kirjaa suostumus' });
  await selectOption(consentForm, 'Suostumuksen antaja', 'Tiina Mäki (huoltaja)');
  await consentForm.getByRole('button', { name: /Vastaanottava yksikkö$/ }).click();
  await page.getByRole('option', { name: /^Kehitykselliset palvelut/ }).click();
  await selectOption(consentForm, 'Miten suostumus annettiin', 'Kirjallisesti');
  await consentForm.getByLabel('Voimassa asti').fill(validTo.iso);
  await consentForm.getByRole('button', { name: 'Tallenna suostumus' }).click();
  await expect(consentForm).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Suostumus on kirjattu.' })).toBeVisible();
  const inForce = consents
    .getByRole('region', { name: 'Voimassa olevat' })
    .getByRole('listitem')
    .filter({ hasText: 'Kehitykselliset palvelut' })
    .filter({ hasText: validToShown });
  await expect(inForce).toHaveCount(1);
  await expectAccessible(page);
  await signOut(page);

  // Jussi of developmental services reads the network as it is, and says so.
  await signIn(page, 'jussi.heikkila');
  await page.goto(caseUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Eetu Juhani Mäki' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Miksi näet tämän asiakkuuden' })).toContainText(
    'huoltajansa on antanut suostumuksen',
  );
  await expect(panel).toContainText(
    'Näet verkoston suostumuksen perusteella. Verkostoa ylläpitävät asiakkuuden omat työntekijät.',
  );
  const map = panel.getByRole('img', { name: /^Verkostokartta: Eetu/ });
  await expect(map).toBeVisible();
  await expect(map.locator('text').filter({ hasText: therapist })).toHaveCount(1);
  const table = panel.getByRole('table', { name: 'Verkoston jäsenet' });
  const row = table.getByRole('row').filter({ hasText: therapist });
  await expect(row.getByRole('cell')).toHaveText([
    'puheterapeutti',
    'Palvelut ja ammattilaiset',
    '3',
    'Tukea antava',
    'Tukee asiakasta',
    '',
    'Toivoo mukaan',
    'Ei',
    /\S/,
  ]);
  // A reader sees what the case's own workers see of a professional: the work contacts.
  const contactCell = row.getByRole('cell').nth(8);
  for (const line of Object.values(contact)) await expect(contactCell).toContainText(line);

  // Nothing to change: no adding, editing or removing members, and no new saved maps.
  await expect(panel.getByRole('button', { name: 'Lisää verkoston jäsen' })).toHaveCount(0);
  await expect(table.getByRole('columnheader', { name: 'Toiminnot' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: /^Muokkaa/ })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: /^Poista/ })).toHaveCount(0);
  const snapshots = panel.getByRole('region', { name: 'Tallennetut kartat' });
  await expect(snapshots.getByRole('button', { name: 'Tallenna kartta tästä hetkestä' })).toHaveCount(0);
  await expect(snapshots.getByRole('textbox')).toHaveCount(0);
  await expect(snapshots.getByRole('row').filter({ hasText: before })).toContainText('Aino Virtanen');
  await expect(snapshots.getByRole('row').filter({ hasText: after })).toContainText('Aino Virtanen');

  // The work contacts are in the table only: the map draws none, and saved maps keep none.
  for (const line of Object.values(contact)) await expect(map).not.toContainText(line);
  const compare = panel.getByRole('region', { name: 'Vertaa karttoja' });
  await pickSnapshot(page, compare, 'Aiempi', before);
  await pickSnapshot(page, compare, 'Myöhempi', after);
  await compare.getByRole('button', { name: 'Vertaa' }).click();
  await expect(compare.getByRole('region', { name: 'Muutokset' })).toContainText(
    `${therapist} tuli verkostoon`,
  );
  const savedMaps = compare.getByRole('img', { name: /^Verkostokartta: Eetu/ });
  await expect(savedMaps).toHaveCount(2);
  await expect(savedMaps.nth(1).locator('text').filter({ hasText: therapist })).toHaveCount(1);
  for (const line of Object.values(contact)) await expect(compare).not.toContainText(line);
  await expectAccessible(page);
  await signOut(page);

  // The guardian withdraws the consent, and the case closes to Jussi again.
  await signIn(page, 'aino.virtanen');
  await page.goto(caseUrl);
  await inForce.getByRole('button', { name: /^Peru suostumus/ }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Peru suostumus' });
  await confirm.getByRole('button', { name: 'Peru suostumus nyt' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Suostumus on peruttu.' })).toBeVisible();
  await expect(inForce).toHaveCount(0);
  await signOut(page);

  await signIn(page, 'jussi.heikkila');
  await page.goto(caseUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Tietoa ei löytynyt' })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText(therapist);
  await expectAccessible(page);
  await signOut(page);
});
