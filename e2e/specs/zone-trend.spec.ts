import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { daysFromNow, shown } from '../support/dates';
import { openEetusCase } from '../support/demo';
import { signIn } from '../support/session';

const actionPlan = [
  'Miten toimimme, jotta huoli pienenee?',
  'Kuka tekee mitä?',
  'Millä aikataululla toimimme?',
  'Milloin ja keiden kanssa arvioimme tilanteen uudelleen?',
];

test('zone 3 convenes the network, and each rater keeps a line of their own in the trend', async ({
  page,
}) => {
  const workerFollowUp = daysFromNow(14);
  const guardianFollowUp = daysFromNow(21);
  await signIn(page, 'aino.virtanen');
  await openEetusCase(page);

  const panel = page.getByRole('region', { name: 'Huolen vyöhykkeet' });
  await expect(panel).toContainText('niitä ei lasketa yhteen eikä niistä tehdä keskiarvoa');
  await expectAccessible(page);

  // The worker's own worry: the grey zone, lower part.
  await panel.getByRole('button', { name: 'Arvioi huoli', exact: true }).click();
  let dialog = page.getByRole('dialog', { name: 'Arvioi huoli' });
  const zones = dialog.getByRole('radiogroup', { name: /^Huolen vyöhyke/ });
  await expect(zones.getByRole('radio')).toHaveCount(5);
  await expect(zones).toContainText('Huoli on jatkuvaa ja omat keinoni ovat loppumassa.');
  await expect(
    dialog.getByRole('radiogroup', { name: /^Kenen näkökulma/ }).getByRole('radio', { name: 'Työntekijä' }),
  ).toBeChecked();
  await expectAccessible(page);

  // The grey zone asks for a follow-up date: the form says what is missing before anything is sent.
  await zones.getByText('Vyöhyke 3: Tuntuva huoli, harmaan vyöhykkeen alaosa', { exact: true }).click();
  await dialog.getByRole('button', { name: 'Tallenna arvio' }).click();
  const summary = dialog.getByRole('region', { name: 'Tarkista nämä kohdat' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Mikä huolestuttaa: Tieto puuttuu.');
  await expect(summary).toContainText('Seurantapäivä: Tieto puuttuu.');
  await expectAccessible(page);

  await dialog
    .getByLabel(/^Mikä huolestuttaa/)
    .fill('Eetu on ollut tällä viikolla kolmesti poissa koulusta.');
  await dialog.getByLabel(/^Mikä vähentäisi huolta/).fill('Kodin ja koulun yhteinen suunnitelma aamuihin.');
  await dialog.getByLabel(/^Seurantapäivä/).fill(workerFollowUp);
  await expect(summary).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Tallenna arvio' }).click();

  // What the zone asks next, in the same dialog.
  dialog = page.getByRole('dialog', { name: 'Mitä seuraavaksi' });
  await expect(dialog.getByRole('heading', { name: 'Mitä seuraavaksi' })).toBeFocused();
  await expect(dialog).toContainText(
    'Arvio on tallennettu: Vyöhyke 3: Tuntuva huoli, harmaan vyöhykkeen alaosa.',
  );
  await expect(dialog).toContainText('Kokoa yhteiseen tapaamiseen perhe');
  await expect(dialog).toContainText(`Sovittu seurantapäivä: ${shown(workerFollowUp)}.`);
  await expectAccessible(page);

  // Convening the network: a draft network meeting with the action plan's questions as its agenda.
  await dialog.getByRole('button', { name: 'Kutsu verkosto koolle' }).click();
  await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
  const main = page.getByRole('main');
  await expect(main).toContainText('Verkostopalaveri');
  await expect(main).toContainText('klo 10.00');
  const agenda = main.getByRole('listitem').filter({ hasText: /\?$/ });
  await expect(agenda).toHaveText(actionPlan);
  await expectAccessible(page);

  // The mother's view, in her words: a small worry, followed up in three weeks.
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Omat asiakkuudet' })
    .click();
  await openEetusCase(page);
  await panel.getByRole('button', { name: 'Arvioi huoli', exact: true }).click();
  dialog = page.getByRole('dialog', { name: 'Arvioi huoli' });
  const perspectives = dialog.getByRole('radiogroup', { name: /^Kenen näkökulma/ });
  await perspectives.getByText('Huoltaja', { exact: true }).click();
  await expect(perspectives.getByRole('radio', { name: 'Huoltaja' })).toBeChecked();
  await dialog.getByText('Vyöhyke 2: Pieni huoli', { exact: true }).click();
  await dialog.getByLabel(/^Kenen arvio/).fill('Tiina Mäki (äiti)');
  await dialog.getByLabel(/^Mikä huolestuttaa/).fill('Eetu nukkuu huonosti koulupäivää edeltävinä iltoina.');
  await dialog.getByLabel(/^Seurantapäivä/).fill(guardianFollowUp);
  await dialog.getByRole('button', { name: 'Tallenna arvio' }).click();
  dialog = page.getByRole('dialog', { name: 'Mitä seuraavaksi' });
  await expect(dialog).toContainText('Arvio on tallennettu: Vyöhyke 2: Pieni huoli.');
  await expect(dialog).toContainText('Ota huoli puheeksi perheen kanssa omana huolenasi');
  await expect(dialog).toContainText(`Sovittu seurantapäivä: ${shown(guardianFollowUp)}.`);
  await expect(dialog.getByRole('button', { name: 'Kutsu verkosto koolle' })).toHaveCount(0);
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Sulje' }).click();
  await expect(dialog).toBeHidden();

  // Side by side, never averaged: one card per rater.
  const latest = panel.getByRole('region', { name: 'Kunkin arvioijan viimeisin arvio' });
  const workerCard = latest
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Aino Virtanen' }) });
  const motherCard = latest
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Tiina Mäki (äiti)' }) });
  await expect(workerCard).toContainText('Vyöhyke 3: Tuntuva huoli, harmaan vyöhykkeen alaosa');
  await expect(motherCard).toContainText('Huoltaja');
  await expect(motherCard).toContainText('Vyöhyke 2: Pieni huoli');
  await expect(motherCard).toContainText(shown(guardianFollowUp));
  await expect(motherCard.getByRole('button', { name: 'Arvioi uudelleen: Tiina Mäki (äiti)' })).toBeVisible();

  // The trend: a line for each perspective, named and described, and the same ratings in a table.
  const trend = panel.getByRole('region', { name: 'Huolen kehitys' });
  const chart = trend.getByRole('img', { name: 'Huolen vyöhykkeet ajan mittaan arvioijittain' });
  await expect(chart).toBeVisible();
  await expect(chart.locator('[data-rater="worker|Aino Virtanen"]')).toHaveCount(1);
  await expect(chart.locator('[data-rater="guardian|Tiina Mäki (äiti)"]')).toHaveCount(1);
  const description = chart.locator('desc');
  await expect(description).toContainText('Aino Virtanen (Työntekijä): 3 Tuntuva, alaosa');
  await expect(description).toContainText('Tiina Mäki (äiti) (Huoltaja): 2 Pieni huoli');
  await expect(description).toContainText('Samat tiedot ovat taulukossa kuvan jälkeen.');
  const table = trend.getByRole('table', { name: 'Huolen arviot ajan mittaan' });
  const workerRow = table.getByRole('row').filter({ hasText: 'Aino Virtanen' });
  const motherRow = table.getByRole('row').filter({ hasText: 'Tiina Mäki (äiti)' });
  await expect(workerRow.filter({ hasText: 'Vyöhyke 3' })).toHaveCount(1);
  await expect(workerRow.filter({ hasText: 'Vyöhyke 3' })).toContainText('Työntekijä');
  await expect(motherRow).toHaveCount(1);
  await expect(motherRow).toContainText('Huoltaja');
  await expect(motherRow).toContainText('Vyöhyke 2: Pieni huoli');
  await expect(motherRow).toContainText(shown(guardianFollowUp));
  await expectAccessible(page);
});
