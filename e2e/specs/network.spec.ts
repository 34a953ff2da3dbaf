import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { selectOption } from '../support/forms';
import { signIn, signOut } from '../support/session';

interface Member {
  kind?: string;
  name: string;
  relation: string;
  sector: string;
  ring: string;
  quality: string;
  support: string;
  choice: string;
  invited?: boolean;
}

async function fillMember(form: Locator, m: Member) {
  if (m.kind) await selectOption(form, 'Jäsenen tyyppi', m.kind);
  await form.getByLabel(/^Nimi/).fill(m.name);
  await form.getByLabel(/^Suhde asiakkaaseen/).fill(m.relation);
  await selectOption(form, 'Sektori', m.sector);
  await selectOption(form, 'Kehä', m.ring);
  await selectOption(form, 'Suhteen laatu', m.quality);
  await selectOption(form, 'Tuen suunta', m.support);
  await selectOption(form, 'Asiakkaan toive', m.choice);
  if (m.invited) {
    // The box is drawn over a visually hidden input: a person clicks its label.
    await form.getByText('Kutsuttu mukaan työhön', { exact: true }).click();
    await expect(form.getByRole('checkbox', { name: 'Kutsuttu mukaan työhön' })).toBeChecked();
  }
}

test('the client’s network is drawn, saved as maps and compared', async ({ page }) => {
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

  const panel = page.getByRole('region', { name: 'Verkosto', exact: true });
  await expect(panel).toContainText('Asiakas päättää itse');
  const map = panel.getByRole('img', { name: /^Verkostokartta: Eetu/ });
  await expect(map).toBeVisible();
  const table = panel.getByRole('table', { name: 'Verkoston jäsenet' });

  // The grandmother, close and supportive, invited because Eetu wants her in.
  await panel.getByRole('button', { name: 'Lisää verkoston jäsen' }).click();
  let form = page.getByRole('dialog', { name: 'Lisää verkoston jäsen' });
  await expect(form.getByRole('checkbox', { name: 'Kutsuttu mukaan työhön' })).toBeDisabled();
  await fillMember(form, {
    name: 'Maija Mäki',
    relation: 'mummi',
    sector: 'Suku',
    ring: 'Kehä 1 (läheisin)',
    quality: 'Tukea antava',
    support: 'Tukee asiakasta',
    choice: 'Toivoo mukaan',
    invited: true,
  });
  await form.getByRole('button', { name: 'Lisää jäsen' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Verkoston jäsen on lisätty.' })).toBeVisible();

  // The school's social worker, a professional.
  await panel.getByRole('button', { name: 'Lisää verkoston jäsen' }).click();
  form = page.getByRole('dialog', { name: 'Lisää verkoston jäsen' });
  await fillMember(form, {
    kind: 'Ammattilainen',
    name: 'Koulun kuraattori Outi',
    relation: 'kuraattori',
    sector: 'Koulu, päiväkoti ja työ',
    ring: 'Kehä 2',
    quality: 'Tukea antava',
    support: 'Molemminpuolinen',
    choice: 'Toivoo mukaan',
  });
  await form.getByLabel(/^Organisaatio/).fill('Keskuskoulu');
  await form.getByRole('button', { name: 'Lisää jäsen' }).click();
  await expect(form).toBeHidden();

  const grandmother = table.getByRole('row').filter({ hasText: 'Maija Mäki' });
  await expect(grandmother).toHaveCount(1);
  await expect(grandmother).toContainText('mummi');
  await expect(grandmother).toContainText('Suku');
  await expect(grandmother).toContainText('Tukea antava');
  await expect(grandmother).toContainText('Toivoo mukaan');
  const outi = table.getByRole('row').filter({ hasText: 'Koulun kuraattori Outi' });
  await expect(outi).toContainText('Keskuskoulu');
  await expect(outi).toContainText('Molemminpuolinen');
  // Both are nodes on the map.
  await expect(map.locator('text').filter({ hasText: 'Maija Mäki' })).toHaveCount(1);
  await expect(map.locator('text').filter({ hasText: 'Koulun kuraattori Outi' })).toHaveCount(1);
  await expect(map.locator('desc')).toContainText('tukea antavaa');

  // The map as it is now.
  const snapshots = panel.getByRole('region', { name: 'Tallennetut kartat' });
  await snapshots.getByLabel(/^Muistiinpano/).fill('Ensimmäinen tapaaminen');
  await snapshots.getByRole('button', { name: 'Tallenna kartta tästä hetkestä' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Kartta on tallennettu.' })).toBeVisible();
  await expect(snapshots.getByRole('row').filter({ hasText: 'Ensimmäinen tapaaminen' })).toHaveCount(1);

  // Things change: the grandmother moves further out and the relationship strains.
  await grandmother.getByRole('button', { name: 'Muokkaa: Maija Mäki' }).click();
  form = page.getByRole('dialog', { name: 'Muokkaa verkoston jäsentä' });
  await selectOption(form, 'Kehä', 'Kehä 2');
  await selectOption(form, 'Suhteen laatu', 'Kuormittava');
  await form.getByRole('button', { name: 'Tallenna muutokset' }).click();
  await expect(form).toBeHidden();
  await expect(grandmother).toContainText('Kuormittava');

  await snapshots.getByLabel(/^Muistiinpano/).fill('Toinen tapaaminen');
  await snapshots.getByRole('button', { name: 'Tallenna kartta tästä hetkestä' }).click();
  await expect(snapshots.getByRole('row').filter({ hasText: 'Toinen tapaaminen' })).toHaveCount(1);

  // Compare the two: the latest two are chosen by default; choose them explicitly all the same.
  const compare = panel.getByRole('region', { name: 'Vertaa karttoja' });
  await pickSnapshot(page, compare, 'Aiempi', 'Ensimmäinen tapaaminen');
  await pickSnapshot(page, compare, 'Myöhempi', 'Toinen tapaaminen');
  await compare.getByRole('button', { name: 'Vertaa' }).click();
  const changes = compare.getByRole('region', { name: 'Muutokset' });
  await expect(changes).toContainText('Maija Mäki: kehä 1 → kehä 2');
  await expect(changes).toContainText('Maija Mäki: suhde tukea antava → kuormittava');
  await expect(compare.getByRole('img', { name: /^Verkostokartta: Eetu/ })).toHaveCount(2);

  await expectAccessible(page);
  await signOut(page);
});

/** Chooses a saved map in one of the compare selects by the note shown under its date. */
async function pickSnapshot(page: Page, scope: Locator, label: string, note: string) {
  await scope.getByRole('button', { name: new RegExp(`${label}$`) }).click();
  await page.getByRole('option').filter({ hasText: note }).click();
  await expect(scope.getByRole('button', { name: new RegExp(`${label}$`) })).toBeVisible();
}
