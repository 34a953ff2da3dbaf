import { expect, type Locator, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { openEetusCase } from '../support/demo';
import { selectOption } from '../support/forms';
import { signIn, signOut } from '../support/session';

/** Fills what every member needs, beside the kind and the name. */
async function fillTheRest(form: Locator, m: { relation: string; sector: string; ring: string }) {
  await form.getByLabel(/^Suhde asiakkaaseen/).fill(m.relation);
  await selectOption(form, 'Sektori', m.sector);
  await selectOption(form, 'Kehä', m.ring);
  await selectOption(form, 'Suhteen laatu', 'Tukea antava');
  await selectOption(form, 'Tuen suunta', 'Tukee asiakasta');
  await selectOption(form, 'Asiakkaan toive', 'Toivoo mukaan');
}

test('a professional is linked to a Verkosto user and a close person is shared with the family’s other cases', async ({
  page,
}) => {
  const tag = Date.now().toString(36);
  const nurse = `Hanna Laine ${tag}`;
  const godmother = `Kummi Kaarina ${tag}`;

  await signIn(page, 'aino.virtanen');
  await openEetusCase(page, 'Perheneuvola');
  const panel = page.getByRole('region', { name: 'Verkosto', exact: true });
  const table = panel.getByRole('table', { name: 'Verkoston jäsenet' });
  const row = (name: string) => table.getByRole('row').filter({ hasText: name });

  // The school social worker of the demo uses Verkosto; the parents are shared with the family.
  await expect(row('Outi Lindholm')).toContainText('Verkoston käyttäjä');
  await expect(row('Tiina Mäki')).toContainText('Jaettu perheen kesken');
  await expect(row('Helena Mäki')).not.toContainText('Jaettu perheen kesken');
  await expectAccessible(page);

  // Her form says whom she is in Verkosto.
  await row('Outi Lindholm').getByRole('button', { name: 'Muokkaa: Outi Lindholm' }).click();
  let form = page.getByRole('dialog', { name: 'Muokkaa verkoston jäsentä' });
  const userSelect = (scope: Locator) => scope.getByRole('button', { name: /Verkoston käyttäjä$/ });
  await expect(userSelect(form)).toContainText('Outi Lindholm');
  await expect(
    form.getByRole('checkbox', { name: 'Jaetaan perheen muihin asiakkuuksiin (perhe toivoo tätä)' }),
  ).not.toBeChecked();
  await expectAccessible(page);
  await form.getByRole('button', { name: 'Peruuta' }).click();
  await expect(form).toBeHidden();

  // The public health nurse, a Verkosto user: choosing her fills in her name, title and unit.
  await panel.getByRole('button', { name: 'Lisää verkoston jäsen' }).click();
  form = page.getByRole('dialog', { name: 'Lisää verkoston jäsen' });
  await expect(userSelect(form)).toHaveCount(0);
  await selectOption(form, 'Jäsenen tyyppi', 'Ammattilainen');
  await userSelect(form).click();
  await page.getByRole('option', { name: /^Hanna Laine/ }).click();
  await expect(userSelect(form)).toContainText('Hanna Laine');
  await expect(form.getByLabel(/^Nimi/)).toHaveValue('Hanna Laine');
  await expect(form.getByLabel(/^Tehtävänimike/)).toHaveValue('Terveydenhoitaja');
  await expect(form.getByLabel(/^Organisaatio/)).toHaveValue('Äitiys- ja lastenneuvola');
  await form.getByLabel(/^Nimi/).fill(nurse);
  await fillTheRest(form, {
    relation: 'terveydenhoitaja',
    sector: 'Palvelut ja ammattilaiset',
    ring: 'Kehä 3',
  });
  await expectAccessible(page);
  await form.getByRole('button', { name: 'Lisää jäsen' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Verkoston jäsen on lisätty.' })).toBeVisible();

  // The godmother, whom the family wants in the networks of its other cases too.
  await panel.getByRole('button', { name: 'Lisää verkoston jäsen' }).click();
  form = page.getByRole('dialog', { name: 'Lisää verkoston jäsen' });
  await form.getByLabel(/^Nimi/).fill(godmother);
  await fillTheRest(form, { relation: 'kummi', sector: 'Suku', ring: 'Kehä 2' });
  // The box is drawn over a visually hidden input: a person clicks its label.
  await form.getByText('Jaetaan perheen muihin asiakkuuksiin (perhe toivoo tätä)', { exact: true }).click();
  await expect(
    form.getByRole('checkbox', { name: 'Jaetaan perheen muihin asiakkuuksiin (perhe toivoo tätä)' }),
  ).toBeChecked();
  await expectAccessible(page);
  await form.getByRole('button', { name: 'Lisää jäsen' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Verkoston jäsen on lisätty.' })).toBeVisible();

  await expect(row(nurse)).toContainText('Verkoston käyttäjä');
  await expect(row(nurse)).toContainText('Äitiys- ja lastenneuvola');
  await expect(row(nurse)).not.toContainText('Jaettu perheen kesken');
  await expect(row(godmother)).toContainText('Jaettu perheen kesken');
  await expect(row(godmother)).not.toContainText('Verkoston käyttäjä');
  await expectAccessible(page);

  // Both are kept as chosen.
  await row(nurse)
    .getByRole('button', { name: `Muokkaa: ${nurse}` })
    .click();
  form = page.getByRole('dialog', { name: 'Muokkaa verkoston jäsentä' });
  await expect(userSelect(form)).toContainText('Hanna Laine');
  await form.getByRole('button', { name: 'Peruuta' }).click();
  await row(godmother)
    .getByRole('button', { name: `Muokkaa: ${godmother}` })
    .click();
  form = page.getByRole('dialog', { name: 'Muokkaa verkoston jäsentä' });
  await expect(
    form.getByRole('checkbox', { name: 'Jaetaan perheen muihin asiakkuuksiin (perhe toivoo tätä)' }),
  ).toBeChecked();
  await form.getByRole('button', { name: 'Peruuta' }).click();
  await expect(form).toBeHidden();

  // Eetu's case at developmental services, where Aino is the pair worker: the shared members are
  // there, on the map and in the table, kept in the Perheneuvola case and changed only there.
  await openEetusCase(page, 'Kehitykselliset palvelut');
  const map = panel.getByRole('img', { name: /^Verkostokartta: Eetu/ });
  await expect(map.locator('text').filter({ hasText: godmother })).toHaveCount(1);
  for (const name of [godmother, 'Tiina Mäki', 'Janne Mäki']) {
    await expect(row(name)).toContainText('Jaettu yksikön Perheneuvola asiakkuudesta');
    await expect(row(name)).toContainText('Ylläpidetään yksikön Perheneuvola asiakkuudessa');
    await expect(row(name).getByRole('button')).toHaveCount(0);
  }
  await expect(table).not.toContainText(nurse);
  await expect(table).not.toContainText('Helena Mäki');
  await expectAccessible(page);
  await signOut(page);
});
