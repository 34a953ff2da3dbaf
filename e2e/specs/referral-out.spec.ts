import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { openEetusCase } from '../support/demo';
import { signIn, signOut } from '../support/session';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Päävalikko' });
const panelOf = (page: Page) => page.getByRole('region', { name: 'Ohjaukset muualle', exact: true });
/** A referral's status: the first of its facts. */
const statusOf = (card: Locator) => card.getByRole('definition').first();

/** The dialog filled in and sent: the target chosen by the start of its option, which carries details. */
async function refer(
  page: Page,
  target: {
    kind: 'Palveluhakemiston palveluun' | 'Toiseen Verkoston yksikköön';
    label: string;
    name: string;
  },
  reason: string,
  urgency: string,
) {
  const dialog = page.getByRole('dialog', { name: 'Ohjaa asiakas muualle' });
  await dialog
    .getByRole('radiogroup', { name: /^Minne ohjaat/ })
    .getByText(target.kind, { exact: true })
    .click();
  await dialog.getByRole('button', { name: new RegExp(`^Valitse ${target.label}`) }).click();
  await page.getByRole('option', { name: new RegExp(`^${target.name}`) }).click();
  await dialog.getByLabel(/^Ohjauksen syy/).fill(reason);
  await dialog
    .getByRole('radiogroup', { name: /^Kiireellisyys/ })
    .getByText(urgency, { exact: true })
    .click();
  // The box is drawn over a visually hidden input: a person clicks its label.
  await dialog.getByText('Perhe on suostunut siihen, että heihin otetaan yhteyttä', { exact: true }).click();
  await dialog.getByRole('button', { name: 'Lähetä ohjaus' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Ohjaus on lähetetty' })).toHaveText(
    `Ohjaus on lähetetty: ${target.name}.`,
  );
}

/** One step recorded with the card's own control, which then starts afresh or, at the end, goes. */
async function recordStep(page: Page, card: Locator, target: string, step: string) {
  const form = card.getByRole('form', { name: `Kirjaa seuraava vaihe: ${target}` });
  await form.getByRole('button', { name: /^Valitse Seuraava vaihe/ }).click();
  await page.getByRole('option', { name: step, exact: true }).click();
  await form.getByRole('button', { name: `Kirjaa vaihe: ${target}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Vaihe on kirjattu' })).toHaveText(
    `Vaihe on kirjattu: ${target}, ${step}.`,
  );
  await expect(card.getByRole('heading', { level: 3, name: target })).toBeFocused();
  await expect(statusOf(card)).toContainText(step);
}

test('a worker refers a child to a directory service and records its steps until the loop closes; a referral to a Verkosto unit follows that unit, which declines it', async ({
  page,
}) => {
  // Other specs share the database: the words here are this run's own.
  const run = Date.now().toString(36);
  const cafe = 'Perhekahvila Satakieli';
  const clinic = 'Lastenpsykiatrian poliklinikka';
  const cafeReason = `Äiti kaipaa muiden vanhempien seuraa ${run}`;
  const clinicReason = `Ahdistus on pahentunut, tarvitaan psykiatrinen arvio ${run}`;
  const declineReason = `Arvio tehdään ensin perheneuvolassa ${run}`;

  await signIn(page, 'aino.virtanen');
  await openEetusCase(page);
  const panel = panelOf(page);
  await expect(panel).toBeVisible();
  await expectAccessible(page);

  // An empty send names what is missing, the target too, and sends nothing.
  await panel.getByRole('button', { name: 'Ohjaa muualle' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ohjaa asiakas muualle' });
  await expect(dialog.getByRole('radio', { name: 'Palveluhakemiston palveluun' })).toBeChecked();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Lähetä ohjaus' }).click();
  const summary = dialog.getByRole('region', { name: 'Tarkista nämä kohdat' });
  await expect(summary).toBeFocused();
  for (const field of ['Palvelu', 'Ohjauksen syy', 'Kiireellisyys']) {
    await expect(summary.getByRole('link', { name: `${field}: Tieto puuttuu.` })).toBeVisible();
  }
  await expect(dialog.getByLabel(/^Ohjauksen syy/)).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  await refer(
    page,
    { kind: 'Palveluhakemiston palveluun', label: 'Palvelu', name: cafe },
    cafeReason,
    'Tavallinen',
  );
  const cafeCard = panel.getByRole('listitem').filter({ hasText: cafeReason });
  await expect(cafeCard.getByRole('heading', { level: 3, name: cafe })).toBeVisible();
  await expect(cafeCard).toContainText('Palveluhakemisto');
  await expect(cafeCard).toContainText('Tavallinen');
  await expect(cafeCard).toContainText('Aino Virtanen');
  await expect(statusOf(cafeCard)).toContainText('Tila päivitetty');
  await expect(statusOf(cafeCard)).toContainText('Lähetetty');
  await expectAccessible(page);

  // The step control: nothing chosen is said so; then received, accepted and completed, one at a time.
  const stepForm = cafeCard.getByRole('form', { name: `Kirjaa seuraava vaihe: ${cafe}` });
  await stepForm.getByRole('button', { name: `Kirjaa vaihe: ${cafe}` }).click();
  const stepSummary = stepForm.getByRole('region', { name: 'Tarkista nämä kohdat' });
  await expect(stepSummary).toBeFocused();
  await expect(stepSummary).toContainText('Seuraava vaihe: Tieto puuttuu.');
  await expectAccessible(page);
  await stepForm.getByRole('button', { name: /^Valitse Seuraava vaihe/ }).click();
  const offered = page.getByRole('option');
  await expect(offered).toHaveText(['Vastaanotettu', 'Hyväksytty', 'Hylätty']);
  await expectAccessible(page);
  await page.keyboard.press('Escape');

  await recordStep(page, cafeCard, cafe, 'Vastaanotettu');
  await stepForm.getByRole('button', { name: /^Valitse Seuraava vaihe/ }).click();
  await expect(offered).toHaveText(['Hyväksytty', 'Hylätty']);
  await page.keyboard.press('Escape');
  await recordStep(page, cafeCard, cafe, 'Hyväksytty');
  await stepForm.getByRole('button', { name: /^Valitse Seuraava vaihe/ }).click();
  await expect(offered).toHaveText(['Päättynyt']);
  await page.keyboard.press('Escape');
  await recordStep(page, cafeCard, cafe, 'Päättynyt');
  await expect(stepForm).toHaveCount(0);
  await expectAccessible(page);

  // To a Verkosto unit: the case's own unit is not offered; the status follows the unit, no step control.
  await panel.getByRole('button', { name: 'Ohjaa muualle' }).click();
  await dialog
    .getByRole('radiogroup', { name: /^Minne ohjaat/ })
    .getByText('Toiseen Verkoston yksikköön', { exact: true })
    .click();
  await dialog.getByRole('button', { name: /^Valitse Yksikkö/ }).click();
  await expect(page.getByRole('option', { name: new RegExp(`^${clinic}`) })).toBeVisible();
  await expect(page.getByRole('option', { name: /^Perheneuvola/ })).toHaveCount(0);
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await refer(
    page,
    { kind: 'Toiseen Verkoston yksikköön', label: 'Yksikkö', name: clinic },
    clinicReason,
    'Pian käsiteltävä',
  );
  const clinicCard = panel.getByRole('listitem').filter({ hasText: clinicReason });
  await expect(clinicCard.getByRole('heading', { level: 3, name: clinic })).toBeVisible();
  await expect(clinicCard).toContainText('Verkoston yksikkö');
  await expect(clinicCard).toContainText('Pian käsiteltävä');
  await expect(clinicCard).toContainText('Tila päivittyy, kun yksikkö käsittelee ohjauksen.');
  // The unit's triage moves it on, so no time of a step recorded here is shown.
  await expect(clinicCard).not.toContainText('Tila päivitetty');
  await expect(statusOf(clinicCard)).toContainText('Lähetetty');
  await expect(clinicCard.getByRole('form')).toHaveCount(0);
  await expect(clinicCard.getByRole('button')).toHaveCount(0);
  await expectAccessible(page);
  await signOut(page);

  // Laura of the clinic finds Eetu in her unit's inbox, with what Aino wrote, and declines with a reason.
  await signIn(page, 'laura.makela');
  await nav(page).getByRole('link', { name: 'Lähetteet ja jono' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lähetteet ja jono' })).toBeVisible();
  const inboxRow = page
    .getByRole('table', { name: 'Käsittelemättömät lähetteet' })
    .getByRole('row')
    .filter({ hasText: 'Eetu Juhani Mäki' });
  await expect(inboxRow).toContainText('Aino Virtanen');
  await expect(inboxRow).toContainText('Pian käsiteltävä');
  await expectAccessible(page);
  await inboxRow.getByRole('link', { name: 'Eetu Juhani Mäki' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Eetu Juhani Mäki' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Mitä lähettäjä kirjoitti' })).toContainText(clinicReason);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Älä ota vastaan' }).click();
  const decline = page.getByRole('dialog', { name: 'Jätä lähete ottamatta vastaan' });
  await decline.getByLabel(/^Syy/).fill(declineReason);
  await expectAccessible(page);
  await decline.getByRole('button', { name: 'Jätä ottamatta vastaan' }).click();
  await expect(decline).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Lähetettä ei' })).toHaveText(
    'Lähetettä ei otettu vastaan. Lähettäjä näkee syyn.',
  );
  await signOut(page);

  // Back on the case, Aino reads that the referral was declined; the directory's loop stays closed.
  await signIn(page, 'aino.virtanen');
  await openEetusCase(page);
  await expect(statusOf(clinicCard)).toContainText('Hylätty');
  await expect(statusOf(cafeCard)).toContainText('Päättynyt');
  await expectAccessible(page);
  await panel.screenshot({ path: test.info().outputPath('referrals-out-panel.png') });
});
