import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { openEetusCase } from '../support/demo';
import { selectOption } from '../support/forms';
import { signIn } from '../support/session';

interface LifeEvent {
  year: string;
  month?: string;
  day?: string;
  approximate?: boolean;
  kind: string;
  significance: string;
  title: string;
  toldBy: string;
}

async function fillEvent(form: Locator, e: LifeEvent) {
  await form.getByLabel(/^Vuosi/).fill(e.year);
  if (e.month) await selectOption(form, 'Kuukausi', e.month);
  if (e.day) await selectOption(form, 'Päivä', e.day);
  if (e.approximate) {
    // The box is drawn over a visually hidden input: a person clicks its label.
    await form.getByText('Ajankohta on arvio', { exact: true }).click();
    await expect(form.getByRole('checkbox', { name: 'Ajankohta on arvio' })).toBeChecked();
  }
  await form.getByLabel(/^Mitä tapahtui/).fill(e.title);
  await selectOption(form, 'Tapahtuman laji', e.kind);
  await form
    .getByRole('radiogroup', { name: /^Merkitys perheelle/ })
    .getByText(e.significance, { exact: true })
    .click();
  await form.getByLabel(/^Kuka kertoi/).fill(e.toldBy);
}

async function addEvent(page: Page, panel: Locator, e: LifeEvent) {
  await panel.getByRole('button', { name: 'Lisää tapahtuma' }).click();
  const form = page.getByRole('dialog', { name: 'Lisää tapahtuma aikajanalle' });
  await fillEvent(form, e);
  await form.getByRole('button', { name: 'Lisää tapahtuma' }).click();
  await expect(form).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: 'Tapahtuma on lisätty aikajanalle.' }),
  ).toBeVisible();
}

test('the family’s timeline is built together: drawn, listed, edited and an event removed', async ({
  page,
}) => {
  // Other specs share the database: every title here is this run's own.
  const run = Date.now().toString(36);
  const move = `Muutto Ouluun ${run}`;
  const school = `Koulun aloitus ${run}`;
  const sister = `Pikkusisko syntyi ${run}`;

  await signIn(page, 'aino.virtanen');
  await openEetusCase(page);
  const panel = page.getByRole('region', { name: 'Aikajana', exact: true });
  await expect(panel).toContainText('Rakentakaa se yhdessä perheen kanssa');
  await expect(panel.getByRole('img')).toHaveCount(0);
  await expectAccessible(page);

  // 31 February does not exist: the form says so in Finnish and sends nothing.
  await panel.getByRole('button', { name: 'Lisää tapahtuma' }).click();
  let form = page.getByRole('dialog', { name: 'Lisää tapahtuma aikajanalle' });
  await expectAccessible(page);
  await fillEvent(form, {
    year: '2024',
    month: 'Helmikuu',
    day: '31',
    kind: 'Muu',
    significance: 'Neutraali',
    title: `Mahdoton päivä ${run}`,
    toldBy: 'Eetu',
  });
  await form.getByRole('button', { name: 'Lisää tapahtuma' }).click();
  const summary = form.getByRole('region', { name: 'Tarkista nämä kohdat' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Päivä: Päivämäärä ei kelpaa.');
  // The field itself says it too, and its control is described by the message.
  await expect(form.getByText('Päivämäärä ei kelpaa.', { exact: true })).toBeVisible();
  await expect(form.getByRole('button', { name: /Päivä( \([^)]+\))?$/ })).toHaveAccessibleDescription(
    /Päivämäärä ei kelpaa\./,
  );
  await expectAccessible(page);
  await form.getByRole('button', { name: 'Peruuta' }).click();
  await expect(form).toBeHidden();
  await expect(panel).toContainText('Rakentakaa se yhdessä perheen kanssa');
  await expect(panel).not.toContainText(`Mahdoton päivä ${run}`);

  // Three events, told out of order: a move around 2019, starting school in August 2023, a sister's birth.
  await addEvent(page, panel, {
    year: '2019',
    approximate: true,
    kind: 'Muutto',
    significance: 'Kielteinen',
    title: move,
    toldBy: 'Tiina (äiti)',
  });
  await addEvent(page, panel, {
    year: '2023',
    month: 'Elokuu',
    kind: 'Päiväkoti tai koulu',
    significance: 'Myönteinen',
    title: school,
    toldBy: 'Eetu',
  });
  await addEvent(page, panel, {
    year: '2021',
    month: 'Maaliskuu',
    day: '14',
    kind: 'Muutos perheessä',
    significance: 'Sekä hyvää että vaikeaa',
    title: sister,
    toldBy: 'Tiina (äiti)',
  });

  // The drawing names and describes itself, the events in time order with their dates as remembered.
  const chart = panel.getByRole('img', { name: 'Perheen aikajana' });
  await expect(chart).toBeVisible();
  const description = chart.locator('desc');
  await expect(description).toContainText('Sillä on 3 tapahtumaa ajan järjestyksessä.');
  await expect(description).toContainText(
    new RegExp(
      `n\\. 2019: ${move} \\(muutto, kielteinen\\)\\. 14\\.3\\.2021: ${sister} \\(muutos perheessä, sekä hyvää että vaikeaa\\)\\. 8/2023: ${school} \\(päiväkoti tai koulu, myönteinen\\)\\.`,
    ),
  );
  await expect(chart.locator('text').filter({ hasText: school })).toHaveCount(1);
  await expect(panel.getByRole('heading', { name: 'Aikajanan merkit' })).toBeVisible();

  // The same events as a list, in the same order.
  const table = panel.getByRole('table', { name: 'Tapahtumat ajan järjestyksessä' });
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText(`n. 2019${move}MuuttoKielteinenTiina (äiti)`);
  await expect(rows.nth(1)).toContainText('14.3.2021');
  await expect(rows.nth(1)).toContainText(sister);
  await expect(rows.nth(2)).toContainText('8/2023');
  await expect(rows.nth(2)).toContainText('Myönteinen');
  await expectAccessible(page);

  // The family remembers better: the move was in June 2019, not a guess any more.
  await rows
    .nth(0)
    .getByRole('button', { name: `Muokkaa: ${move}` })
    .click();
  form = page.getByRole('dialog', { name: 'Muokkaa tapahtumaa' });
  await expect(form.getByLabel(/^Mitä tapahtui/)).toHaveValue(move);
  await expect(form.getByRole('checkbox', { name: 'Ajankohta on arvio' })).toBeChecked();
  await expectAccessible(page);
  await selectOption(form, 'Kuukausi', 'Kesäkuu');
  await form.getByText('Ajankohta on arvio', { exact: true }).click();
  await form.getByLabel(/^Kuvaus/).fill('Isän työn perässä; kaverit jäivät Kuopioon.');
  await form.getByRole('button', { name: 'Tallenna muutokset' }).click();
  await expect(form).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: 'Tapahtuman tiedot on tallennettu.' }),
  ).toBeVisible();
  await expect(rows.nth(0)).toContainText(`6/2019${move}Isän työn perässä`);
  await expect(description).toContainText(`6/2019: ${move} (muutto, kielteinen).`);

  // The sister's birth comes off the timeline, confirmed first.
  await rows
    .nth(1)
    .getByRole('button', { name: `Poista aikajanalta: ${sister}` })
    .click();
  const confirm = page.getByRole('alertdialog', { name: 'Poista tapahtuma aikajanalta' });
  await expect(confirm).toContainText(`14.3.2021 ${sister}`);
  await expectAccessible(page);
  await confirm.getByRole('button', { name: 'Poista tapahtuma' }).click();
  await expect(confirm).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: 'Tapahtuma on poistettu aikajanalta.' }),
  ).toBeVisible();
  await expect(rows).toHaveCount(2);
  await expect(table).not.toContainText(sister);
  await expect(description).toContainText('Sillä on 2 tapahtumaa');
  await expect(description).not.toContainText(sister);
  await expect(panel.getByRole('button', { name: 'Tulosta aikajana' })).toBeVisible();
  await expectAccessible(page);
});
