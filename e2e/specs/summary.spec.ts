import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { daysFromNow, shown } from '../support/dates';
import { selectOption } from '../support/forms';
import { renderPdf } from '../support/pdf';
import { signIn, signOut } from '../support/session';

/** The Korpela family's family work, bought by the county from Kompassin perhetyö (seed 001). */
const CLIENT = 'Korpelan perhe';
const OPENED_ON = '2026-10-05';
/** The family lives under address protection: the address must never reach a printout. */
const PROTECTED_ADDRESS = 'Rantatie 12';

async function openKorpelaCase(page: Page) {
  await page.goto('/cases');
  await page.getByRole('main').getByRole('link', { name: CLIENT }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: CLIENT })).toBeVisible();
}

/** The same worker on a second device: another session that saves the summary first. */
async function saveElsewhere(browser: Browser, url: string, nextSteps: string) {
  const other = await (await browser.newContext()).newPage();
  await signIn(other, 'kaisa.rantanen');
  await other.goto(url);
  await other.getByRole('textbox', { name: /^Jatko/ }).fill(nextSteps);
  await other.getByRole('button', { name: 'Tallenna luonnos' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'Luonnos tallennettu klo' })).toBeVisible();
  await other.context().close();
}

test('a period summary is drafted from the record, edited, signed and printed, and reaches the purchaser only under consent', async ({
  page,
  browser,
}, testInfo) => {
  const run = Date.now().toString(36);
  const today = daysFromNow(0);
  const name = `Kausiyhteenveto ${shown(OPENED_ON)}–${shown(today)}`;
  const evaluation = `Äiti ja lapset löysivät yhteisen päivärytmin; yöt ovat nyt rauhallisempia. ${run}`;

  // Kaisa drafts the period summary on the Korpela case.
  await signIn(page, 'kaisa.rantanen');
  await openKorpelaCase(page);
  const caseUrl = page.url();
  const panel = page.getByRole('region', { name: 'Yhteenvedot', exact: true });
  await expect(panel).toContainText(
    'Palvelun ostaja saa allekirjoitetut yhteenvedot vain asiakkaan suostumuksella',
  );
  await expectAccessible(page);

  await panel.getByRole('button', { name: 'Laadi kausiyhteenveto' }).click();
  const dialog = page.getByRole('dialog', { name: 'Laadi kausiyhteenveto' });
  await expect(dialog.getByLabel(/^Jakso päättyy/)).toHaveValue(today);
  await expectAccessible(page);
  // A period that ends before it starts is refused here, tied to the field, and nothing is sent.
  await dialog.getByLabel(/^Jakso alkaa/).fill(today);
  await dialog.getByLabel(/^Jakso päättyy/).fill(OPENED_ON);
  await dialog.getByRole('button', { name: 'Laadi luonnos' }).click();
  const errors = dialog.getByRole('region', { name: 'Tarkista nämä kohdat' });
  await expect(errors).toBeFocused();
  await expect(errors).toContainText('Jakso päättyy: Tarkista tämä tieto.');
  await expect(dialog.getByLabel(/^Jakso päättyy/)).toHaveAccessibleDescription(/Tarkista tämä tieto\./);
  await expectAccessible(page);
  await dialog.getByLabel(/^Jakso alkaa/).fill(OPENED_ON);
  await dialog.getByLabel(/^Jakso päättyy/).fill(today);
  await dialog.getByRole('button', { name: 'Laadi luonnos' }).click();

  // The draft opens on its own page: what the record held, beside the text written from it.
  await expect(page).toHaveURL(/\/summaries\/[0-9a-f-]{36}$/);
  const summaryUrl = page.url();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Luonnos on laadittu' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Kirjauksista' })).toContainText(
    'Tallennettuja verkostokarttoja',
  );
  await expect(page.getByRole('textbox', { name: /^Tapaamiset/ })).not.toHaveValue('');
  await expect(page.getByRole('link', { name: CLIENT })).toHaveAttribute('href', /\/cases\/[0-9a-f-]{36}$/);
  await expect(page).toHaveTitle('Yhteenveto – Verkosto');
  await expectAccessible(page);

  await page.getByRole('textbox', { name: /^Arvio työskentelystä/ }).fill(evaluation);
  await page.getByRole('button', { name: 'Tallenna luonnos' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Luonnos tallennettu klo' })).toBeVisible();

  // Kaisa writes on while her other session saves first: her text is kept, and can be taken back.
  const more = `${evaluation} Isovanhemmat auttavat iltaisin.`;
  await page.getByRole('textbox', { name: /^Arvio työskentelystä/ }).fill(more);
  await saveElsewhere(browser, summaryUrl, `Jatketaan kevääseen asti ${run}`);
  await page.getByRole('button', { name: 'Tallenna luonnos' }).click();
  const stale = page.getByRole('region', { name: 'Tietoja on muutettu sillä välin' });
  await expect(stale).toBeFocused();
  await expect(stale).toContainText('Tekstisi on yhä tässä');
  await expect(page.getByRole('textbox', { name: /^Arvio työskentelystä/ })).toHaveValue(more);
  await expectAccessible(page);
  await stale.getByRole('button', { name: 'Lataa tallennettu versio' }).click();
  await expect(page.getByRole('textbox', { name: /^Jatko/ })).toHaveValue(`Jatketaan kevääseen asti ${run}`);
  await expect(page.getByRole('textbox', { name: /^Arvio työskentelystä/ })).toHaveValue(evaluation);
  await expect(page.getByText('Oma tekstisi ennen latausta')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('summary-editor.png'), fullPage: true });
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Käytä omaa tekstiäni: Arvio työskentelystä' }).click();
  await expect(page.getByRole('textbox', { name: /^Arvio työskentelystä/ })).toHaveValue(more);
  await page.getByRole('button', { name: 'Tallenna luonnos' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Luonnos tallennettu klo' })).toBeVisible();

  // Signing is confirmed first: a signed summary never changes.
  await page.getByRole('button', { name: 'Allekirjoita yhteenveto' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Allekirjoitetaanko yhteenveto?' });
  await expect(confirm).toContainText('ei voi enää muuttaa');
  await expectAccessible(page);
  await confirm.getByRole('button', { name: 'Allekirjoita', exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Yhteenveto on allekirjoitettu.' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Allekirjoittanut Kaisa Rantanen');
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('main')).toContainText(more);
  await page.screenshot({ path: testInfo.outputPath('summary-page.png'), fullPage: true });
  await expectAccessible(page);

  // The PDF, drawn by pdf.js: the family's name and Finnish letters are there, the protected address is not.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: /^Lataa PDF/ }).click();
  const download = await downloading;
  // The file name says what it is, never whom it is about: downloads folders are not registers.
  expect(download.suggestedFilename()).toBe(`period-summary-${today}.pdf`);
  const pdf = await renderPdf(page.context(), download, testInfo.outputPath('summary-pdf-page1.png'));
  const firstPage = pdf.pages[0] ?? '';
  const allText = pdf.pages.join('\n');
  expect(firstPage).toContain('Kausiyhteenveto');
  expect(firstPage).toContain(CLIENT);
  expect(firstPage).toContain('Yksikkö');
  expect(firstPage).toContain('Kompassin perhetyö');
  expect(allText.replace(/\s+/g, ' ')).toContain('Äiti ja lapset löysivät yhteisen päivärytmin');
  expect(allText).not.toContain(PROTECTED_ADDRESS);
  expect(allText).not.toContain('LUONNOS');

  // Kaisa's own page lists summaries coming due.
  await page.goto('/my-work');
  await expect(page.getByRole('region', { name: 'Erääntyvät yhteenvedot' })).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  // Paula buys the service for the county: she lands on the purchased services, and sees no summary yet.
  await signIn(page, 'paula.hankinen');
  await expect(page).toHaveURL(/\/purchaser$/);
  const nav = page.getByRole('navigation', { name: 'Päävalikko' });
  await expect(nav.getByRole('link', { name: 'Ostetut palvelut' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Omat asiakkuudet' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Henkilöhaku' })).toHaveCount(0);
  const period = page.getByRole('region', { name: 'Jakso' });
  await expect(period.getByLabel(/^Alkaen/)).toHaveValue(`${today.slice(0, 4)}-01-01`);
  await expect(period.getByLabel(/^Päättyen/)).toHaveValue(today);
  const korpela = page.getByRole('row').filter({ hasText: CLIENT });
  await expect(korpela).toContainText('Kompassin perhetyö');
  await expect(korpela).toContainText('Ei suostumusta yhteenvetojen jakamiseen');
  await expect(korpela.getByRole('link')).toHaveCount(0);
  await expectAccessible(page);
  await signOut(page);

  // The guardian consents to the county receiving summaries; Kaisa records it.
  await signIn(page, 'kaisa.rantanen');
  await openKorpelaCase(page);
  const consents = page.getByRole('region', { name: 'Suostumukset' });
  await consents.getByRole('button', { name: 'Kirjaa suostumus' }).click();
  const form = page.getByRole('dialog', { name: 'Kirjaa suostumus' });
  await selectOption(form, 'Suostumuksen antaja', 'Satu Korpela (huoltaja)');
  await selectOption(form, 'Tarkoitus', 'Yhteenvetojen vastaanottaminen');
  await form
    .getByRole('radiogroup', { name: /^Vastaanottaja/ })
    .getByText('Koko organisaatio', { exact: true })
    .click();
  await selectOption(form, 'Vastaanottava organisaatio', 'Järvilaakson hyvinvointialue');
  await selectOption(form, 'Miten suostumus annettiin', 'Kirjallisesti');
  await expectAccessible(page);
  await form.getByRole('button', { name: 'Tallenna suostumus' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Suostumus on kirjattu.' })).toBeVisible();
  await expect(panel.getByRole('row', { name: new RegExp(name) })).toContainText(
    'Jaettu ostajalle suostumuksella',
  );
  await panel.screenshot({ path: testInfo.outputPath('summaries-panel.png') });
  await expectAccessible(page);
  await signOut(page);

  // Paula now receives the signed summary: she reads it and prints it, but never opens the case.
  await signIn(page, 'paula.hankinen');
  await expect(korpela).toContainText('Allekirjoitettu');
  await expect(korpela).not.toContainText('Ei suostumusta');
  await page.screenshot({ path: testInfo.outputPath('purchaser-page.png'), fullPage: true });
  await expectAccessible(page);
  await korpela.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ostetut palvelut' }).first()).toBeVisible();
  await expect(page.getByRole('main')).toContainText(more);
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Allekirjoita yhteenveto' })).toHaveCount(0);
  await expectAccessible(page);
  const again = page.waitForEvent('download');
  await page.getByRole('link', { name: /^Lataa PDF/ }).click();
  const paulas = await renderPdf(page.context(), await again, testInfo.outputPath('purchaser-pdf-page1.png'));
  expect(paulas.pages[0]).toContain(CLIENT);
  expect(paulas.pages.join('\n')).not.toContain(PROTECTED_ADDRESS);

  // The case itself stays closed to her: the same answer as for a case that does not exist.
  await page.goto(caseUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Tietoa ei löytynyt' })).toBeVisible();
  await signOut(page);
});
