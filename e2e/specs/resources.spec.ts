import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { openEetusCase } from '../support/demo';
import { signIn } from '../support/session';

test('strengths and risks are recorded, the risks suggest services, and guidance to one is recorded', async ({
  page,
}) => {
  // Other specs share the database: the words here are this run's own.
  const run = Date.now().toString(36);
  const family = `Perhe tekee paljon yhdessä ulkona ${run}`;
  const eetu = `Sinnikäs ja utelias, piirtää mielellään ${run}`;
  const money = `Äidin työttömyys, laskuja rästissä ${run}`;
  const note = `Äiti soittaa neuvontaan ensi viikolla ${run}`;

  await signIn(page, 'aino.virtanen');
  await openEetusCase(page);
  const panel = page.getByRole('region', { name: 'Voimavarat ja riskit', exact: true });
  await expect(panel).toContainText('Voimavaroja ja riskejä ei ole vielä kirjattu.');
  await expect(panel).toContainText('Kun riskejä nimetään');
  await expect(panel).toContainText('Ohjauksia ei ole vielä kirjattu.');
  await expectAccessible(page);

  await panel.getByRole('button', { name: 'Kirjaa voimavarat ja riskit' }).click();
  const form = page.getByRole('dialog', { name: 'Voimavarat ja riskit' });
  await expectAccessible(page);

  // A member's row left empty: the form says what is missing and sends nothing.
  await form.getByRole('button', { name: 'Lisää perheenjäsen' }).click();
  await form.getByRole('button', { name: 'Tallenna' }).click();
  const summary = form.getByRole('region', { name: 'Tarkista nämä kohdat' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Kuka:');
  await expectAccessible(page);

  await form.getByLabel(/^Perheen vahvuudet/).fill(family);
  await form.getByLabel(/^Kuka/).fill('Eetu');
  await form.getByLabel(/^Vahvuudet: Eetu/).fill(eetu);
  // The box is drawn over a visually hidden input: a person clicks its label.
  await form.getByText('Taloudelliset huolet', { exact: true }).click();
  await expect(form.getByRole('checkbox', { name: 'Taloudelliset huolet' })).toBeChecked();
  await form.getByLabel('Tarkennus: Taloudelliset huolet').fill(money);
  await form.getByText('Yksinäisyys ja eristäytyneisyys', { exact: true }).click();
  await expect(form.getByRole('checkbox', { name: 'Yksinäisyys ja eristäytyneisyys' })).toBeChecked();
  await form.getByLabel(/^Suojaavat tekijät/).fill('Mummo asuu lähellä');
  await expectAccessible(page);
  await form.getByRole('button', { name: 'Tallenna' }).click();
  await expect(form).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: 'Voimavarat ja riskit on tallennettu.' }),
  ).toBeVisible();

  // The read view, and the services that answer the two risks (and none for risks not named).
  await expect(panel).toContainText(family);
  await expect(panel.getByRole('term').filter({ hasText: 'Eetu' })).toBeVisible();
  await expect(panel).toContainText(eetu);
  await expect(panel.getByRole('listitem').filter({ hasText: money })).toContainText('Taloudelliset huolet');
  await expect(panel).toContainText('Yksinäisyys ja eristäytyneisyys');
  await expect(panel).toContainText('Mummo asuu lähellä');
  const suggestions = panel.getByRole('region', { name: 'Ohjaa perhe palveluun' });
  const debt = suggestions.getByRole('listitem').filter({ hasText: 'Talous- ja velkaneuvonta' });
  await expect(debt).toContainText('Neuvonta 0800 555 050');
  await expect(debt).toContainText('Ehkäisevä työ');
  await expect(suggestions).toContainText('Perhekahvila Satakieli');
  await expect(suggestions).not.toContainText('Ensi- ja turvakoti');
  await expectAccessible(page);

  // Guidance to the debt advice, for the financial stress, with a note.
  await debt.getByRole('button', { name: 'Kirjaa ohjaus: Talous- ja velkaneuvonta' }).click();
  const guide = page.getByRole('dialog', { name: 'Ohjaus palveluun: Talous- ja velkaneuvonta' });
  await expect(guide.getByRole('button', { name: /Mihin riskiin/ })).toContainText('Taloudelliset huolet');
  await guide.getByLabel('Muistiinpano').fill(note);
  await expectAccessible(page);
  await guide.getByRole('button', { name: 'Kirjaa ohjaus' }).click();
  await expect(guide).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Ohjaus on kirjattu.' })).toBeVisible();

  const given = panel.getByRole('table', { name: 'Annetut ohjaukset' });
  const row = given.getByRole('row').filter({ hasText: note });
  await expect(row).toContainText('Talous- ja velkaneuvonta');
  await expect(row).toContainText('Taloudelliset huolet');
  await expect(row).toContainText('Aino');
  await expectAccessible(page);
  await panel.screenshot({ path: test.info().outputPath('resources-panel.png') });
});
