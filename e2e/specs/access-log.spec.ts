import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { signIn, signOut } from '../support/session';

/** Finds Eetu through the person search and opens him, as every user who may reach him does. */
async function openEetu(page: Page) {
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Henkilöhaku' })
    .click();
  await page.getByLabel('Nimi').fill('maki eetu');
  await page.getByRole('button', { name: 'Hae' }).click();
  await page.getByRole('table').getByRole('link', { name: 'Mäki, Eetu Juhani', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Eetu Juhani Mäki' })).toBeVisible();
}

test('a worker reads her client’s access log: units and roles without names, and a period with nothing in it', async ({
  page,
}) => {
  await signIn(page, 'aino.virtanen');
  await openEetu(page);
  await page.getByRole('main').getByRole('link', { name: 'Käyttöloki' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Käyttöloki' })).toBeVisible();
  await expect(page).toHaveURL(/\/persons\/[0-9a-f-]{36}\/access-log$/);
  // The name comes from what the page already knew; the title and the address stay free of it.
  await expect(page.getByRole('main')).toContainText('Eetu Juhani Mäki, s. 14.3.2017');
  await expect(page).toHaveTitle('Käyttöloki – Verkosto');

  const log = page.getByRole('table', { name: /Henkilön tietojen käyttö/ });
  const ownRead = log
    .getByRole('row', { name: /Perheneuvola/ })
    .filter({ hasText: 'Katsoi tietoja' })
    .first();
  await expect(ownRead).toContainText('Järvilaakson hyvinvointialue');
  await expect(ownRead).toContainText('Työntekijä');
  await expect(log.getByRole('columnheader', { name: 'Työntekijä' })).toHaveCount(0);
  await expect(log).not.toContainText('Aino Virtanen');
  await expect(page.getByRole('link', { name: 'Lataa CSV' })).toHaveCount(0);
  await expectAccessible(page);

  // An end before the start is turned down before anything is asked.
  await page.getByLabel('Alkupäivä').fill('2021-01-01');
  await page.getByLabel('Loppupäivä').fill('2020-12-31');
  await page.getByRole('button', { name: 'Näytä' }).click();
  await expect(page.getByRole('region', { name: 'Tarkista nämä kohdat' })).toBeFocused();
  await expect(page.getByRole('main')).toContainText('Loppupäivä ei voi olla ennen alkupäivää.');
  await expectAccessible(page);

  await page.getByLabel('Alkupäivä').fill('2020-01-01');
  await page.getByRole('button', { name: 'Näytä' }).click();
  await expect(page).toHaveURL(/\?from=2020-01-01&to=2020-12-31$/);
  await expect(page.getByRole('main')).toContainText('0 merkintää ajalta 1.1.2020–31.12.2020.');
  await expect(page.getByRole('main')).toContainText(
    'Valitulla aikavälillä kukaan ei ole käyttänyt henkilön tietoja.',
  );
  await expect(page.getByRole('table')).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole('main').getByRole('link', { name: 'Henkilö', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Eetu Juhani Mäki' })).toBeVisible();
});

test('an administrator answers the client’s request: who it was, and the log as a CSV file', async ({
  page,
}) => {
  // Aino opens her client, so the log has a worker to name whichever test runs first.
  await signIn(page, 'aino.virtanen');
  await openEetu(page);
  await signOut(page);

  await signIn(page, 'ilkka.aaltonen');
  await openEetu(page);
  await expect(page.getByRole('main')).toContainText(
    'Pääkäyttäjänä näet henkilöstä vain henkilöhaun perustiedot.',
  );
  await expect(page.getByRole('link', { name: 'Avaa asiakkuus' })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole('main').getByRole('link', { name: 'Käyttöloki' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Käyttöloki' })).toBeVisible();
  const log = page.getByRole('table', { name: /Henkilön tietojen käyttö/ });
  await expect(log.getByRole('columnheader', { name: 'Työntekijä' })).toBeVisible();
  await expect(log.getByRole('row', { name: /Aino Virtanen/ }).first()).toContainText('Perheneuvola');
  // His own search for the person is there too, on the register keeper's basis.
  await expect(log.getByRole('row', { name: /Ilkka Aaltonen/ }).first()).toContainText(
    'Rekisterinpitäjän tehtävä',
  );
  await expectAccessible(page);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Lataa CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
});
