import { type Browser, type BrowserContext, expect, type Locator, type Page, test } from '@playwright/test';
import { temporaryIdentityCode } from '../../packages/domain/src/identity-code';
import { expectAccessible } from '../support/axe';
import { selectOption } from '../support/forms';
import { type Installation, installation } from './support/install';

/**
 * A county installs Verkosto: no demo data, PostgreSQL, two instances of the server on one
 * database, workers signing in through the county's identity service. The operator has made the
 * first admin on the command line (support/stack.ts); from there on everything happens in browsers,
 * in order, each test going on from where the one before it left off.
 */
test.describe.configure({ mode: 'serial' });

// Known once global setup has run (not yet when the tests are only listed).
let install: Installation;
let A: string;
let B: string;
const ADMIN_PASSWORD = 'Järvilaakson kevät tulee aikaisin';
const PROVIDER = 'Perhepalvelut Kumppani Oy';
const SOCIAL_UNIT = 'Kumppanin perhetyö';
const HEALTH_UNIT = 'Kumppanin perheneuvola';
const HANNA = {
  username: 'hanna.harju',
  name: 'Hanna Harju',
  email: 'hanna.harju@example.fi',
  login: 'hanna',
};
const SOFIA = {
  username: 'sofia.stromberg',
  name: 'Sofia Strömberg',
  email: 'sofia.stromberg@example.fi',
  login: 'sofia',
};
const CHILD = { firstNames: 'Aada Maria', lastName: 'Järvinen', dateOfBirth: '2018-04-12' };
const CHILD_CODE = temporaryIdentityCode(CHILD.dateOfBirth, 1);

let admin: Page;
let hanna: Page;
/** Handed to Hanna with her account, but never used: she signs in through the identity service. */
let hannasOneTimePassword: string;
const contexts: BrowserContext[] = [];

async function newPage(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL });
  contexts.push(context);
  return context.newPage();
}

test.beforeAll(async ({ browser }) => {
  install = installation();
  A = install.instanceA;
  B = install.instanceB;
  admin = await newPage(browser, A);
  hanna = await newPage(browser, A);
});

test.afterAll(async () => {
  for (const context of contexts) await context.close();
});

const nav = (page: Page, name = 'Päävalikko') => page.getByRole('navigation', { name });
const structureNav = (page: Page, name = 'Organisaatiorakenteen sivut') =>
  page.getByRole('navigation', { name });

async function signInWithPassword(page: Page, username: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Käyttäjätunnus').fill(username);
  await page.getByLabel('Salasana').fill(password);
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
}

/** The identity service's own page: the person types her username there, not in Verkosto. */
async function atIdentityService(page: Page, login: string) {
  await expect(page).toHaveURL(new RegExp(`^${install.identityService}/interaction/`));
  await page.getByLabel('Identity service username').fill(login);
  await page.getByRole('button', { name: 'Continue' }).click();
}

async function signInThroughIdentityService(page: Page, button: string, login: string) {
  await page.getByRole('link', { name: button }).click();
  await atIdentityService(page, login);
}

/** The one-time password the users page shows once, read off the page as the admin reads it. */
async function readOneTimePassword(page: Page, name: string, username: string) {
  const notice = page.getByRole('region', { name: `Kertakäyttöinen salasana: ${name}` });
  await expect(notice).toBeFocused();
  const values = notice.getByRole('definition');
  await expect(values.first()).toHaveText(username);
  const password = (await values.last().textContent())?.trim() ?? '';
  expect(password.length).toBeGreaterThanOrEqual(12);
  await notice.getByRole('button', { name: 'Salasana on annettu, piilota se' }).click();
  await expect(notice).toBeHidden();
  return password;
}

/** A choice of a react-aria Select whose options carry a detail line under the name (the kind of organisation). */
async function selectDetailed(scope: Locator, label: string, option: string) {
  await scope.getByRole('button', { name: new RegExp(`${label}( \\([^)]+\\))?$`) }).click();
  await scope
    .page()
    .getByRole('option', { name: new RegExp(`^${option}`) })
    .click();
}

async function choose(group: Locator, option: string, role: 'radio' | 'checkbox' = 'radio') {
  // The control itself is drawn over a visually hidden input: a person clicks its label.
  await group.getByText(option, { exact: true }).click();
  await expect(group.getByRole(role, { name: option })).toBeChecked();
}

test('ensimmäinen pääkäyttäjä kirjautuu komentorivin antamalla kertakäyttöisellä salasanalla ja vaihtaa sen', async () => {
  await admin.goto('/sign-in');
  await expect(admin.getByRole('heading', { level: 1, name: 'Kirjaudu Verkostoon' })).toBeVisible();
  // Outside demo mode: no demo accounts, both ways of signing in.
  await expect(admin.getByRole('main')).not.toContainText('Kokeile esittelytunnuksilla');
  await expect(admin.getByRole('link', { name: 'Kirjaudu tunnistuspalvelun kautta' })).toBeVisible();

  await signInWithPassword(admin, install.admin.username, install.admin.oneTimePassword);
  await expect(admin).toHaveURL(/\/change-password$/);
  await expect(admin.getByRole('heading', { level: 1, name: 'Vaihda salasana' })).toBeVisible();
  await expect(admin.getByRole('main')).toContainText('Kirjauduit kertakäyttöisellä salasanalla.');
  await expect(nav(admin)).toHaveCount(0);
  await expectAccessible(admin);

  await admin
    .getByLabel('Nykyinen salasana (pakollinen)', { exact: true })
    .fill(install.admin.oneTimePassword);
  await admin.getByLabel('Uusi salasana (pakollinen)', { exact: true }).fill(ADMIN_PASSWORD);
  await admin.getByLabel('Uusi salasana uudelleen (pakollinen)', { exact: true }).fill(ADMIN_PASSWORD);
  await admin.getByRole('main').getByRole('button', { name: 'Vaihda salasana', exact: true }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Salasanasi on vaihdettu.' })).toBeVisible();
  await expect(nav(admin)).toBeVisible();
  await expect(admin.getByRole('banner')).toContainText(install.admin.displayName);
});

test('pääkäyttäjä lisää palveluntuottajan, sen kaksi yksikköä ja kaksi työntekijää', async () => {
  await nav(admin).getByRole('link', { name: 'Organisaatiorakenne' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Organisaatiot' })).toBeVisible();
  const organisations = admin.getByRole('table', { name: 'Organisaatiot' });
  // Only what the command made: the county, no demo data.
  await expect(organisations.getByRole('row')).toHaveCount(2);
  await expect(organisations.getByRole('row', { name: new RegExp(install.county) })).toContainText(
    'Hyvinvointialue',
  );

  await admin.getByRole('button', { name: 'Lisää organisaatio' }).click();
  const addOrganisation = admin.getByRole('dialog', { name: 'Lisää organisaatio' });
  await addOrganisation.getByLabel(/^Organisaation nimi/).fill(PROVIDER);
  await choose(
    addOrganisation.getByRole('radiogroup', { name: /^Organisaation laji/ }),
    'Yksityinen palveluntuottaja',
  );
  // Under the county unless the admin chooses otherwise.
  await expect(addOrganisation.getByRole('button', { name: /Yläorganisaatio/ })).toContainText(
    install.county,
  );
  await addOrganisation.getByRole('button', { name: 'Lisää organisaatio' }).click();
  await expect(addOrganisation).toBeHidden();
  await expect(admin.getByRole('status').filter({ hasText: 'lisätty' })).toHaveText(
    `Organisaatio ${PROVIDER} on lisätty.`,
  );
  const provider = organisations.getByRole('row', { name: new RegExp(PROVIDER) });
  await expect(provider).toContainText('Yksityinen palveluntuottaja');
  await expect(provider).toContainText(install.county);

  await structureNav(admin).getByRole('link', { name: 'Yksiköt' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Yksiköt' })).toBeVisible();
  const addUnit = async (name: string, domain: string, services: string[]) => {
    await admin.getByRole('button', { name: 'Lisää yksikkö' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Lisää yksikkö' });
    await selectDetailed(dialog, 'Organisaatio', PROVIDER);
    await dialog.getByLabel(/^Yksikön nimi/).fill(name);
    await choose(dialog.getByRole('radiogroup', { name: /^Toimiala/ }), domain);
    const types = dialog.getByRole('group', { name: /^Palvelut/ });
    for (const service of services) await choose(types, service, 'checkbox');
    await dialog.getByRole('button', { name: 'Lisää yksikkö' }).click();
    await expect(dialog).toBeHidden();
    await expect(admin.getByRole('status').filter({ hasText: 'lisätty' })).toHaveText(
      `Yksikkö ${name} on lisätty.`,
    );
  };
  await addUnit(SOCIAL_UNIT, 'Sosiaalihuolto', ['Perhetyö', 'Perhesosiaalityö']);
  await addUnit(HEALTH_UNIT, 'Terveydenhuolto', ['Perheneuvola']);
  const units = admin.getByRole('table', { name: 'Yksiköt' });
  await expect(units.getByRole('row', { name: new RegExp(SOCIAL_UNIT) })).toContainText('Perhetyö');
  await expect(units.getByRole('row', { name: new RegExp(HEALTH_UNIT) })).toContainText('Perheneuvola');

  await structureNav(admin).getByRole('link', { name: 'Käyttäjätunnukset' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Käyttäjätunnukset' })).toBeVisible();
  const addWorker = async (worker: typeof HANNA, title: string, unit: string) => {
    await admin.getByRole('button', { name: 'Lisää käyttäjätunnus' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Lisää käyttäjätunnus' });
    await dialog.getByLabel('Käyttäjätunnus (pakollinen)', { exact: true }).fill(worker.username);
    await dialog.getByLabel('Nimi (pakollinen)', { exact: true }).fill(worker.name);
    await dialog.getByLabel('Nimike', { exact: true }).fill(title);
    await choose(dialog.getByRole('radiogroup', { name: /^Rooli/ }), 'Työntekijä');
    await selectDetailed(dialog, 'Organisaatio', PROVIDER);
    await choose(dialog.getByRole('group', { name: /^Yksiköt/ }), unit, 'checkbox');
    // The identity service's e-mail claim links her first sign-in to this account.
    await dialog.getByLabel('Työsähköposti', { exact: true }).fill(worker.email);
    await dialog.getByRole('button', { name: 'Lisää käyttäjätunnus' }).click();
    await expect(dialog).toBeHidden();
    return readOneTimePassword(admin, worker.name, worker.username);
  };
  // Handed over, but unused: these two sign in through the identity service.
  hannasOneTimePassword = await addWorker(HANNA, 'Perhetyöntekijä', SOCIAL_UNIT);
  await addWorker(SOFIA, 'Psykologi', HEALTH_UNIT);
  const users = admin.getByRole('table', { name: 'Käyttäjätunnukset' });
  await expect(users.getByRole('row', { name: new RegExp(HANNA.name) })).toContainText(SOCIAL_UNIT);
  await expect(users.getByRole('row', { name: new RegExp(SOFIA.name) })).toContainText(
    'Salasana on vaihdettava',
  );

  await admin.getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Kirjaudu Verkostoon' })).toBeVisible();
});

test('Hanna kirjautuu tunnistuspalvelun kautta, rekisteröi lapsen ja avaa hänelle asiakkuuden', async () => {
  await hanna.goto('/');
  await expect(hanna).toHaveURL(/\/sign-in$/);
  await signInThroughIdentityService(hanna, 'Kirjaudu tunnistuspalvelun kautta', HANNA.login);
  // Linked by her e-mail, straight to work: the one-time password was never hers to change.
  await expect(hanna).toHaveURL(new RegExp(`^${A}/cases$`));
  await expect(hanna.getByRole('heading', { level: 1, name: 'Omat asiakkuudet' })).toBeVisible();
  await expect(hanna.getByRole('banner')).toContainText(HANNA.name);

  await nav(hanna).getByRole('link', { name: 'Uusi henkilö' }).click();
  await expect(hanna.getByRole('heading', { level: 1, name: 'Uusi henkilö' })).toBeVisible();
  await hanna.getByLabel('Etunimet').fill(CHILD.firstNames);
  await hanna.getByLabel('Sukunimi').fill(CHILD.lastName);
  await hanna.getByLabel('Syntymäaika').fill(CHILD.dateOfBirth);
  await hanna.getByLabel('Henkilötunnus').fill(CHILD_CODE);
  await hanna.getByRole('button', { name: 'Tallenna' }).click();
  await expect(hanna.getByRole('heading', { level: 1, name: new RegExp(CHILD.lastName) })).toBeVisible();
  await expect(hanna.getByRole('main')).toContainText('Henkilö on tallennettu.');

  await hanna.getByRole('main').getByRole('link', { name: 'Avaa asiakkuus' }).click();
  await expect(hanna.getByRole('heading', { level: 1, name: 'Uusi asiakkuus' })).toBeVisible();
  await selectOption(hanna, 'Palvelu', 'Perhetyö');
  await hanna.getByRole('button', { name: 'Avaa asiakkuus' }).click();
  await expect(hanna.getByRole('main')).toContainText('Asiakkuus on avattu.');
  await expect(hanna.getByRole('main')).toContainText(HANNA.name);
  await expect(hanna.getByRole('main')).toContainText(SOCIAL_UNIT);
});

test('Sofia kirjautuu toiselle palvelimelle ruotsiksi ja löytää Hannan kirjaaman lapsen', async ({
  browser,
}) => {
  const sofia = await newPage(browser, B);
  await sofia.goto('/sign-in');
  await sofia.getByRole('button', { name: 'Svenska' }).click();
  await expect(sofia.getByRole('heading', { level: 1, name: 'Logga in i Verkosto' })).toBeVisible();
  await signInThroughIdentityService(sofia, 'Logga in via identifieringstjänsten', SOFIA.login);
  await expect(sofia).toHaveURL(new RegExp(`^${B}/cases$`));
  await expect(sofia.getByRole('heading', { level: 1, name: 'Mina klientrelationer' })).toBeVisible();
  await expect(sofia.getByRole('banner')).toContainText(SOFIA.name);

  // What Hanna saved through instance A is in the one database instance B reads.
  await nav(sofia, 'Huvudmeny').getByRole('link', { name: 'Personsökning' }).click();
  await sofia.getByLabel('Personbeteckning').fill(CHILD_CODE);
  await sofia.getByRole('button', { name: 'Sök', exact: true }).click();
  await expect(sofia.getByRole('main')).toContainText('1 person hittades.');
  await sofia
    .getByRole('link', { name: `Inled klientrelation: ${CHILD.lastName}, ${CHILD.firstNames}` })
    .click();
  await expect(sofia.getByRole('heading', { level: 1, name: 'Ny klientrelation' })).toBeVisible();
  await selectOption(sofia, 'Tjänst', 'Familjerådgivning');
  await sofia.getByRole('button', { name: 'Inled klientrelationen' }).click();
  await expect(sofia.getByRole('main')).toContainText('Klientrelationen har inletts.');
  await expect(sofia.getByRole('main')).toContainText(HEALTH_UNIT);
  await expectAccessible(sofia);
});

test('pääkäyttäjän istunto kelpaa toisellekin palvelimelle, ja siellä tehty muutos näkyy ensimmäisellä', async () => {
  // Her new password now; the one-time one is spent.
  await signInWithPassword(admin, install.admin.username, install.admin.oneTimePassword);
  await expect(admin.getByRole('region', { name: 'Toiminto ei onnistunut' })).toContainText(
    'Käyttäjätunnus tai salasana on väärin.',
  );
  await signInWithPassword(admin, install.admin.username, ADMIN_PASSWORD);
  await expect(nav(admin)).toBeVisible();

  // The browser sends the session cookie of 127.0.0.1 to either port: instance B knows her.
  await admin.goto(`${B}/admin/users`);
  await expect(admin.getByRole('heading', { level: 1, name: 'Käyttäjätunnukset' })).toBeVisible();
  await expect(admin.getByRole('banner')).toContainText(install.admin.displayName);
  const users = admin.getByRole('table', { name: 'Käyttäjätunnukset' });
  const row = users.getByRole('row', { name: new RegExp(HANNA.name) });
  await row.getByRole('button', { name: `Poista käytöstä: ${HANNA.name}` }).click();
  const confirm = admin.getByRole('alertdialog', { name: 'Poistetaanko käyttäjätunnus käytöstä?' });
  await expect(confirm).toContainText(HANNA.username);
  await confirm.getByRole('button', { name: 'Poista käytöstä' }).click();
  await expect(confirm).toBeHidden();
  await expect(admin.getByRole('status').filter({ hasText: 'poistettu' })).toHaveText(
    `Käyttäjän ${HANNA.name} tunnus on poistettu käytöstä, ja hänen istuntonsa ovat päättyneet.`,
  );
  await expect(row).toContainText('Poistettu käytöstä');

  await admin.goto(`${A}/admin/users`);
  await expect(admin.getByRole('heading', { level: 1, name: 'Käyttäjätunnukset' })).toBeVisible();
  await expect(users.getByRole('row', { name: new RegExp(HANNA.name) })).toContainText('Poistettu käytöstä');
});

test('käytöstä poistetun Hannan istunto on päättynyt, eikä tunnistuspalvelu enää päästä häntä sisään', async () => {
  // Ended in the database, so on both instances: her cookie opens nothing on B either.
  const onB = await hanna.request.get(`${B}/api/session`);
  expect((await onB.json()).user).toBeNull();
  // Her case page is still open on instance A; the next time it asks the server, she is signed out.
  await expect(hanna.getByRole('main')).toContainText('Asiakkuus on avattu.');
  await hanna.reload();
  await expect(hanna).toHaveURL(new RegExp(`^${A}/sign-in$`));
  await expect(hanna.getByRole('heading', { level: 1, name: 'Kirjaudu Verkostoon' })).toBeVisible();

  // The identity service still knows her from the morning and sends her straight back: Verkosto refuses.
  await hanna.getByRole('link', { name: 'Kirjaudu tunnistuspalvelun kautta' }).click();
  await expect(hanna).toHaveURL(new RegExp(`^${A}/sign-in\\?error=oidc_inactive$`));
  const alert = hanna.getByRole('alert');
  await expect(alert).toContainText('Kirjautuminen ei onnistunut');
  await expect(alert).toContainText('Verkoston käyttäjätunnuksesi ei ole enää käytössä.');
  await expect(alert).toBeFocused();

  // Nor does the password her account was made with.
  await signInWithPassword(hanna, HANNA.username, hannasOneTimePassword);
  await expect(hanna.getByRole('region', { name: 'Toiminto ei onnistunut' })).toContainText(
    'Käyttäjätunnus tai salasana on väärin.',
  );
});

test('tunnistuspalvelun tuntema mutta Verkostolle tuntematon henkilö saa siitä selvän viestin', async ({
  browser,
}) => {
  const stranger = await newPage(browser, B);
  await stranger.goto('/sign-in');
  await signInThroughIdentityService(stranger, 'Kirjaudu tunnistuspalvelun kautta', 'ville');
  await expect(stranger).toHaveURL(new RegExp(`^${B}/sign-in\\?error=oidc_no_account$`));
  const alert = stranger.getByRole('alert');
  await expect(alert).toContainText('tunnistustasi ei ole liitetty yhteenkään Verkoston käyttäjätunnukseen');
  await expect(alert).toBeFocused();
  await expect(stranger.getByLabel('Käyttäjätunnus')).toBeVisible();
  await expectAccessible(stranger);
  await stranger.screenshot({ path: '/tmp/install-oidc-no-account.png', fullPage: true });
});

test('the admin reads the change log in English: the command line, her own work and the identity links', async () => {
  await admin.getByRole('button', { name: 'English' }).click();
  await structureNav(admin, 'County structure pages').getByRole('link', { name: 'Change log' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Change log' })).toBeVisible();
  const log = admin.getByRole('table', { name: 'Change log, newest first' });
  const rows = log.getByRole('row');
  await expect(rows.filter({ hasText: 'Deactivated' }).filter({ hasText: HANNA.name })).toContainText(
    install.admin.displayName,
  );
  // Each first sign-in through the identity service linked the account, in the worker's own name.
  const linked = rows.filter({ hasText: 'Linked to the identity service' });
  await expect(linked).toHaveCount(2);
  for (const worker of [HANNA, SOFIA]) await expect(linked.filter({ hasText: worker.name })).toHaveCount(1);
  await expect(rows.filter({ hasText: "The operator's command line" })).toHaveCount(2);
  await expect(rows.filter({ hasText: PROVIDER }).filter({ hasText: 'Added' })).toContainText(
    install.admin.displayName,
  );
  await expectAccessible(admin);
  await admin.screenshot({ path: '/tmp/install-change-log.png', fullPage: true });
});
