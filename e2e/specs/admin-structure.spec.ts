import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { shownToday } from '../support/dates';
import { selectOption } from '../support/forms';
import { signIn, signOut } from '../support/session';

/**
 * The admin keeps the county's structure. Everything made here has a name of its own: the e2e
 * database is shared by every spec of a run, and only accounts made here are reset or deactivated.
 */

const nav = (page: Page) => page.getByRole('navigation', { name: 'Päävalikko' });
const structureNav = (page: Page) => page.getByRole('navigation', { name: 'Organisaatiorakenteen sivut' });

/** A box of a checkbox group is drawn over a visually hidden input: a person clicks its label. */
async function tick(scope: Locator, label: string) {
  await scope.getByText(label, { exact: true }).click();
  await expect(scope.getByRole('checkbox', { name: label })).toBeChecked();
}

/** A choice of a select whose options carry a second line (an organisation's kind): matched by its start. */
async function pick(scope: Locator, label: string, option: string) {
  await scope.getByRole('button', { name: new RegExp(`${label}( \\([^)]+\\))?$`) }).click();
  await scope
    .page()
    .getByRole('option', { name: new RegExp(`^${option}`) })
    .click();
}

async function choose(scope: Locator, group: RegExp, label: string) {
  await scope.getByRole('radiogroup', { name: group }).getByText(label, { exact: true }).click();
  await expect(scope.getByRole('radio', { name: label })).toBeChecked();
}

/** The one-time password as the page shows it, once. */
async function readPassword(page: Page, name: string): Promise<string> {
  const notice = page.getByRole('region', { name: `Kertakäyttöinen salasana: ${name}` });
  await expect(notice).toBeFocused();
  await expect(notice).toContainText('Hänen on vaihdettava se ensimmäisellä kirjautumisella.');
  const password = (await notice.getByRole('definition').nth(1).innerText()).trim();
  expect(password.length).toBeGreaterThanOrEqual(12);
  return password;
}

// The worker of the second test is made in the organisation and units of the first.
const token = Date.now().toString(36);
const organisation = `Testikunta ${token}`;
const socialUnit = `Perhetyön tiimi ${token}`;
const healthUnit = `Testineuvola ${token}`;
const worker = `Tessa Testaaja ${token}`;
const username = `tessa.${token}`;

test.describe
  .serial('a new organisation', () => {
    test('an admin adds an organisation under the county, a social and a health unit, edits one and reads its changes', async ({
      page,
    }) => {
      await signIn(page, 'ilkka.aaltonen');
      await nav(page).getByRole('link', { name: 'Organisaatiorakenne' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Organisaatiot' })).toBeVisible();
      const organisations = page.getByRole('table', { name: 'Organisaatiot' });
      await expect(organisations.getByRole('row', { name: /^Järvilaakson hyvinvointialue/ })).toContainText(
        'Hyvinvointialue',
      );
      await expectAccessible(page);

      // An empty form says what is missing and sends nothing; a new organisation starts under the county.
      await page.getByRole('button', { name: 'Lisää organisaatio' }).click();
      const addOrganisation = page.getByRole('dialog', { name: 'Lisää organisaatio' });
      await expect(
        addOrganisation.getByRole('button', { name: /^Järvilaakson hyvinvointialue Yläorganisaatio/ }),
      ).toBeVisible();
      await addOrganisation.getByRole('button', { name: 'Lisää organisaatio' }).click();
      const summary = addOrganisation.getByRole('region', { name: 'Tarkista nämä kohdat' });
      await expect(summary).toBeFocused();
      await expect(summary).toContainText('Organisaation nimi: Tieto puuttuu.');
      await expect(summary).toContainText('Organisaation laji: Tieto puuttuu.');
      await expectAccessible(page);
      await addOrganisation.getByLabel(/^Organisaation nimi/).fill(organisation);
      await choose(addOrganisation, /^Organisaation laji/, 'Kunta');
      await addOrganisation.getByRole('button', { name: 'Lisää organisaatio' }).click();
      await expect(addOrganisation).toBeHidden();
      await expect(page.getByRole('status').filter({ hasText: 'lisätty' })).toHaveText(
        `Organisaatio ${organisation} on lisätty.`,
      );
      const organisationRow = organisations.getByRole('row', { name: new RegExp(organisation) });
      await expect(organisationRow).toContainText('Kunta');
      await expect(organisationRow).toContainText('Järvilaakson hyvinvointialue');

      // Two units: the service domain decides the register.
      await structureNav(page).getByRole('link', { name: 'Yksiköt' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Yksiköt' })).toBeVisible();
      const units = page.getByRole('table', { name: 'Yksiköt' });
      for (const [name, domain, services, register] of [
        [socialUnit, 'Sosiaalihuolto', ['Perhetyö', 'Perhesosiaalityö'], 'Sosiaalihuollon asiakasrekisteri'],
        [healthUnit, 'Terveydenhuolto', ['Lastenneuvola'], 'Terveydenhuollon potilasrekisteri'],
      ] as const) {
        await page.getByRole('button', { name: 'Lisää yksikkö' }).click();
        const add = page.getByRole('dialog', { name: 'Lisää yksikkö' });
        await pick(add, 'Organisaatio', organisation);
        await add.getByLabel(/^Yksikön nimi/).fill(name);
        await choose(add, /^Toimiala/, domain);
        for (const service of services) await tick(add, service);
        await expectAccessible(page);
        await add.getByRole('button', { name: 'Lisää yksikkö' }).click();
        await expect(add).toBeHidden();
        await expect(page.getByRole('status').filter({ hasText: 'lisätty' })).toHaveText(
          `Yksikkö ${name} on lisätty.`,
        );
        const row = units.getByRole('row', { name: new RegExp(name) });
        await expect(row).toContainText(organisation);
        await expect(row).toContainText(domain);
        await expect(row).toContainText(register);
        for (const service of services) await expect(row).toContainText(service);
      }
      await expectAccessible(page);

      // A change to a unit, over the version it was read at.
      const socialRow = units.getByRole('row', { name: new RegExp(socialUnit) });
      await socialRow.getByRole('button', { name: `Muokkaa yksikköä: ${socialUnit}` }).click();
      const edit = page.getByRole('dialog', { name: `Muokkaa yksikköä: ${socialUnit}` });
      await expect(edit.getByRole('checkbox', { name: 'Perhetyö' })).toBeChecked();
      await tick(edit, 'Perheneuvola');
      await edit.getByLabel(/^Päivystysnumero/).fill('040 555 6677');
      await edit.getByRole('button', { name: 'Tallenna muutokset' }).click();
      await expect(edit).toBeHidden();
      await expect(page.getByRole('status').filter({ hasText: 'tallennettu' })).toHaveText(
        `Yksikön ${socialUnit} tiedot on tallennettu.`,
      );
      await expect(socialRow).toContainText('Perheneuvola');
      await expect(socialRow).toContainText('Päivystys: 040 555 6677');

      // The unit's own changes, newest first, from the link beside it.
      await socialRow.getByRole('link', { name: `Muutokset: ${socialUnit}` }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Muutosloki' })).toBeVisible();
      const log = page.getByRole('table', { name: 'Muutosloki, uusin ensin' });
      await expect(log.getByRole('row')).toHaveCount(3);
      const [changed, added] = [log.getByRole('row').nth(1), log.getByRole('row').nth(2)];
      await expect(changed).toContainText('Muutettu');
      await expect(changed).toContainText('Palvelut');
      await expect(changed).toContainText('Päivystysnumero');
      await expect(changed).toContainText('Ilkka Aaltonen');
      await expect(changed).toContainText(`${shownToday()} klo`);
      await expect(added).toContainText('Lisätty');
      await expect(added).toContainText('Toimiala');
      await expect(page.getByRole('button', { name: /Yksikkö Kohteen laji/ })).toBeVisible();
      await expectAccessible(page);
    });

    test('the admin adds a worker in both units, who signs in with the one-time password and must change it', async ({
      page,
    }) => {
      // A worker in both units of the new organisation; the one-time password is shown once.
      await signIn(page, 'ilkka.aaltonen');
      await page.goto('/admin/users');
      await expect(structureNav(page).getByRole('link', { name: 'Käyttäjätunnukset' })).toHaveAttribute(
        'aria-current',
        'page',
      );
      await expect(page.getByRole('heading', { level: 1, name: 'Käyttäjätunnukset' })).toBeVisible();
      await page.getByRole('button', { name: 'Lisää käyttäjätunnus' }).click();
      const addAccount = page.getByRole('dialog', { name: 'Lisää käyttäjätunnus' });
      await expect(addAccount).toContainText('Valitse ensin organisaatio');
      await addAccount.getByLabel(/^Käyttäjätunnus/).fill(username);
      await addAccount.getByLabel(/^Nimi \(/).fill(worker);
      await addAccount.getByLabel(/^Nimike/).fill('Sosiaaliohjaaja');
      await choose(addAccount, /^Rooli/, 'Työntekijä');
      await selectOption(addAccount, 'Organisaatio', organisation);
      // Only the units of the chosen organisation are offered.
      const unitChoices = addAccount.getByRole('group', { name: /^Yksiköt/ });
      await expect(unitChoices.getByRole('checkbox')).toHaveCount(2);
      await tick(addAccount, socialUnit);
      await tick(addAccount, healthUnit);
      await addAccount.getByLabel(/^Työsähköposti/).fill(`${username}@example.fi`);
      await expectAccessible(page);
      await addAccount.getByRole('button', { name: 'Lisää käyttäjätunnus' }).click();
      await expect(addAccount).toBeHidden();
      await expect(page.getByRole('status').filter({ hasText: 'lisätty' })).toContainText(
        `Käyttäjätunnus on lisätty henkilölle ${worker}.`,
      );
      const firstPassword = await readPassword(page, worker);
      await expectAccessible(page);
      const accounts = page.getByRole('table', { name: 'Käyttäjätunnukset' });
      const workerRow = accounts.getByRole('row', { name: new RegExp(worker) });
      await expect(workerRow).toContainText(username);
      await expect(workerRow).toContainText('Työntekijä');
      await expect(workerRow).toContainText(socialUnit);
      await expect(workerRow).toContainText(healthUnit);
      await expect(workerRow).toContainText('Käytössä');
      await expect(workerRow).toContainText('Salasana on vaihdettava');

      // A reset, confirmed first, gives a new one; neither is in the page once dismissed.
      await workerRow.getByRole('button', { name: `Nollaa salasana: ${worker}` }).click();
      const reset = page.getByRole('alertdialog', { name: 'Nollataanko salasana?' });
      await expect(reset).toContainText('Nykyinen salasana lakkaa toimimasta heti.');
      await expectAccessible(page);
      await reset.getByRole('button', { name: 'Nollaa salasana' }).click();
      await expect(reset).toBeHidden();
      const password = await readPassword(page, worker);
      expect(password).not.toBe(firstPassword);
      await page.getByRole('button', { name: 'Salasana on annettu, piilota se' }).click();
      await expect(page.getByText(password)).toHaveCount(0);
      await structureNav(page).getByRole('link', { name: 'Muutosloki' }).click();
      await structureNav(page).getByRole('link', { name: 'Käyttäjätunnukset' }).click();
      await expect(accounts.getByRole('row', { name: new RegExp(worker) })).toBeVisible();
      await expect(page.getByText(firstPassword)).toHaveCount(0);
      await expect(page.getByText(password)).toHaveCount(0);

      // The account's log: made and reset, the password only as "changed".
      await workerRow.getByRole('link', { name: `Muutokset: ${worker}` }).click();
      const log = page.getByRole('table', { name: 'Muutosloki, uusin ensin' });
      await expect(log.getByRole('row').nth(1)).toContainText('Salasana nollattu');
      await expect(log.getByRole('row').nth(2)).toContainText('Lisätty');
      await expect(log.getByRole('row').nth(2)).toContainText('Yksiköt');
      await expect(page.getByRole('main')).not.toContainText(password);
      await signOut(page);

      // The new worker signs in with the one-time password: nothing opens before it is changed.
      await page.getByLabel('Käyttäjätunnus').fill(username);
      await page.getByLabel('Salasana').fill(password);
      await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
      await expect(page).toHaveURL(/\/change-password$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Vaihda salasana' })).toBeVisible();
      await expectAccessible(page);
      await page.getByLabel('Nykyinen salasana (pakollinen)', { exact: true }).fill(password);
      await page.getByLabel('Uusi salasana (pakollinen)', { exact: true }).fill('Tessan oma pitkä salasana');
      await page
        .getByLabel('Uusi salasana uudelleen (pakollinen)', { exact: true })
        .fill('Tessan oma pitkä salasana');
      await page.getByRole('main').getByRole('button', { name: 'Vaihda salasana', exact: true }).click();

      // In as a worker of her two units, with neither the link nor the pages of the structure.
      await expect(nav(page)).toBeVisible();
      await expect(page.getByRole('banner')).toContainText(socialUnit);
      await expect(nav(page).getByRole('link', { name: 'Organisaatiorakenne' })).toHaveCount(0);
      await page.goto('/admin/users');
      await expect(page.getByRole('heading', { level: 1, name: 'Tietoa ei löytynyt' })).toBeVisible();
      await expect(page.getByRole('table', { name: 'Käyttäjätunnukset' })).toHaveCount(0);
    });
  });

test('an account taken out of use and back, confirmed first; a stale edit of an organisation offers the latest', async ({
  browser,
}) => {
  const token = Date.now().toString(36);
  const buyer = `Oskari Ostaja ${token}`;
  const organisation = `Testijärjestö ${token}`;
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signIn(first, 'ilkka.aaltonen');
  await signIn(second, 'ilkka.aaltonen');

  // A purchaser of the county needs no units.
  await first.goto('/admin/users');
  await first.getByRole('button', { name: 'Lisää käyttäjätunnus' }).click();
  const add = first.getByRole('dialog', { name: 'Lisää käyttäjätunnus' });
  await add.getByLabel(/^Käyttäjätunnus/).fill(`oskari.${token}`);
  await add.getByLabel(/^Nimi \(/).fill(buyer);
  await choose(add, /^Rooli/, 'Palvelun ostaja');
  await selectOption(add, 'Organisaatio', 'Järvilaakson hyvinvointialue');
  await expect(add).toContainText('Tälle roolille yksiköt eivät ole pakollisia.');
  await add.getByRole('button', { name: 'Lisää käyttäjätunnus' }).click();
  await expect(add).toBeHidden();
  await readPassword(first, buyer);

  const row = first
    .getByRole('table', { name: 'Käyttäjätunnukset' })
    .getByRole('row', { name: new RegExp(buyer) });
  await row.getByRole('button', { name: `Poista käytöstä: ${buyer}` }).click();
  const deactivate = first.getByRole('alertdialog', { name: 'Poistetaanko käyttäjätunnus käytöstä?' });
  await expect(deactivate).toContainText('Kaikki tunnuksen istunnot päättyvät heti');
  await expect(deactivate).toContainText(
    'siirtyvät esihenkilön listalle asiakkuuksista, joilla ei ole käytössä olevaa työntekijää',
  );
  await expectAccessible(first);
  await deactivate.getByRole('button', { name: 'Poista käytöstä' }).click();
  await expect(deactivate).toBeHidden();
  await expect(first.getByRole('status').filter({ hasText: 'poistettu' })).toContainText(
    `Käyttäjän ${buyer} tunnus on poistettu käytöstä`,
  );
  await expect(row).toContainText('Poistettu käytöstä');
  await row.getByRole('button', { name: `Ota käyttöön: ${buyer}` }).click();
  const reactivate = first.getByRole('alertdialog', { name: 'Otetaanko käyttäjätunnus uudelleen käyttöön?' });
  await reactivate.getByRole('button', { name: 'Ota käyttöön' }).click();
  await expect(reactivate).toBeHidden();
  await expect(row).toContainText('Käytössä');

  // Two admins at once on one organisation: the second save is refused over its older version.
  await first.goto('/admin/organisations');
  await first.getByRole('button', { name: 'Lisää organisaatio' }).click();
  const addOrganisation = first.getByRole('dialog', { name: 'Lisää organisaatio' });
  await addOrganisation.getByLabel(/^Organisaation nimi/).fill(organisation);
  await choose(addOrganisation, /^Organisaation laji/, 'Järjestö');
  await addOrganisation.getByRole('button', { name: 'Lisää organisaatio' }).click();
  await expect(addOrganisation).toBeHidden();

  await second.goto('/admin/organisations');
  const editFor = (page: Page) =>
    page.getByRole('button', { name: `Muokkaa organisaatiota: ${organisation}` });
  const dialogOf = (page: Page) =>
    page.getByRole('dialog', { name: `Muokkaa organisaatiota: ${organisation}` });
  await editFor(second).click();
  await editFor(first).click();
  await dialogOf(first)
    .getByLabel(/^Organisaation nimi/)
    .fill(`${organisation} ry`);
  await dialogOf(first).getByRole('button', { name: 'Tallenna muutokset' }).click();
  await expect(dialogOf(first)).toBeHidden();

  await choose(dialogOf(second), /^Organisaation laji/, 'Työnantaja');
  await dialogOf(second).getByRole('button', { name: 'Tallenna muutokset' }).click();
  const stale = dialogOf(second).getByRole('region', { name: 'Tietoja on muutettu sillä välin' });
  await expect(stale).toBeFocused();
  await expectAccessible(second);
  await stale.getByRole('button', { name: 'Lataa uusimmat tiedot' }).click();
  await expect(dialogOf(second).getByLabel(/^Organisaation nimi/)).toHaveValue(`${organisation} ry`);
  await choose(dialogOf(second), /^Organisaation laji/, 'Työnantaja');
  await dialogOf(second).getByRole('button', { name: 'Tallenna muutokset' }).click();
  await expect(dialogOf(second)).toBeHidden();
  const saved = second
    .getByRole('table', { name: 'Organisaatiot' })
    .getByRole('row', { name: new RegExp(organisation) });
  await expect(saved).toContainText(`${organisation} ry`);
  await expect(saved).toContainText('Työnantaja');
});

test('in English, the admin reads the county structure, is told what a worker account lacks, and filters the log', async ({
  page,
}) => {
  await signIn(page, 'ilkka.aaltonen');
  await page.getByRole('button', { name: 'English' }).click();
  await page
    .getByRole('navigation', { name: 'Main menu' })
    .getByRole('link', { name: 'County structure' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: 'Organisations' })
      .getByRole('row', { name: /^Järvilaakson hyvinvointialue/ }),
  ).toContainText('Wellbeing services county');
  await expectAccessible(page);

  const pages = page.getByRole('navigation', { name: 'County structure pages' });
  await pages.getByRole('link', { name: 'Units' }).click();
  const perheneuvola = page.getByRole('table', { name: 'Units' }).getByRole('row', { name: /^Perheneuvola/ });
  await expect(perheneuvola).toContainText('Social welfare client register');
  await expect(perheneuvola).toContainText('Family counselling clinic');
  await page.getByRole('button', { name: 'Add a unit' }).click();
  const addUnit = page.getByRole('dialog', { name: 'Add a unit' });
  await addUnit.getByRole('button', { name: 'Add the unit' }).click();
  const unitSummary = addUnit.getByRole('region', { name: 'Please check the following' });
  await expect(unitSummary).toContainText('Name of the unit: This information is missing.');
  await expect(unitSummary).toContainText('Service domain: This information is missing.');
  await expectAccessible(page);
  await addUnit.getByRole('button', { name: 'Cancel' }).click();

  // The server's own check: a worker needs a unit. Nothing is made.
  await pages.getByRole('link', { name: 'User accounts' }).click();
  await page.getByRole('button', { name: 'Add a user account' }).click();
  const addAccount = page.getByRole('dialog', { name: 'Add a user account' });
  await addAccount.getByLabel(/^Username/).fill(`ei.yksikkoa.${Date.now().toString(36)}`);
  await addAccount.getByLabel(/^Name \(/).fill('Without Units');
  await choose(addAccount, /^Role/, 'Worker');
  await selectOption(addAccount, 'Organisation', 'Järvilaakson hyvinvointialue');
  await addAccount.getByRole('button', { name: 'Add the user account' }).click();
  const summary = addAccount.getByRole('region', { name: 'Please check the following' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Units: This information is missing.');
  await expect(addAccount.getByRole('group', { name: /^Units/ })).toContainText(
    'A worker or team lead needs at least one unit.',
  );
  await expectAccessible(page);
  await addAccount.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('table', { name: 'User accounts' })).not.toContainText('Without Units');

  await pages.getByRole('link', { name: 'Change log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Change log' })).toBeVisible();
  await selectOption(page, 'Kind of record', 'Organisation');
  await expect(page).toHaveURL(/recordType=organisation/);
  const rows = page.getByRole('table', { name: 'Change log, newest first' }).getByRole('row');
  await expect(rows.nth(1)).toContainText('Organisation');
  await expect(rows.filter({ hasText: /\bUnit\b/ })).toHaveCount(0);
  await expectAccessible(page);
});
