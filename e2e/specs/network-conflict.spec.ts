import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { openEetusCase } from '../support/demo';
import { selectOption } from '../support/forms';
import { signIn } from '../support/session';

test('two workers edit the same network member: the second save is refused, loads the latest and loses nothing', async ({
  browser,
}) => {
  // Aino is the case's responsible worker, Sanna of developmental services its pair worker.
  const aino = await (await browser.newContext()).newPage();
  const sanna = await (await browser.newContext()).newPage();
  const name = `Ari Mäki ${Date.now().toString(36)}`;

  await signIn(aino, 'aino.virtanen');
  await openEetusCase(aino);
  const caseUrl = aino.url();
  const ainosPanel = aino.getByRole('region', { name: 'Verkosto', exact: true });
  await ainosPanel.getByRole('button', { name: 'Lisää verkoston jäsen' }).click();
  const added = aino.getByRole('dialog', { name: 'Lisää verkoston jäsen' });
  await added.getByLabel(/^Nimi/).fill(name);
  await added.getByLabel(/^Suhde asiakkaaseen/).fill('setä');
  await selectOption(added, 'Sektori', 'Suku');
  await selectOption(added, 'Kehä', 'Kehä 2');
  await selectOption(added, 'Suhteen laatu', 'Tukea antava');
  await selectOption(added, 'Tuen suunta', 'Tukee asiakasta');
  await selectOption(added, 'Asiakkaan toive', 'Toivoo mukaan');
  await added.getByRole('button', { name: 'Lisää jäsen' }).click();
  await expect(added).toBeHidden();
  await expect(aino.getByRole('status').filter({ hasText: 'Verkoston jäsen on lisätty.' })).toBeVisible();

  // Both open the uncle's details at the same time.
  await signIn(sanna, 'sanna.koskinen');
  await sanna.goto(caseUrl);
  await expect(sanna.getByRole('heading', { level: 1, name: 'Eetu Juhani Mäki' })).toBeVisible();
  const sannasPanel = sanna.getByRole('region', { name: 'Verkosto', exact: true });
  await sannasPanel.getByRole('button', { name: `Muokkaa: ${name}` }).click();
  const sannasForm = sanna.getByRole('dialog', { name: 'Muokkaa verkoston jäsentä' });
  await expect(sannasForm.getByLabel(/^Nimi/)).toHaveValue(name);
  await ainosPanel.getByRole('button', { name: `Muokkaa: ${name}` }).click();
  const ainosForm = aino.getByRole('dialog', { name: 'Muokkaa verkoston jäsentä' });

  // Aino saves first: the uncle has come closer and takes Eetu to football.
  await selectOption(ainosForm, 'Kehä', 'Kehä 1 (läheisin)');
  await ainosForm.getByLabel(/^Rooli työssä/).fill('Vie Eetun jalkapalloharjoituksiin');
  await ainosForm.getByRole('button', { name: 'Tallenna muutokset' }).click();
  await expect(ainosForm).toBeHidden();
  await expect(
    aino.getByRole('status').filter({ hasText: 'Verkoston jäsenen tiedot on tallennettu.' }),
  ).toBeVisible();

  // Sanna, on the version she opened, marks the relationship strained: refused, nothing overwritten.
  await selectOption(sannasForm, 'Suhteen laatu', 'Kuormittava');
  await sannasForm.getByRole('button', { name: 'Tallenna muutokset' }).click();
  const conflict = sannasForm.getByRole('region', { name: 'Tietoja on muutettu sillä välin' });
  await expect(conflict).toBeFocused();
  await expect(conflict).toContainText('Joku muu tallensi nämä tiedot sillä välin');
  await expect(conflict).toContainText('Muutoksiasi ei tallennettu.');
  await expectAccessible(sanna);

  // The latest version replaces her draft: Aino's change is there, hers is to be made again.
  await conflict.getByRole('button', { name: 'Lataa uusimmat tiedot' }).click();
  await expect(
    sannasForm.getByRole('status').filter({ hasText: 'Uusimmat tallennetut tiedot on ladattu lomakkeelle.' }),
  ).toContainText('Tee muutoksesi uudelleen ja tallenna.');
  await expect(conflict).toBeHidden();
  await expect(sannasForm.getByLabel(/^Rooli työssä/)).toHaveValue('Vie Eetun jalkapalloharjoituksiin');
  await expect(sannasForm.getByRole('button', { name: /Kehä( \([^)]+\))?$/ })).toContainText(
    'Kehä 1 (läheisin)',
  );
  await expect(sannasForm.getByRole('button', { name: /Suhteen laatu( \([^)]+\))?$/ })).toContainText(
    'Tukea antava',
  );
  await expectAccessible(sanna);

  await selectOption(sannasForm, 'Suhteen laatu', 'Kuormittava');
  await sannasForm.getByRole('button', { name: 'Tallenna muutokset' }).click();
  await expect(sannasForm).toBeHidden();
  await expect(
    sanna.getByRole('status').filter({ hasText: 'Verkoston jäsenen tiedot on tallennettu.' }),
  ).toBeVisible();

  // Both changes stand, in Sanna's table and in Aino's once she reads the network again.
  const expected = [
    'setä',
    'Suku',
    '1',
    'Kuormittava',
    'Tukee asiakasta',
    'Vie Eetun jalkapalloharjoituksiin',
    'Toivoo mukaan',
    'Ei',
    '',
    /Muokkaa/,
  ];
  const sannasRow = sannasPanel
    .getByRole('table', { name: 'Verkoston jäsenet' })
    .getByRole('row')
    .filter({ hasText: name });
  await expect(sannasRow.getByRole('cell')).toHaveText(expected);
  await expectAccessible(sanna);

  await aino.reload();
  const ainosRow = ainosPanel
    .getByRole('table', { name: 'Verkoston jäsenet' })
    .getByRole('row')
    .filter({ hasText: name });
  await expect(ainosRow.getByRole('cell')).toHaveText(expected);
  const map = ainosPanel.getByRole('img', { name: /^Verkostokartta: Eetu/ });
  await expect(map.locator('text').filter({ hasText: name })).toHaveCount(1);
  await expectAccessible(aino);
});
