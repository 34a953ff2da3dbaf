import { readFileSync } from 'node:fs';
import { expect, type Locator, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { daysFromNow, shown, shownToday } from '../support/dates';
import { openEetusCase } from '../support/demo';
import { selectOption } from '../support/forms';
import { signIn, signOut } from '../support/session';

const OUTI_EMAIL = 'outi.lindholm@example.fi';

/** Marks a participant's attendance the way a mouse user does: the label of the choice. */
async function attendance(step: Locator, who: string, choice: 'Paikalla' | 'Poissa') {
  const group = step.getByRole('radiogroup', { name: who });
  await group.getByText(choice, { exact: true }).click();
  await expect(group.getByRole('radio', { name: choice })).toBeChecked();
}

test('a network meeting is held on one screen: note, plan version, saved map and the next meeting', async ({
  page,
}) => {
  const reevaluation = daysFromNow(56);
  await signIn(page, 'aino.virtanen');
  await openEetusCase(page);

  // The upcoming network meeting the demo planned, beside the September one that was held.
  const meetings = page.getByRole('region', { name: 'Tapaamiset' });
  const planned = meetings
    .getByRole('row')
    .filter({ hasText: 'Suunniteltu' })
    .filter({ hasText: 'Verkostopalaveri' });
  await expect(planned).toHaveCount(1);
  const seededAt = (await planned.getByRole('link').first().textContent()) ?? '';
  await expect(planned).toContainText('Aino Virtanen');
  await expect(meetings.getByRole('row').filter({ hasText: 'Pidetty' })).toContainText('Allekirjoitettu');
  await expectAccessible(page);

  // The school's social worker gets an e-mail address, so the invitation can reach her.
  const network = page.getByRole('region', { name: 'Verkosto', exact: true });
  await network.getByRole('button', { name: 'Muokkaa: Outi Lindholm' }).click();
  const memberForm = page.getByRole('dialog', { name: 'Muokkaa verkoston jäsentä' });
  await memberForm.getByLabel(/^Sähköposti/).fill(OUTI_EMAIL);
  await memberForm.getByRole('button', { name: 'Tallenna muutokset' }).click();
  await expect(memberForm).toBeHidden();

  await planned.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: /^Verkostopalaveri / })).toBeVisible();
  const meetingUrl = page.url();
  await expect(page.getByRole('region', { name: 'Osallistujat ja asialista' })).toContainText('Helena Mäki');
  await expectAccessible(page);

  // The invitation as a calendar file: time, place and a contact, nothing of Eetu.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Lataa kalenterikutsu (.ics)' }).click();
  const ics = readFileSync((await (await downloading).path()) ?? '', 'utf8');
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics).toContain('Koivurannan koulu');
  expect(ics).not.toMatch(/Eetu|Mäki/);

  // By e-mail: only Outi has an address; the others are named so that someone calls them.
  await page.getByRole('button', { name: 'Lähetä kutsu sähköpostilla' }).click();
  const send = page.getByRole('dialog', { name: 'Lähetä kutsu sähköpostilla' });
  await expect(send.getByRole('checkbox', { name: 'Outi Lindholm (koulukuraattori)' })).toBeChecked();
  await expect(send).toContainText('Ei sähköpostiosoitetta');
  await expect(send).toContainText('Helena Mäki (mummi)');
  await expectAccessible(page);
  await send.getByRole('button', { name: 'Lähetä kutsu' }).click();
  await expect(send).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Kutsu lähti 1 osallistujalle.' })).toBeVisible();

  // The meeting itself, every step on one page.
  await page.getByRole('link', { name: 'Pidä verkostopalaveri' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verkostopalaverin kulku' })).toBeVisible();
  await expectAccessible(page);

  const step1 = page.getByRole('region', { name: 'Osallistujat ja läsnäolo' });
  await attendance(step1, 'Tiina Mäki (äiti)', 'Paikalla');
  await attendance(step1, 'Janne Mäki (isä)', 'Poissa');
  await attendance(step1, 'Helena Mäki (mummi)', 'Paikalla');
  await attendance(step1, 'Outi Lindholm (koulukuraattori)', 'Paikalla');

  const step2 = page.getByRole('region', { name: 'Asialista' });
  await expect(step2.getByRole('list').last()).toContainText('Järjestää välituntitukea');

  const views = page.getByRole('region', { name: 'Näkemysten kierros' });
  const eetu = views.getByRole('textbox', { name: /^Asiakkaan oma näkemys: Eetu/ });
  await eetu.fill('Välitunnit on jo kivempia, kun Outi on pihalla.');
  await expect(views.getByRole('checkbox', { name: /omin sanoin \(Eetu/ })).toBeChecked();
  await views.getByRole('textbox', { name: 'Tiina Mäki (äiti)' }).fill('Aamut ovat helpottuneet.');
  await views.getByRole('textbox', { name: 'Helena Mäki (mummi)' }).fill('Tiistait sopivat edelleen.');
  await views
    .getByRole('textbox', { name: 'Outi Lindholm (koulukuraattori)' })
    .fill('Välituntituki jatkuu kevään.');
  // The draft saves itself once typing pauses.
  await expect(
    page.getByRole('status').filter({ hasText: /Luonnos tallennettu klo \d{1,2}\.\d{2}/ }),
  ).toBeVisible();

  const note = page.getByRole('region', { name: 'Muistion kirjaukset' });
  await note.getByRole('textbox', { name: 'Sovitut asiat' }).fill('Isä vie Eetun kouluun torstaisin.');

  // The plan: break-time support is done, the father takes on a new action, and a date to re-evaluate.
  const planStep = page.getByRole('region', { name: 'Päätökset ja suunnitelman muutokset' });
  const support = planStep.getByRole('group', { name: 'Toimenpide 2' });
  await expect(support.getByRole('textbox', { name: /^Mitä tehdään/ })).toHaveValue(
    'Järjestää välituntitukea',
  );
  await selectOption(support, 'Tilanne', 'Tehty');
  await planStep.getByRole('button', { name: 'Lisää toimenpide' }).click();
  const added = planStep.getByRole('group', { name: 'Toimenpide 5' });
  await added.getByRole('textbox', { name: /^Mitä tehdään/ }).fill('Vie Eetun kouluun torstaisin');
  await added.getByRole('button', { name: /Kuka tekee/ }).click();
  await page.getByRole('option', { name: /^Janne Mäki/ }).click();
  await added.getByLabel(/^Mihin mennessä/).fill(daysFromNow(40));
  await planStep.getByLabel(/^Arvioidaan uudelleen/).fill(reevaluation);

  // The next re-evaluation: its day and people come from the plan.
  const next = page.getByRole('region', { name: 'Seuraava arviointipalaveri' });
  await expect(next.getByLabel(/^Päivä/)).toHaveValue(reevaluation);
  for (const who of ['Tiina Mäki (äiti)', 'Janne Mäki (isä)', 'Helena Mäki (mummi)']) {
    await expect(next.getByRole('checkbox', { name: who })).toBeChecked();
  }
  await expect(next).toContainText('Pekka Mäki (eno)');
  await next.getByLabel(/^Kellonaika/).fill('13.30');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Allekirjoita ja tallenna' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Allekirjoitetaanko ja tallennetaanko?' });
  await expectAccessible(page);
  await confirm.getByRole('button', { name: 'Allekirjoita ja tallenna' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'Verkostopalaveri on tallennettu' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Suunnitelman versio 2' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(`${shown(reevaluation)} klo 13.30`);
  await expectAccessible(page);

  // The signed note: read only, the client's words as his, and corrected only by an addendum.
  await page.getByRole('link', { name: 'Allekirjoitettu muistio' }).click();
  const signed = page.getByRole('region', { name: 'Muistio' });
  await expect(signed).toContainText('Allekirjoittanut Aino Virtanen');
  await expect(signed).toContainText('”Välitunnit on jo kivempia, kun Outi on pihalla.”');
  await expect(signed).toContainText('Isä vie Eetun kouluun torstaisin.');
  await expect(signed.getByRole('textbox', { name: 'Sovitut asiat' })).toHaveCount(0);
  await expect(signed.getByRole('radio')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Allekirjoita muistio' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Pidä verkostopalaveri' })).toHaveCount(0);
  await signed.getByRole('textbox', { name: /^Täydennys/ }).fill('Janne ilmoitti poissaolosta etukäteen.');
  await signed.getByRole('button', { name: 'Lisää täydennys' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Täydennys on lisätty.' })).toBeVisible();
  await expect(signed.getByRole('region', { name: 'Täydennykset' })).toContainText(/Aino Virtanen \d/);
  await expectAccessible(page);

  // On the case: plan version 2 agreed at this meeting, a new saved map, and the next meeting planned.
  await page.getByRole('link', { name: 'Asiakkuuteen' }).click();
  const plan = page.getByRole('region', { name: 'Yhteinen suunnitelma' });
  await expect(plan.locator('dd').first()).toHaveText('2');
  const agreedAt = plan.getByRole('link', { name: 'Avaa tapaaminen, jossa se sovittiin' }).first();
  expect(new URL(meetingUrl).pathname).toBe(await agreedAt.getAttribute('href'));
  const maps = page.getByRole('region', { name: 'Tallennetut kartat' });
  // The meeting's map is the one saved today without a note of its own (other specs save maps too).
  const meetingMap = maps.getByRole('row').filter({ hasText: 'Ei muistiinpanoa' });
  await expect(meetingMap).toHaveCount(1);
  await expect(meetingMap).toContainText(shownToday());
  const nextRow = meetings.getByRole('row').filter({ hasText: `${shown(reevaluation)} klo 13.30` });
  await expect(nextRow).toContainText('Suunniteltu');
  await expect(nextRow).toContainText('Verkostopalaveri');
  const heldRow = meetings.getByRole('row').filter({ hasText: seededAt });
  await expect(heldRow).toContainText('Pidetty');
  await expect(heldRow).toContainText('Allekirjoitettu');
  await expectAccessible(page);
  await signOut(page);

  // The admin reads the outbox of the demo: the invitation, and nothing of the client.
  await signIn(page, 'ilkka.aaltonen');
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Lähtevä posti' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lähtevä posti' })).toBeVisible();
  const message = page.getByRole('listitem').filter({ hasText: OUTI_EMAIL });
  await expect(message).toHaveCount(1);
  await expect(message).toContainText('Koivurannan koulu');
  await expect(message).not.toContainText('Eetu');
  await expect(message).not.toContainText('Mäki');
  await expectAccessible(page);
  await signOut(page);
});

test('a meeting is planned with the members the client wants, and two writers of one note lose nothing', async ({
  page,
  browser,
}) => {
  const day = daysFromNow(14);
  await signIn(page, 'aino.virtanen');
  await openEetusCase(page);
  const meetings = page.getByRole('region', { name: 'Tapaamiset' });

  await meetings.getByRole('button', { name: 'Suunnittele tapaaminen' }).click();
  const form = page.getByRole('dialog', { name: 'Suunnittele tapaaminen' });
  // Only those Eetu wants can be chosen; the others are named with the reason.
  await expect(form.getByRole('checkbox', { name: 'Pekka Mäki (eno)' })).toHaveCount(0);
  await expect(form).toContainText('Asiakas ei toivo häntä mukaan.');
  await form.getByRole('button', { name: 'Tallenna tapaaminen' }).click();
  const summary = form.getByRole('region', { name: 'Tarkista nämä kohdat' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Tapaamisen laji: Tieto puuttuu.');
  await expect(summary).toContainText('Kellonaika: Tieto puuttuu.');
  await expectAccessible(page);

  await selectOption(form, 'Tapaamisen laji', 'Asiakastapaaminen');
  await form.getByText('Toimistolla', { exact: true }).click();
  await form.getByLabel(/^Päivä/).fill(day);
  await form.getByLabel(/^Kellonaika/).fill('9.15');
  await form.getByLabel(/^Paikka/).fill('Perheneuvola, huone 3');
  await form.getByText('Tiina Mäki (äiti)', { exact: true }).click();
  await form.getByLabel(/^Asialista/).fill('Kuulumiset\nAamujen kuvakortit');
  await form.getByRole('button', { name: 'Tallenna tapaaminen' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Tapaaminen on suunniteltu.' })).toBeVisible();
  const row = meetings.getByRole('row').filter({ hasText: `${shown(day)} klo 9.15` });
  await expect(row).toContainText('Asiakastapaaminen');
  await expect(row).toContainText('Toimistolla');
  await row.getByRole('link').first().click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Asiakastapaaminen ${shown(day)}` }),
  ).toBeVisible();
  // Not a network meeting: no network meeting flow.
  await expect(page.getByRole('link', { name: 'Pidä verkostopalaveri' })).toHaveCount(0);

  // A second window of the same note, opened before either saves.
  const otherContext = await browser.newContext({ locale: 'fi-FI', timezoneId: 'Europe/Helsinki' });
  const other = await otherContext.newPage();
  await signIn(other, 'aino.virtanen');
  await other.goto(page.url());
  await expect(
    other.getByRole('heading', { level: 1, name: `Asiakastapaaminen ${shown(day)}` }),
  ).toBeVisible();

  await page.getByRole('textbox', { name: 'Jaettu tieto' }).fill('Koulun kuulumiset.');
  await expect(page.getByRole('status').filter({ hasText: /Luonnos tallennettu klo/ })).toBeVisible();

  const mine = other.getByRole('textbox', { name: 'Jaettu tieto' });
  await mine.fill('Kodin kuulumiset.');
  const conflict = other.getByRole('alert').filter({ hasText: 'Joku muu tallensi muistion sillä välin' });
  await expect(conflict).toBeVisible();
  await expect(mine).toHaveValue('Kodin kuulumiset.');
  await expectAccessible(other);

  await conflict.getByRole('button', { name: 'Lataa tallennettu versio' }).click();
  await expect(mine).toHaveValue('Koulun kuulumiset.');
  await expect(other.getByRole('main')).toContainText('Oma tekstisi ennen latausta');
  await other.getByRole('button', { name: 'Käytä omaa tekstiäni: Jaettu tieto' }).click();
  await expect(mine).toHaveValue('Kodin kuulumiset.');
  await expect(other.getByRole('status').filter({ hasText: /Luonnos tallennettu klo/ })).toBeVisible();
  await expectAccessible(other);
  await otherContext.close();

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Jaettu tieto' })).toHaveValue('Kodin kuulumiset.');
  await signOut(page);
});

test('when the plan changed during the meeting nothing is saved, and the changes are laid over the newer plan', async ({
  page,
  browser,
}) => {
  const day = daysFromNow(21);
  await signIn(page, 'aino.virtanen');
  await openEetusCase(page);
  const caseId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
  const meetings = page.getByRole('region', { name: 'Tapaamiset' });
  await meetings.getByRole('button', { name: 'Suunnittele tapaaminen' }).click();
  const form = page.getByRole('dialog', { name: 'Suunnittele tapaaminen' });
  await selectOption(form, 'Tapaamisen laji', 'Verkostopalaveri');
  await form.getByText('Toimistolla', { exact: true }).click();
  await form.getByLabel(/^Päivä/).fill(day);
  await form.getByLabel(/^Kellonaika/).fill('10');
  await form.getByText('Tiina Mäki (äiti)', { exact: true }).click();
  await form.getByRole('button', { name: 'Tallenna tapaaminen' }).click();
  await expect(form).toBeHidden();
  await meetings
    .getByRole('row')
    .filter({ hasText: `${shown(day)} klo 10.00` })
    .getByRole('link')
    .first()
    .click();
  await page.getByRole('link', { name: 'Pidä verkostopalaveri' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verkostopalaverin kulku' })).toBeVisible();

  await attendance(
    page.getByRole('region', { name: 'Osallistujat ja läsnäolo' }),
    'Tiina Mäki (äiti)',
    'Paikalla',
  );
  const planStep = page.getByRole('region', { name: 'Päätökset ja suunnitelman muutokset' });
  await planStep.getByRole('button', { name: 'Lisää toimenpide' }).click();
  const added = planStep.getByRole('group', { name: /^Toimenpide \d+$/ }).last();
  await added.getByRole('textbox', { name: /^Mitä tehdään/ }).fill('Kokeillaan iltojen rauhoittumista');
  await added.getByRole('button', { name: /Kuka tekee/ }).click();
  await page.getByRole('option', { name: /^Tiina Mäki/ }).click();
  await page
    .getByRole('region', { name: 'Seuraava arviointipalaveri' })
    .getByText('Sovi seuraava arviointipalaveri')
    .click();

  // Meanwhile someone saves a new version of the plan.
  const otherContext = await browser.newContext({ locale: 'fi-FI' });
  const other = await otherContext.newPage();
  await signIn(other, 'aino.virtanen');
  const { csrfToken } = await (await other.request.get('/api/session')).json();
  const overview = await (await other.request.get(`/api/cases/${caseId}/plan`)).json();
  const saved = await other.request.post(`/api/cases/${caseId}/plan`, {
    headers: { 'x-csrf-token': csrfToken },
    data: {
      basedOn: overview.current.versionNo,
      content: { ...overview.current.content, howWeLessenConcern: 'Tavataan kuukauden välein.' },
    },
  });
  expect(saved.status()).toBe(201);
  const theirs: number = (await saved.json()).versionNo;
  await otherContext.close();

  await page.getByRole('button', { name: 'Allekirjoita ja tallenna' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Allekirjoitetaanko ja tallennetaanko?' });
  await confirm.getByRole('button', { name: 'Allekirjoita ja tallenna' }).click();
  await expect(confirm).toContainText('Mitään ei tallennettu');
  await expectAccessible(page);
  await confirm.getByRole('button', { name: 'Lataa uusin suunnitelma ja lisää muutokseni' }).click();
  await expect(confirm).toBeHidden();

  // Their change and this meeting's, together; then signed over the newer version.
  await expect(
    planStep.getByRole('region', {
      name: `Uusin versio ${theirs} on ladattu, ja muutoksesi on tuotu sen päälle`,
    }),
  ).toBeFocused();
  await expect(planStep.getByLabel(/^Miten vähennämme huolta/)).toHaveValue('Tavataan kuukauden välein.');
  await expect(planStep.getByRole('textbox', { name: /^Mitä tehdään/ }).last()).toHaveValue(
    'Kokeillaan iltojen rauhoittumista',
  );
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Allekirjoita ja tallenna' }).click();
  await confirm.getByRole('button', { name: 'Allekirjoita ja tallenna' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Verkostopalaveri on tallennettu' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: `Suunnitelman versio ${theirs + 1}` })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Seuraavaa palaveria ei sovittu.');
  await signOut(page);
});
