import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { selectOption } from '../support/forms';
import { signIn, signOut } from '../support/session';

// The working-day clocks count Finnish calendar days.

interface Child {
  firstNames: string;
  lastName: string;
  urgency: 'Kiireellinen' | 'Pian käsiteltävä' | 'Tavallinen';
  reason: string;
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Päävalikko' });

/** The send form filled in as a school social worker would, with the family's consent; then sent. */
async function fillAndSend(page: Page, child: Child) {
  await page.getByRole('button', { name: /^Valitse Vastaanottava yksikkö/ }).click();
  await page.getByRole('option', { name: /^Perheneuvola/ }).click();
  await selectOption(page, 'Lähetteen lähde', 'Koulu');
  await page.getByLabel(/^Lapsen etunimet/).fill(child.firstNames);
  await page.getByLabel(/^Lapsen sukunimi/).fill(child.lastName);
  await page.getByLabel(/^Lapsen syntymäaika/).fill('2015-03-09');
  await page.getByLabel(/^Huoltajan nimi/).fill(`Sari ${child.lastName}`);
  await page.getByLabel(/^Huoltajan puhelinnumero/).fill('040 123 4567');
  await page.getByLabel(/^Lähetteen syy/).fill(child.reason);
  await page
    .getByRole('radiogroup', { name: /^Kiireellisyys/ })
    .getByText(child.urgency, { exact: true })
    .click();
  await page
    .getByText('Perhe on suostunut siihen, että yksiköstä otetaan heihin yhteyttä', { exact: true })
    .click();
  await page.getByRole('button', { name: 'Lähetä lähete', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lähettämäni lähetteet' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Lähete on lähetetty' })).toHaveText(
    'Lähete on lähetetty yksikköön Perheneuvola.',
  );
}

/** Perheneuvola's inbox and waiting list, from the navigation. */
async function openUnitPage(page: Page) {
  await nav(page).getByRole('link', { name: 'Lähetteet ja jono' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lähetteet ja jono' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Perheneuvola');
}

test('a school social worker refers a new child to Perheneuvola; the unit checks for duplicates, registers the child and accepts them into its waiting list with the clocks running; a second referral is declined and the sender reads why', async ({
  page,
}) => {
  const stamp = Date.now().toString(36);
  const accepted: Child = {
    firstNames: 'Lumi',
    lastName: `Lahete${stamp}`,
    urgency: 'Pian käsiteltävä',
    reason: 'Poissaoloja on paljon, ja lapsi on kertonut, ettei jaksa kotona.',
  };
  const declined: Child = {
    firstNames: 'Veeti',
    lastName: `Toinen${stamp}`,
    urgency: 'Tavallinen',
    reason: 'Keskittymisen vaikeuksia oppitunneilla.',
  };
  const acceptedName = `${accepted.firstNames} ${accepted.lastName}`;
  const declinedName = `${declined.firstNames} ${declined.lastName}`;
  const declineReason = 'Tilanne kuuluu koulun oppilashuollolle; ottakaa yhteyttä koulupsykologiin.';

  // Outi, the school social worker, sends the referral. An empty send first: every required field says so.
  await signIn(page, 'outi.lindholm');
  await nav(page).getByRole('link', { name: 'Lähetä lähete' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lähetä lähete' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Lähetä lähete', exact: true }).click();
  const summary = page.getByRole('region', { name: 'Tarkista nämä kohdat' });
  await expect(summary).toBeFocused();
  for (const field of [
    'Vastaanottava yksikkö',
    'Lähetteen lähde',
    'Lapsen etunimet',
    'Lapsen sukunimi',
    'Lapsen syntymäaika',
    'Lähetteen syy',
    'Kiireellisyys',
  ]) {
    await expect(summary.getByRole('link', { name: `${field}: Tieto puuttuu.` })).toBeVisible();
  }
  await expect(page.getByLabel(/^Lapsen etunimet/)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel(/^Lähetteen syy/)).toHaveAccessibleDescription(/Tieto puuttuu\./);
  await expectAccessible(page);

  await fillAndSend(page, accepted);
  const sent = page.getByRole('table', { name: 'Lähettämäni lähetteet ja niiden tilanne' });
  const acceptedRow = sent.getByRole('row').filter({ hasText: acceptedName });
  await expect(acceptedRow).toContainText('Perheneuvola');
  await expect(acceptedRow).toContainText('Pian käsiteltävä');
  await expect(acceptedRow).toContainText('Odottaa käsittelyä');
  await expect(acceptedRow).toContainText('Yksikkö ei ole vielä käsitellyt lähetettä.');
  await expectAccessible(page);

  await page.getByRole('main').getByRole('link', { name: 'Lähetä lähete' }).click();
  await fillAndSend(page, declined);
  await signOut(page);

  // Aino of Perheneuvola finds both in the inbox.
  await signIn(page, 'aino.virtanen');
  await openUnitPage(page);
  await expect(page.getByRole('main')).toContainText(
    'Kiireelliset ensin, sitten pian käsiteltävät ja muut; saman kiireellisyyden sisällä pisimpään odottanut ensin.',
  );
  const inbox = page.getByRole('table', { name: 'Käsittelemättömät lähetteet' });
  const inboxRow = inbox.getByRole('row').filter({ hasText: acceptedName });
  await expect(inboxRow).toContainText('Koulu');
  await expect(inboxRow).toContainText('Outi Lindholm');
  await expect(inboxRow).toContainText('Pian käsiteltävä');
  await expect(inboxRow).toContainText(/\d+ työpäivää?/);
  await expect(inbox.getByRole('row').filter({ hasText: declinedName })).toBeVisible();
  await expectAccessible(page);

  // The triage page: what Outi wrote, and the duplicate check, which finds nobody.
  await inboxRow.getByRole('link', { name: acceptedName }).click();
  await expect(page.getByRole('heading', { level: 1, name: acceptedName })).toBeVisible();
  const facts = page.getByRole('region', { name: 'Mitä lähettäjä kirjoitti' });
  await expect(facts).toContainText(accepted.reason);
  await expect(facts).toContainText('Outi Lindholm');
  await expect(facts).toContainText('Perhe on suostunut yhteydenottoon.');
  const check = page.getByRole('region', { name: 'Onko lapsi jo Verkostossa?' });
  await expect(check).toContainText('Verkostosta ei löytynyt ketään');
  const decision = page.getByRole('region', { name: 'Päätös lähetteestä' });
  await expect(decision).toContainText('valitse ensin yllä henkilö');
  await expect(decision.getByRole('button', { name: 'Hyväksy jonoon' })).toHaveCount(0);
  await expectAccessible(page);

  // Registered from the referral: the names and date of birth come with it.
  await check.getByRole('button', { name: 'Rekisteröi uutena henkilönä' }).click();
  const register = page.getByRole('dialog', { name: 'Rekisteröi lapsi uutena henkilönä' });
  await expect(register.getByLabel(/^Etunimet/)).toHaveValue(accepted.firstNames);
  await expect(register.getByLabel(/^Sukunimi/)).toHaveValue(accepted.lastName);
  await expect(register.getByLabel(/^Syntymäaika/)).toHaveValue('2015-03-09');
  await expectAccessible(page);
  await register.getByRole('button', { name: 'Rekisteröi henkilö' }).click();
  await expect(register).toBeHidden();
  await expect(check).toContainText('Rekisteröity nyt');
  await expect(check.getByRole('heading', { name: 'Onko lapsi jo Verkostossa?' })).toBeFocused();
  await expect(check).toContainText(acceptedName);

  // Accepting asks for the service; Aino herself is offered as the responsible worker.
  await decision.getByRole('button', { name: 'Hyväksy jonoon' }).click();
  const accept = page.getByRole('dialog', { name: 'Hyväksy lähete jonoon' });
  await expect(accept.getByRole('button', { name: /^Aino Virtanen.*Vastuutyöntekijä/ })).toBeVisible();
  await accept.getByRole('button', { name: 'Hyväksy jonoon' }).click();
  await expect(accept.getByRole('region', { name: 'Tarkista nämä kohdat' })).toContainText(
    'Palvelu: Tieto puuttuu.',
  );
  await expectAccessible(page);
  await selectOption(accept, 'Palvelu', 'Perheneuvola');
  await accept.getByRole('button', { name: 'Hyväksy jonoon' }).click();
  await expect(accept).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Lähete on' })).toHaveText(
    'Lähete on hyväksytty jonoon ja asiakkuus avattu.',
  );
  await expect(page.getByRole('heading', { level: 1, name: acceptedName })).toBeFocused();
  const decided = page.getByRole('region', { name: 'Päätös', exact: true });
  await expect(decided).toContainText('Jonossa');
  await expect(decided).toContainText('Aino Virtanen');
  await expect(decided.getByRole('link', { name: 'Siirry asiakkuuteen' })).toBeVisible();
  await expectAccessible(page);

  // The waiting list: the child with a place, the 7-working-day clock running and its deadline.
  await page.getByRole('link', { name: 'Lähetteet ja jono: Perheneuvola' }).click();
  await expect(inbox.getByRole('row').filter({ hasText: acceptedName })).toHaveCount(0);
  const queue = page.getByRole('table', { name: 'Jono, Perheneuvola, järjestyksessä' });
  const queued = queue.getByRole('row').filter({ hasText: acceptedName });
  const position = (await queued.getByRole('cell').first().textContent())?.trim() ?? '';
  expect(position).toMatch(/^\d+$/);
  await expect(queued).toContainText('Pian käsiteltävä');
  await expect(queued).toContainText('Yhteydenotto');
  await expect(queued).toContainText('Aino Virtanen');
  await expect(queued).toContainText(/\d+ työpäivää?/);
  const started = queued.getByRole('listitem').filter({ hasText: 'Palvelutarpeen arviointi aloitettu' });
  await expect(started).toContainText('Käynnissä');
  await expect(started).toContainText(/\d+ työpäivää? jäljellä/);
  const deadline = (await started.getByText(/^määräpäivä /).textContent())?.replace('määräpäivä ', '') ?? '';
  expect(deadline).toMatch(/^\d{1,2}\.\d{1,2}\.\d{4}$/);
  await expect(page.getByRole('main')).toContainText('Tyypillistä odotusaikaa ei voi vielä laskea');
  await expectAccessible(page);

  // The case opens from the list, with the same clock on its process panel.
  await queued.getByRole('link', { name: acceptedName }).click();
  await expect(page.getByRole('heading', { level: 1, name: acceptedName })).toBeVisible();
  const clocks = page.getByRole('table', { name: 'Määräajat, niiden lähde ja tilanne' });
  const caseClock = clocks.getByRole('row', { name: /Palvelutarpeen arviointi aloitettu/ });
  await expect(caseClock).toContainText(deadline);
  await expect(caseClock).toContainText('Käynnissä');

  // The second referral is declined, with the reason Outi will read. An empty reason first.
  await openUnitPage(page);
  await inbox.getByRole('link', { name: declinedName }).click();
  await expect(page.getByRole('heading', { level: 1, name: declinedName })).toBeVisible();
  await page.getByRole('button', { name: 'Älä ota vastaan' }).click();
  const decline = page.getByRole('dialog', { name: 'Jätä lähete ottamatta vastaan' });
  await decline.getByRole('button', { name: 'Jätä ottamatta vastaan' }).click();
  await expect(decline.getByRole('region', { name: 'Tarkista nämä kohdat' })).toContainText(
    'Syy: Tieto puuttuu.',
  );
  await expect(decline.getByLabel(/^Syy/)).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await decline.getByLabel(/^Syy/).fill(declineReason);
  await decline.getByRole('button', { name: 'Jätä ottamatta vastaan' }).click();
  await expect(decline).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Lähetettä ei' })).toHaveText(
    'Lähetettä ei otettu vastaan. Lähettäjä näkee syyn.',
  );
  await expect(page.getByRole('region', { name: 'Päätös', exact: true })).toContainText(declineReason);
  await expectAccessible(page);
  await signOut(page);

  // Outi's list: the first waits with its place in the queue, the second was declined with its reason.
  await signIn(page, 'outi.lindholm');
  await nav(page).getByRole('link', { name: 'Lähetä lähete' }).click();
  await page.getByRole('link', { name: 'Lähettämäni lähetteet' }).click();
  await expect(acceptedRow).toContainText('Jonossa');
  await expect(acceptedRow).toContainText(`Sija ${position} jonossa`);
  const declinedRow = sent.getByRole('row').filter({ hasText: declinedName });
  await expect(declinedRow).toContainText('Ei otettu vastaan');
  await expect(declinedRow).toContainText(`Syy: ${declineReason}`);
  await expectAccessible(page);
});

test('the unit redirects a referral to another Verkosto unit with a message; the sender sees where it went and follows it there', async ({
  page,
}) => {
  const child: Child = {
    firstNames: 'Onni',
    lastName: `Ohjaus${Date.now().toString(36)}`,
    urgency: 'Kiireellinen',
    reason: 'Huoli lapsen turvallisuudesta kotona.',
  };
  const name = `${child.firstNames} ${child.lastName}`;
  const message = 'Tilanne kuuluu lastensuojelulle; ohjasimme lähetteen sinne.';

  await signIn(page, 'outi.lindholm');
  await nav(page).getByRole('link', { name: 'Lähetä lähete' }).click();
  await fillAndSend(page, child);
  await signOut(page);

  await signIn(page, 'aino.virtanen');
  await openUnitPage(page);
  await page.getByRole('table', { name: 'Käsittelemättömät lähetteet' }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByRole('button', { name: 'Ohjaa muualle' }).click();
  const redirect = page.getByRole('dialog', { name: 'Ohjaa lähete muualle' });
  await expectAccessible(page);

  // Neither a service nor a message: the error is on the target shown, here the directory's service.
  await redirect
    .getByRole('radiogroup', { name: /^Minne lähete ohjataan/ })
    .getByText('Palveluhakemiston palveluun', { exact: true })
    .click();
  await redirect.getByRole('button', { name: 'Ohjaa lähete' }).click();
  const summary = redirect.getByRole('region', { name: 'Tarkista nämä kohdat' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Palvelu: Tieto puuttuu.' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Viesti lähettäjälle: Tieto puuttuu.' })).toBeVisible();
  await expectAccessible(page);

  await redirect
    .getByRole('radiogroup', { name: /^Minne lähete ohjataan/ })
    .getByText('Toiseen Verkoston yksikköön', { exact: true })
    .click();
  await redirect.getByRole('button', { name: /^Valitse Yksikkö/ }).click();
  await page.getByRole('option', { name: /^Lastensuojelu/ }).click();
  await redirect.getByLabel(/^Viesti lähettäjälle/).fill(message);
  await redirect.getByRole('button', { name: 'Ohjaa lähete' }).click();
  await expect(redirect).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Lähete on' })).toHaveText(
    'Lähete on ohjattu muualle. Lähettäjä näkee viestisi.',
  );
  const decided = page.getByRole('region', { name: 'Päätös', exact: true });
  await expect(decided).toContainText('Ohjattu: Lastensuojelu');
  await expect(decided).toContainText(message);
  await expectAccessible(page);
  await signOut(page);

  // Outi's list: redirected from Perheneuvola with the message, and waiting for triage at Lastensuojelu.
  await signIn(page, 'outi.lindholm');
  await nav(page).getByRole('link', { name: 'Lähetä lähete' }).click();
  await page.getByRole('link', { name: 'Lähettämäni lähetteet' }).click();
  const rows = page
    .getByRole('table', { name: 'Lähettämäni lähetteet ja niiden tilanne' })
    .getByRole('row')
    .filter({ hasText: name });
  const atFirst = rows.filter({ hasText: 'Perheneuvola' });
  await expect(atFirst).toContainText('Ohjattu muualle');
  await expect(atFirst).toContainText('Ohjattu: Lastensuojelu.');
  await expect(atFirst).toContainText(`Viesti yksiköltä: ${message}`);
  const forwarded = rows.filter({ hasText: 'Odottaa käsittelyä' });
  await expect(forwarded).toHaveCount(1);
  await expect(forwarded).toContainText('Lastensuojelu');
  await expectAccessible(page);
});
