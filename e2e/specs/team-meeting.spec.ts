import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { daysFromNow, shown } from '../support/dates';
import { openEetusCase } from '../support/demo';
import { selectOption } from '../support/forms';
import { signIn, signOut } from '../support/session';

const TEAM = 'Lasten ja nuorten monialainen tiimi';

/** The team's card on the teams page, reached from the main menu. */
async function teamCard(page: Page): Promise<Locator> {
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Tiimit', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Monialaiset tiimit' })).toBeVisible();
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: TEAM }) });
}

/** Picks an option of a react-aria select whose options carry a second line (the unit). */
async function pick(scope: Locator, label: string, option: RegExp) {
  await scope.getByRole('button', { name: new RegExp(`${label}( \\([^)]+\\))?$`) }).click();
  await scope.page().getByRole('option', { name: option }).click();
}

/** Opens the team's next planned meeting from the teams page. */
async function openNextMeeting(page: Page) {
  const card = await teamCard(page);
  // The time shown is the browser's own: only the form is checked here.
  await card.getByRole('link', { name: /^\d{1,2}\.\d{1,2}\.\d{4} klo \d{1,2}\.\d{2}$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Tiimin kokous \d/ })).toBeVisible();
}

test('a child is brought to the team by name under the guardian’s consent, and the decision lands in each unit’s case', async ({
  page,
}) => {
  const review = daysFromNow(45);
  const anonymous =
    '9-vuotias koululainen, jonka vanhemmat ovat eronneet. Huoli poissaoloista ja jaksamisesta.';

  await signIn(page, 'aino.virtanen');
  const card = await teamCard(page);
  await expect(card).toContainText(
    'Kahdesti kuussa: kuukauden ensimmäisenä ja kolmantena tiistaina klo 13.00',
  );
  const units = card.getByRole('listitem');
  await expect(units.filter({ hasText: 'Perheneuvola' })).toContainText('Aino Virtanen');
  await expect(units.filter({ hasText: 'Perheneuvola' })).toContainText('Marja Kallio');
  await expect(units.filter({ hasText: 'Kehitykselliset palvelut' })).toContainText('Sanna Koskinen');
  await expect(units.filter({ hasText: 'Kehitykselliset palvelut' })).toContainText('Jussi Heikkilä');
  // Aino is not a team lead: she does not set up teams.
  await expect(page.getByRole('button', { name: 'Perusta tiimi' })).toHaveCount(0);
  await expectAccessible(page);

  await card.getByRole('link', { name: TEAM }).click();
  await expect(page.getByRole('heading', { level: 1, name: TEAM })).toBeVisible();
  const teamUrl = page.url();
  const agenda = page.getByRole('region', { name: 'Asialista' });
  await expect(agenda).toContainText('Asia pysyy asialistalla, kunnes tiimi päättää sen.');
  await expectAccessible(page);

  // Without the guardian's consent for the team, Eetu cannot be brought by name; the dialog says why.
  await agenda.getByRole('button', { name: 'Tuo asiakas tiimiin' }).click();
  const bring = page.getByRole('dialog', { name: 'Tuo asiakas tiimiin' });
  await bring.getByText('Nimellä', { exact: true }).click();
  await expect(bring).toContainText('Yhtäkään asiakastasi ei voi vielä tuoda nimellä');
  await expect(bring).toContainText('Suostumukset-osioon');
  await expect(bring.getByRole('button', { name: /Asiakas/ })).toHaveCount(0);
  await expectAccessible(page);
  await bring.getByRole('button', { name: 'Peruuta' }).click();
  await expect(bring).toBeHidden();

  // The guardian consents; Aino records it on Eetu's family counselling case.
  await openEetusCase(page);
  const caseUrl = page.url();
  const consents = page.getByRole('region', { name: 'Suostumukset' });
  await consents.getByRole('button', { name: 'Kirjaa suostumus' }).click();
  const form = page.getByRole('dialog', { name: 'Kirjaa suostumus' });
  await selectOption(form, 'Suostumuksen antaja', 'Tiina Mäki (huoltaja)');
  await selectOption(form, 'Tarkoitus', 'Käsittely monialaisessa tiimissä');
  await expect(form.getByRole('status').filter({ hasText: 'vastaanottajaksi vaihtui tiimi' })).toBeVisible();
  await expect(form.getByRole('radiogroup', { name: /Vastaanottaja/ })).toHaveCount(0);
  await selectOption(form, 'Vastaanottava tiimi', TEAM);
  await selectOption(form, 'Miten suostumus annettiin', 'Kirjallisesti');
  await expectAccessible(page);
  await form.getByRole('button', { name: 'Tallenna suostumus' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Suostumus on kirjattu.' })).toBeVisible();
  const consent = consents
    .getByRole('region', { name: 'Voimassa olevat' })
    .getByRole('listitem')
    .filter({ hasText: `Käsittely monialaisessa tiimissä: ${TEAM}` });
  await expect(consent).toHaveCount(1);
  await expect(consent).toContainText('Monialainen tiimi');

  // Now Eetu can be brought by name, with a question for the team.
  await page.goto(teamUrl);
  await agenda.getByRole('button', { name: 'Tuo asiakas tiimiin' }).click();
  await bring.getByText('Nimellä', { exact: true }).click();
  await pick(bring, 'Asiakas', /^Eetu Juhani Mäki/);
  await bring.getByLabel(/^Kysymys tiimille/).fill('Tarvitaanko kehityksen arvio ennen koulun tukitoimia?');
  await bring.getByRole('button', { name: 'Lisää asialistalle' }).click();
  await expect(bring).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Asia on lisätty asialistalle.' })).toBeVisible();
  const eetuItem = agenda.getByRole('listitem').filter({ hasText: 'Eetu Juhani Mäki' });
  await expect(eetuItem).toContainText('Nimellä');
  await expect(eetuItem).toContainText('Toi Aino Virtanen, Perheneuvola');

  // An anonymous consultation: the description is asked for, and what not to write is said beside it.
  await agenda.getByRole('button', { name: 'Tuo asiakas tiimiin' }).click();
  await bring.getByText('Anonyymisti', { exact: true }).click();
  await expect(bring).toContainText('Älä kirjoita mitään, mistä perheen voi tunnistaa');
  await bring.getByLabel(/^Kysymys tiimille/).fill('Kenen palveluun perhe kuuluisi ohjata?');
  await bring.getByRole('button', { name: 'Lisää asialistalle' }).click();
  const summary = bring.getByRole('region', { name: 'Tarkista nämä kohdat' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Tilanteen kuvaus: Tieto puuttuu.');
  await expectAccessible(page);
  await bring.getByLabel(/^Tilanteen kuvaus/).fill(anonymous);
  await bring.getByRole('button', { name: 'Lisää asialistalle' }).click();
  await expect(bring).toBeHidden();
  const anonymousItem = agenda.getByRole('listitem').filter({ hasText: anonymous });
  await expect(anonymousItem).toContainText('Anonyymi konsultaatio');
  await expect(anonymousItem).not.toContainText('Mäki');
  await expectAccessible(page);

  // The next meeting: Eetu's item in turn, each unit's view and part, the responsible unit, the pair.
  await openNextMeeting(page);
  const meetingUrl = page.url();
  const item = page.getByRole('region', { name: /Eetu Juhani Mäki$/ });
  await expect(item).toContainText('Tarvitaanko kehityksen arvio ennen koulun tukitoimia?');
  await expect(page.getByRole('region', { name: /Anonyymi konsultaatio$/ })).toContainText(anonymous);
  const views = item.getByRole('group', { name: 'Yhteinen arvio' });
  await views.getByRole('textbox', { name: 'Perheneuvola' }).fill('Perhetyö on auttanut aamuihin.');
  await views
    .getByRole('textbox', { name: 'Kehitykselliset palvelut' })
    .fill('Keskittymisen vaikeudet viittaavat arvion tarpeeseen.');
  const work = item.getByRole('group', { name: 'Työnjako' });
  await work.getByRole('textbox', { name: 'Perheneuvola' }).fill('Jatkaa perhetyötä ja sopii koulun kanssa.');
  await work.getByRole('textbox', { name: 'Kehitykselliset palvelut' }).fill('Tekee kehityksen arvion.');
  await pick(item, 'Vastuuyksikkö', /^Perheneuvola$/);
  await pick(item, 'Ensimmäinen työntekijä', /^Aino Virtanen/);
  // The second of the pair comes from the other unit: Marja of Perheneuvola is not offered.
  await item.getByRole('button', { name: /Toinen työntekijä$/ }).click();
  await expect(page.getByRole('option', { name: /^Marja Kallio/ })).toHaveCount(0);
  await page.getByRole('option', { name: /^Sanna Koskinen/ }).click();
  await item.getByLabel(/^Seuraava arviointi/).fill(review);
  await item.getByText('Asia on päätetty', { exact: true }).click();
  await expectAccessible(page);
  await item.getByRole('button', { name: 'Tallenna kirjaukset' }).click();
  await expect(item.getByRole('status').filter({ hasText: /Kirjaukset tallennettu klo/ })).toBeVisible();

  // Signing: what it means is said first; the anonymous item, not decided, stays on the agenda.
  await page.getByRole('button', { name: 'Allekirjoita pöytäkirja' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Allekirjoitetaanko pöytäkirja?' });
  await expect(confirm).toContainText('pöytäkirja jää sellaiseksi kuin se on');
  await expect(confirm).toContainText('1 päätetty asia poistuu asialistalta');
  await expect(confirm).toContainText('kunkin yksikön omaan asiakkuuteen');
  await expectAccessible(page);
  await confirm.getByRole('button', { name: 'Allekirjoita', exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Pöytäkirja on allekirjoitettu.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByRole('main')).toContainText('Allekirjoittanut Aino Virtanen');
  const minutes = page.getByRole('region', { name: /Eetu Juhani Mäki$/ });
  await expect(minutes).toContainText('Keskittymisen vaikeudet viittaavat arvion tarpeeseen.');
  await expect(minutes).toContainText('Päätetty');
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Allekirjoita pöytäkirja' })).toHaveCount(0);
  await expectAccessible(page);

  // The team's agenda: Eetu left it, the anonymous consultation stays.
  await page.goto(teamUrl);
  await expect(agenda.getByRole('listitem').filter({ hasText: anonymous })).toHaveCount(1);
  await expect(agenda.getByRole('listitem').filter({ hasText: 'Eetu Juhani Mäki' })).toHaveCount(0);
  await expect(
    page
      .getByRole('row')
      .filter({ has: page.getByRole('link') })
      .filter({ hasText: 'Pöytäkirja allekirjoitettu' }),
  ).toHaveCount(1);

  // The decision on Eetu's family counselling case.
  await page.goto(caseUrl);
  await expectDecision(page, review);
  await signOut(page);

  // And on his developmental services case, which Sanna holds.
  await signIn(page, 'sanna.koskinen');
  await openEetusCase(page, 'Kehitykselliset palvelut');
  await expectDecision(page, review);
  // The signed minutes read the same to every member.
  await page.goto(meetingUrl);
  await expect(page.getByRole('main')).toContainText('Allekirjoittanut Aino Virtanen');
  await signOut(page);
});

async function expectDecision(page: Page, review: string) {
  const panel = page.getByRole('region', { name: 'Monialaisen tiimin päätökset' });
  const decision = panel
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: new RegExp(TEAM) }) });
  await expect(decision).toHaveCount(1);
  await expect(decision).toContainText('PerheneuvolaPerhetyö on auttanut aamuihin.');
  await expect(decision).toContainText('Kehitykselliset palvelutTekee kehityksen arvion.');
  await expect(decision).toContainText('VastuuyksikköPerheneuvola');
  await expect(decision).toContainText('Aino Virtanen');
  await expect(decision).toContainText('Sanna Koskinen');
  await expect(decision).toContainText(shown(review));
  await expect(decision).toContainText('Pöytäkirjan allekirjoitti Aino Virtanen.');
  await expectAccessible(page);
}

test('when someone else saved an item first, the typed text stays and the saved record can be loaded', async ({
  page,
  browser,
}) => {
  const description = 'Teini-ikäinen, jonka koulunkäynti on katkennut kevään aikana.';
  await signIn(page, 'aino.virtanen');
  const card = await teamCard(page);
  await card.getByRole('link', { name: TEAM }).click();
  const agenda = page.getByRole('region', { name: 'Asialista' });
  await agenda.getByRole('button', { name: 'Tuo asiakas tiimiin' }).click();
  const bring = page.getByRole('dialog', { name: 'Tuo asiakas tiimiin' });
  await bring.getByText('Anonyymisti', { exact: true }).click();
  await bring.getByLabel(/^Tilanteen kuvaus/).fill(description);
  await bring.getByLabel(/^Kysymys tiimille/).fill('Mistä tukea kouluun paluuseen?');
  await bring.getByRole('button', { name: 'Lisää asialistalle' }).click();
  await expect(bring).toBeHidden();

  await openNextMeeting(page);
  const meetingId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
  const item = page.getByRole('region', { name: /Anonyymi konsultaatio$/ }).filter({ hasText: description });
  const mine = item
    .getByRole('group', { name: 'Yhteinen arvio' })
    .getByRole('textbox', { name: 'Perheneuvola' });
  await mine.fill('Perheneuvolan näkemys.');

  // Meanwhile Sanna saves the same item's record.
  const otherContext = await browser.newContext({ locale: 'fi-FI' });
  const other = await otherContext.newPage();
  await signIn(other, 'sanna.koskinen');
  const { csrfToken } = await (await other.request.get('/api/session')).json();
  const view = await (await other.request.get(`/api/team-meetings/${meetingId}`)).json();
  const entry = view.items.find((e: { item: { title: string } }) => e.item.title === description);
  const devUnit = view.units.find((u: { name: string }) => u.name === 'Kehitykselliset palvelut');
  const saved = await other.request.put(`/api/team-meetings/${meetingId}/items/${entry.item.id}`, {
    headers: { 'x-csrf-token': csrfToken },
    data: { version: 0, assessments: [{ unitId: devUnit.id, view: 'Sannan näkemys.' }] },
  });
  expect(saved.status()).toBe(200);
  await otherContext.close();

  await item.getByRole('button', { name: 'Tallenna kirjaukset' }).click();
  const summary = item.getByRole('region', { name: 'Tietoja on muutettu sillä välin' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Tekstisi on yhä kentissä');
  await expect(mine).toHaveValue('Perheneuvolan näkemys.');
  await expectAccessible(page);

  await summary.getByRole('button', { name: 'Lataa uusimmat tiedot' }).click();
  const theirs = item
    .getByRole('group', { name: 'Yhteinen arvio' })
    .getByRole('textbox', { name: 'Kehitykselliset palvelut' });
  await expect(theirs).toHaveValue('Sannan näkemys.');
  await expect(mine).toHaveValue('');
  await mine.fill('Perheneuvolan näkemys.');
  await item.getByRole('button', { name: 'Tallenna kirjaukset' }).click();
  await expect(item.getByRole('status').filter({ hasText: /Kirjaukset tallennettu klo/ })).toBeVisible();
  await expect(theirs).toHaveValue('Sannan näkemys.');
  await signOut(page);
});

test('a team lead sets up a team and plans its meetings', async ({ page }) => {
  const name = 'Nuorten päihdetyön tiimi';
  await signIn(page, 'marja.kallio');
  await teamCard(page);
  await page.getByRole('button', { name: 'Perusta tiimi' }).click();
  const form = page.getByRole('dialog', { name: 'Perusta monialainen tiimi' });
  await form.getByRole('button', { name: 'Perusta tiimi' }).click();
  const summary = form.getByRole('region', { name: 'Tarkista nämä kohdat' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Tiimin nimi: Tieto puuttuu.');
  await expect(summary).toContainText('Kokoontumisrytmi: Tieto puuttuu.');
  await expectAccessible(page);

  await form.getByLabel(/^Tiimin nimi/).fill(name);
  await form.getByText('Kerran kuussa', { exact: true }).click();
  await selectOption(form, 'Viikonpäivä', 'Torstai');
  await form.getByLabel(/^Kellonaika/).fill('9.30');
  await form.getByText('Sanna Koskinen, Kehitykselliset palvelut', { exact: true }).click();
  await form.getByText('Laura Mäkelä, Lastenpsykiatrian poliklinikka', { exact: true }).click();
  await form.getByRole('button', { name: 'Perusta tiimi' }).click();
  await expect(form).toBeHidden();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Tiimi on perustettu.' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(
    'Kerran kuussa: kuukauden ensimmäisenä torstaina klo 9.30',
  );
  const members = page.getByRole('region', { name: 'Jäsenet yksiköittäin' });
  await expect(members).toContainText('Marja Kallio');
  await expect(members).toContainText('Sanna Koskinen');
  const meetings = page.getByRole('region', { name: 'Kokoukset' });
  await expect(meetings).toContainText('Kokouksia ei ole vielä suunniteltu.');
  await selectOption(meetings, 'Suunnittele kokoukset ajalle', 'Seuraavat 3 kuukautta');
  await meetings.getByRole('button', { name: 'Suunnittele kokoukset', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Kokoukset on suunniteltu.' })).toBeVisible();
  await expect(meetings.getByRole('row').filter({ hasText: 'Suunniteltu' }).first()).toBeVisible();
  await expectAccessible(page);
  await signOut(page);
});
