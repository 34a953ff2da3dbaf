import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { selectOption } from '../support/forms';
import { signIn, signOut } from '../support/session';

test('a guardian’s consent lets a network member receive summaries until it is withdrawn', async ({
  page,
}) => {
  // Eetu's family counselling case, held by Aino.
  await signIn(page, 'aino.virtanen');
  await page
    .getByRole('main')
    .getByRole('row', { name: /Perheneuvola/ })
    .filter({ hasText: 'Mäki' })
    .first()
    .getByRole('link')
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Eetu Juhani Mäki' })).toBeVisible();
  const panel = page.getByRole('region', { name: 'Suostumukset' });
  await expect(panel).toBeVisible();
  await expectAccessible(page);

  // Records are disclosed to units and organisations only: no member while the purpose is disclosure.
  await panel.getByRole('button', { name: 'Kirjaa suostumus' }).click();
  const form = page.getByRole('dialog', { name: 'Kirjaa suostumus' });
  await expect(form.getByRole('button', { name: /Tarkoitus/ })).toContainText('Tietojen luovutus');
  const kinds = form.getByRole('radiogroup', { name: /^Vastaanottaja/ });
  await expect(kinds.getByRole('radio')).toHaveCount(2);
  await expect(kinds.getByRole('radio', { name: 'Yksikkö' })).toBeChecked();
  await expect(kinds.getByRole('radio', { name: 'Verkoston jäsen' })).toHaveCount(0);
  await expectAccessible(page);

  // The guardian Tiina agrees, by word of mouth, that the grandmother receives the summaries.
  await selectOption(form, 'Suostumuksen antaja', 'Tiina Mäki (huoltaja)');
  await selectOption(form, 'Tarkoitus', 'Yhteenvetojen vastaanottaminen');
  await selectOption(form, 'Miten suostumus annettiin', 'Suullisesti');
  await expect(kinds.getByRole('radio')).toHaveCount(3);
  // Each choice is drawn over a visually hidden input: a person clicks its label.
  await kinds.getByText('Verkoston jäsen', { exact: true }).click();
  await expect(kinds.getByRole('radio', { name: 'Verkoston jäsen' })).toBeChecked();

  // Saved without a member, the form says what is missing, in the summary and beside the field.
  await form.getByRole('button', { name: 'Tallenna suostumus' }).click();
  const summary = form.getByRole('region', { name: 'Tarkista nämä kohdat' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Vastaanottava verkoston jäsen: Tieto puuttuu.');
  const memberField = form.getByRole('button', { name: /Vastaanottava verkoston jäsen$/ });
  await expect(memberField).toHaveAccessibleDescription(/Tieto puuttuu\./);
  await expectAccessible(page);

  // The uncle the client does not want in the work is never offered.
  await memberField.click();
  const helena = page.getByRole('option', { name: 'Helena Mäki (mummi)', exact: true });
  await expect(helena).toBeVisible();
  await expect(page.getByRole('option', { name: /Pekka Mäki/ })).toHaveCount(0);
  await expectAccessible(page);
  await helena.click();
  await expect(memberField).toContainText('Helena Mäki (mummi)');
  await expect(summary).toHaveCount(0);

  // Turning the consent into disclosure lets the member go, and the form says so.
  const note = form.getByRole('status').filter({ hasText: 'ei voi nimetä verkoston jäsentä' });
  await selectOption(form, 'Tarkoitus', 'Tietojen luovutus');
  await expect(note).toContainText('valinta Helena Mäki (mummi) poistettiin');
  await expect(kinds.getByRole('radio', { name: 'Yksikkö' })).toBeChecked();
  await expect(kinds.getByRole('radio')).toHaveCount(2);
  await expect(form.getByRole('button', { name: /Vastaanottava verkoston jäsen$/ })).toHaveCount(0);
  await expectAccessible(page);

  // Back to summaries: the member is chosen again, on purpose.
  await selectOption(form, 'Tarkoitus', 'Yhteenvetojen vastaanottaminen');
  await expect(note).toHaveCount(0);
  await kinds.getByText('Verkoston jäsen', { exact: true }).click();
  await expect(memberField).toContainText('Valitse');
  await selectOption(form, 'Vastaanottava verkoston jäsen', 'Helena Mäki (mummi)');
  await form.getByRole('button', { name: 'Tallenna suostumus' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Suostumus on kirjattu.' })).toBeVisible();

  const inForce = panel
    .getByRole('region', { name: 'Voimassa olevat' })
    .getByRole('listitem')
    .filter({
      has: page.getByRole('heading', { name: 'Yhteenvetojen vastaanottaminen: Helena Mäki (mummi)' }),
    });
  await expect(inForce).toHaveCount(1);
  await expect(inForce).toContainText('Verkoston jäsen');
  await expect(inForce).toContainText('Tiina Mäki (huoltaja)');
  await expect(inForce).toContainText('Suullisesti');
  await expect(inForce).toContainText('alkaen toistaiseksi');
  await expect(inForce.locator('.badge')).toHaveText('Voimassa');
  await expectAccessible(page);

  // The guardian changes her mind: Aino withdraws the consent, and nothing of it stays in force.
  await inForce.getByRole('button', { name: /^Peru suostumus/ }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Peru suostumus' });
  await expect(confirm).toContainText('Yhteenvetojen vastaanottaminen: Helena Mäki (mummi)');
  await expectAccessible(page);
  await confirm.getByRole('button', { name: 'Peru suostumus nyt' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Suostumus on peruttu.' })).toBeVisible();
  await expect(inForce).toHaveCount(0);
  const ended = panel
    .getByRole('region', { name: 'Päättyneet ja perutut' })
    .getByRole('listitem')
    .filter({ hasText: 'Helena Mäki (mummi)' });
  await expect(ended).toHaveCount(1);
  await expect(ended).toContainText('Peruttu');
  await expect(ended).toContainText('Aino Virtanen');
  await expectAccessible(page);
  await signOut(page);
});
