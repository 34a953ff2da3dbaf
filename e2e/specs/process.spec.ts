import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { daysFromNow, shown } from '../support/dates';
import { selectOption } from '../support/forms';
import { renderPdf } from '../support/pdf';
import { signIn } from '../support/session';
import { draftAndSign } from '../support/summaries';

// Meeting times as the county's workers see them.

const REFERRAL_ON = daysFromNow(-3);
const PROTECTED_STREET = 'Piilopolku 7';

/** Opens a family work case at Kompassi, bought by the county, for a child registered now. */
async function openPurchasedCase(page: Page, lastName: string) {
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Uusi henkilö' })
    .click();
  await page.getByLabel('Etunimet').fill('Aada');
  await page.getByLabel('Sukunimi').fill(lastName);
  await page.getByLabel('Syntymäaika').fill('2017-04-12');
  // The child lives under address protection: the address must never reach a printout.
  await page.getByLabel('Katuosoite').fill(PROTECTED_STREET);
  await page.getByLabel('Postinumero').fill('45100');
  await page.getByLabel('Postitoimipaikka').fill('Kouvola');
  await page.getByText('Henkilöllä on turvakielto', { exact: true }).click();
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByRole('main')).toContainText('Henkilö on tallennettu.');
  await page.getByRole('main').getByRole('link', { name: 'Avaa asiakkuus' }).click();
  await selectOption(page, 'Palvelu', 'Perhetyö');
  await selectOption(page, 'Palvelun ostaja', 'Järvilaakson hyvinvointialue');
  // The referral came three days ago: the statutory clocks run from then.
  await page.getByLabel(/^Alkamispäivä/).fill(REFERRAL_ON);
  await page.getByRole('button', { name: 'Avaa asiakkuus' }).click();
  await expect(page.getByRole('main')).toContainText('Asiakkuus on avattu.');
}

/** Moves the case one phase on through the dialog, with a reason. */
async function movePhase(page: Page, panel: Locator, to: string, reason: string) {
  await panel.getByRole('button', { name: `Siirrä vaiheeseen ${to}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Siirrä asiakkuus seuraavaan vaiheeseen' });
  await dialog.getByLabel(/^Syy siirrolle/).fill(reason);
  await dialog.getByRole('button', { name: `Siirrä vaiheeseen ${to}` }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.getByRole('status')).toHaveText(`Asiakkuus siirtyi vaiheeseen ${to}.`);
  await expect(panel.locator('[aria-current="step"]')).toContainText(to);
}

/** Records a meeting on the case page: its kind, its day and time, with the participants named. */
async function planMeeting(
  page: Page,
  kind: string,
  day: string,
  participants: string[] = [],
  time = '10.00',
) {
  await page
    .getByRole('region', { name: 'Tapaamiset', exact: true })
    .getByRole('button', { name: 'Suunnittele tapaaminen' })
    .click();
  const form = page.getByRole('dialog', { name: 'Suunnittele tapaaminen' });
  await selectOption(form, 'Tapaamisen laji', kind);
  await form
    .getByRole('radiogroup', { name: /^Missä ja miten/ })
    .getByText('Kotona', { exact: true })
    .click();
  await form.getByLabel(/^Päivä/).fill(day);
  await form.getByLabel(/^Kellonaika/).fill(time);
  for (const who of participants) {
    await form.getByText(who, { exact: true }).click();
    await expect(form.getByRole('checkbox', { name: who })).toBeChecked();
  }
  await form.getByRole('button', { name: 'Tallenna tapaaminen' }).click();
  await expect(form).toBeHidden();
}

test('a new referral goes through the whole process: clocks, assessment visits, the network review with the purchaser, a signed period summary as PDF, the final evaluation and closing', async ({
  page,
}, testInfo) => {
  const lastName = `Prosessi${Date.now().toString(36)}`;
  await signIn(page, 'kaisa.rantanen');
  await openPurchasedCase(page, lastName);

  const panel = page.getByRole('region', { name: 'Asiakkuuden eteneminen' });
  const steps = panel.getByRole('list', { name: 'Vaiheet' });
  await expect(steps.getByRole('listitem')).toHaveCount(7);
  const current = steps.locator('[aria-current="step"]');
  await expect(current).toContainText('Yhteydenotto');
  await expect(current).toContainText('Nykyinen vaihe');
  // Both clocks of Social Welfare Act 36 § run from the referral, with their law and what is left.
  const clocks = panel.getByRole('table', { name: 'Määräajat, niiden lähde ja tilanne' });
  const started = clocks.getByRole('row', { name: /Palvelutarpeen arviointi aloitettu/ });
  const finished = clocks.getByRole('row', { name: /Palvelutarpeen arviointi valmis/ });
  await expect(started).toContainText('Sosiaalihuoltolaki 36 §');
  await expect(started).toContainText(/Käynnissä|Määräaika lähestyy/);
  await expect(started).toContainText(/\d+ työpäivää? jäljellä/);
  await expect(finished).toContainText('Sosiaalihuoltolaki 36 §');
  await expect(panel).toContainText('Prosessimallin mukaan 3–5');
  await expectAccessible(page);

  // A move needs its reason: the dialog says so, and sends nothing without one.
  await panel.getByRole('button', { name: 'Siirrä vaiheeseen Aloitus' }).click();
  const dialog = page.getByRole('dialog', { name: 'Siirrä asiakkuus seuraavaan vaiheeseen' });
  await expect(dialog).toContainText('Asiakkuus siirtyy vaiheesta Yhteydenotto vaiheeseen Aloitus.');
  await dialog.getByRole('button', { name: 'Siirrä vaiheeseen Aloitus' }).click();
  const summary = dialog.getByRole('region', { name: 'Tarkista nämä kohdat' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Syy siirrolle: Tieto puuttuu.');
  await expect(dialog.getByLabel(/^Syy siirrolle/)).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Peruuta' }).click();
  await expect(dialog).toBeHidden();

  await movePhase(page, panel, 'Aloitus', 'Perhe soitti ja sovittiin ensimmäinen tapaaminen.');
  await movePhase(page, panel, 'Kartoitus', 'Aloituskäynti pidetty, kartoitus alkaa.');
  await expect(started).toContainText('Toteutui ajallaan');
  await expect(steps.getByRole('listitem').filter({ hasText: 'Kartoitus' })).toContainText('Alkoi');

  // Two assessment visits of the three to five expected: the move to the review warns, and waits for a confirmation.
  await planMeeting(page, 'Arviointikäynti', daysFromNow(-3), [], '13.00');
  await planMeeting(page, 'Arviointikäynti', daysFromNow(-2));
  await expect(panel).toContainText('2 tapaamista');
  await panel.getByRole('button', { name: 'Siirrä vaiheeseen Verkostoarvio' }).click();
  const warned = page.getByRole('dialog', { name: 'Siirrä asiakkuus seuraavaan vaiheeseen' });
  const warning = warned.getByRole('checkbox', {
    name: 'Kartoitustapaamisia on ollut 2, vähemmän kuin prosessimallin 3–5.',
  });
  await expect(warning).not.toBeChecked();
  await warned.getByLabel(/^Syy siirrolle/).fill('Kartoitus on valmis.');
  await warned.getByRole('button', { name: 'Siirrä vaiheeseen Verkostoarvio' }).click();
  await expect(warned.getByRole('region', { name: 'Tarkista nämä kohdat' })).toContainText(
    'Vahvista, että olet lukenut tämän.',
  );
  await expect(warning).toHaveAccessibleDescription('Vahvista, että olet lukenut tämän.');
  await expectAccessible(page);
  await warned.getByRole('button', { name: 'Peruuta' }).click();
  await expect(warned).toBeHidden();

  // The third visit: the count is within the template and the move needs no confirmation.
  await planMeeting(page, 'Arviointikäynti', daysFromNow(-1));
  await expect(panel).toContainText('3 tapaamista');
  await movePhase(page, panel, 'Verkostoarvio', 'Kolme arviointikäyntiä pidetty.');
  await expect(finished).toContainText('Toteutui ajallaan');
  await expect(panel.getByRole('button', { name: /^Siirrä vaiheeseen/ })).toHaveCount(0);

  // The review decision needs a network meeting; first there is none.
  const review = panel.getByRole('region', { name: 'Verkostoarvion päätös', exact: true });
  await expect(review).toContainText('Asiakkuudella ei ole verkostopalaveria');
  await expectAccessible(page);

  // The purchaser, Paula Hankinen of the county, joins the network as a Verkosto user.
  const network = page.getByRole('region', { name: 'Verkosto', exact: true });
  await network.getByRole('button', { name: 'Lisää verkoston jäsen' }).click();
  const member = page.getByRole('dialog', { name: 'Lisää verkoston jäsen' });
  await selectOption(member, 'Jäsenen tyyppi', 'Ammattilainen');
  await member.getByRole('button', { name: /Verkoston käyttäjä$/ }).click();
  await page.getByRole('option', { name: /^Paula Hankinen/ }).click();
  await expect(member.getByLabel(/^Nimi/)).toHaveValue('Paula Hankinen');
  await member.getByLabel(/^Suhde asiakkaaseen/).fill('palvelun ostaja');
  await selectOption(member, 'Sektori', 'Palvelut ja ammattilaiset');
  await selectOption(member, 'Kehä', 'Kehä 3');
  await selectOption(member, 'Suhteen laatu', 'Tukea antava');
  await selectOption(member, 'Tuen suunta', 'Tukee asiakasta');
  await selectOption(member, 'Asiakkaan toive', 'Toivoo mukaan');
  await member.getByRole('button', { name: 'Lisää jäsen' }).click();
  await expect(member).toBeHidden();

  // The review is decided in the network meeting, so only one that has been held can carry it.
  await planMeeting(page, 'Verkostopalaveri', daysFromNow(2), ['Paula Hankinen (palvelun ostaja)']);
  await expect(review).toContainText('Asiakkuudella ei ole verkostopalaveria');
  const reviewDay = daysFromNow(-1);
  await planMeeting(page, 'Verkostopalaveri', reviewDay, ['Paula Hankinen (palvelun ostaja)'], '14.00');
  const meeting = review.getByRole('radiogroup', { name: /^Verkostopalaveri/ });
  await expect(meeting.getByRole('radio', { name: `${shown(reviewDay)} klo 14.00` })).toBeChecked();
  await expect(meeting).toContainText('Palvelun ostaja on osallistujana');
  await expect(review).toContainText('palvelun ostajan pitää olla palaverin osallistujana');

  // "Continue" asks for the next review, proposed from the template's twelve weeks.
  await review
    .getByRole('radiogroup', { name: /^Päätös/ })
    .getByText('Työskentely jatkuu', { exact: true })
    .click();
  const nextReview = review.getByLabel(/^Seuraava arviointi/);
  await expect(nextReview).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await expect(review).toContainText('12 viikon välein');
  await nextReview.fill('');
  await review.getByRole('button', { name: 'Kirjaa päätös' }).click();
  await expect(review.getByRole('region', { name: 'Tarkista nämä kohdat' })).toContainText(
    'Seuraava arviointi: Tieto puuttuu.',
  );
  await expectAccessible(page);
  const nextReviewOn = daysFromNow(84);
  await nextReview.fill(nextReviewOn);
  await review
    .getByLabel(/^Perustelut ja sovitut asiat/)
    .fill('Tavoitteet sovittiin yhdessä perheen kanssa.');
  await review.getByRole('button', { name: 'Kirjaa päätös' }).click();

  await expect(panel.getByRole('status')).toHaveText(
    'Verkostoarvion päätös on kirjattu. Asiakkuus siirtyi vaiheeseen Työskentely.',
  );
  await expect(panel.getByRole('heading', { name: 'Asiakkuuden eteneminen' })).toBeFocused();
  await expect(current).toContainText('Työskentely');
  const recorded = panel.getByRole('region', { name: 'Kirjattu verkostoarvion päätös' });
  await expect(recorded).toContainText('Työskentely jatkuu');
  await expect(recorded).toContainText(shown(nextReviewOn));
  await expect(recorded).toContainText('Palvelun ostaja on osallistujana');
  await expect(recorded).toContainText('Kaisa Rantanen');
  for (const clock of [started, finished]) await expect(clock).toContainText('Toteutui ajallaan');
  await expect(page.getByRole('main')).toContainText('Vaihe: Työskentely');

  // The history, newest first: who moved the case, when and why.
  const history = panel.getByRole('region', { name: 'Vaihehistoria' }).getByRole('listitem');
  await expect(history).toHaveCount(4);
  await expect(history.first()).toContainText('Vaiheesta Verkostoarvio vaiheeseen Työskentely');
  await expect(history.nth(1)).toContainText('Vaiheesta Kartoitus vaiheeseen Verkostoarvio');
  await expect(history.nth(1)).toContainText('Kolme arviointikäyntiä pidetty.');
  await expect(history.last()).toContainText('Kaisa Rantanen');
  await expectAccessible(page);

  // The period summary is drafted from what was recorded, signed, and printed without the protected address.
  const periodUrl = await draftAndSign(page, 'period', 'Perhe löysi arkeen yhteisen rytmin; yöt sujuvat.');
  await page.goto(periodUrl);
  await expect(page.getByRole('main')).toContainText('Ajanjaksolla tavattiin 4 kertaa.');
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: /^Lataa PDF/ }).click();
  const pdf = await renderPdf(page.context(), await downloading, testInfo.outputPath('period-summary.png'));
  const printed = pdf.pages.join('\n').replace(/\s+/g, ' ');
  expect(printed).toContain('Kausiyhteenveto');
  expect(printed).toContain(`Aada ${lastName}`);
  expect(printed).toContain('arviointikäynti: 3');
  expect(printed).toContain('Perhe löysi arkeen yhteisen rytmin; yöt sujuvat.');
  expect(printed).not.toContain(PROTECTED_STREET);
  expect(printed).not.toContain('45100');
  await page.goBack();

  // Closing: the case cannot close before its final evaluation is signed, and the close form says where.
  await movePhase(page, panel, 'Päättymässä', 'Tavoitteet on saavutettu.');
  await expect(panel).toContainText('Ensin allekirjoitetaan loppuarviointi.');
  await expect(panel.getByRole('button', { name: /^Siirrä vaiheeseen/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Päätä asiakkuus' }).click();
  const close = page.getByRole('dialog', { name: 'Päätä asiakkuus' });
  await selectOption(close, 'Päättymisen syy', 'Tavoitteet saavutettiin');
  await close.getByRole('button', { name: 'Päätä asiakkuus' }).click();
  await expect(close.getByRole('region', { name: 'Toiminto ei onnistunut' })).toContainText(
    'Asiakkuuden voi päättää vasta, kun loppuarviointi on allekirjoitettu.',
  );
  await expectAccessible(page);
  await close.getByRole('button', { name: 'Peruuta' }).click();

  // The final evaluation signed, the case closes: the last step of the process.
  await draftAndSign(page, 'final', 'Tavoitteet saavutettiin; perhe jatkaa koulun tuella.');
  await page.getByRole('button', { name: 'Päätä asiakkuus' }).click();
  await selectOption(close, 'Päättymisen syy', 'Tavoitteet saavutettiin');
  await close.getByRole('button', { name: 'Päätä asiakkuus' }).click();
  await expect(page.getByRole('main')).toContainText('Asiakkuus on päätetty.');
  await expect(current).toContainText('Päättynyt');
  await expectAccessible(page);
});

test('an admin edits the family work template: a new version, and a minimum above the maximum refused', async ({
  page,
}) => {
  await signIn(page, 'ilkka.aaltonen');
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Prosessimallit' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Prosessimallit' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('jo alkaneet asiakkuudet pysyvät sillä versiolla');
  const familyWork = page.getByRole('region', { name: 'Perhetyö', exact: true });
  await expect(familyWork).toContainText('3–5 tapaamista');
  await expect(familyWork).toContainText('Sosiaalihuoltolaki 36 §');
  const version = Number((await familyWork.getByText(/^Versio \d+/).textContent())?.match(/\d+/)?.[0]);
  await expectAccessible(page);

  await familyWork.getByRole('button', { name: 'Muokkaa mallia: Perhetyö' }).click();
  const form = page.getByRole('dialog', { name: 'Muokkaa prosessimallia: Perhetyö' });
  await expect(form.getByLabel(/^Vähintään/)).toHaveValue('3');
  await expect(form.getByRole('group', { name: 'Määräaika 1' }).getByLabel(/^Säädös/)).toHaveValue(
    'Sosiaalihuoltolaki 36 §',
  );
  await expectAccessible(page);

  // A minimum above the maximum: the form says so at the maximum and sends nothing.
  await form.getByLabel(/^Vähintään/).fill('7');
  await form.getByLabel(/^Enintään/).fill('6');
  await form.getByRole('button', { name: 'Tallenna uutena versiona' }).click();
  const summary = form.getByRole('region', { name: 'Tarkista nämä kohdat' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Enintään: Enimmäismäärä ei voi olla pienempi kuin vähimmäismäärä.');
  await expect(form.getByLabel(/^Enintään/)).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel(/^Enintään/)).toHaveAccessibleDescription(
    /Enimmäismäärä ei voi olla pienempi kuin vähimmäismäärä\./,
  );
  await expectAccessible(page);

  // At most six meetings, and a clock added and then removed again.
  await form.getByLabel(/^Vähintään/).fill('3');
  await form.getByRole('button', { name: 'Lisää määräaika' }).click();
  await expect(form.getByRole('group', { name: 'Määräaika 3' })).toBeVisible();
  await form.getByRole('button', { name: 'Poista määräaika 3' }).click();
  await expect(form.getByRole('group', { name: 'Määräaika 3' })).toHaveCount(0);
  await form.getByRole('button', { name: 'Tallenna uutena versiona' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'prosessimallin versio' })).toHaveText(
    `Palvelun Perhetyö prosessimallin versio ${version + 1} on tallennettu.`,
  );
  await expect(familyWork).toContainText(`Versio ${version + 1}`);
  await expect(familyWork).toContainText('3–6 tapaamista');
  await expect(familyWork).toContainText('Ilkka Aaltonen');
  await expectAccessible(page);
});
