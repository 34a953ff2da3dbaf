import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { monthsFromNow, shown } from '../support/dates';
import { selectOption } from '../support/forms';
import { signIn, signOut } from '../support/session';

async function expectNotFound(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Tietoa ei löytynyt' })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('Mäki');
}

test('a guardian’s consent opens a case to another unit until it is withdrawn', async ({ page }) => {
  const validTo = { iso: monthsFromNow(6) };
  const validToShown = shown(validTo.iso);

  // Eetu's family counselling case, held by Aino and not open to developmental services.
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
  const caseUrl = page.url();
  expect(caseUrl).toMatch(/\/cases\/[0-9a-f-]{36}$/);
  await signOut(page);

  await signIn(page, 'jussi.heikkila');
  await expectNotFound(page, caseUrl);
  await signOut(page);

  // The guardian consents to disclosure to developmental services; Aino records it.
  await signIn(page, 'aino.virtanen');
  await page.goto(caseUrl);
  const panel = page.getByRole('region', { name: 'Suostumukset' });
  await expect(panel).toContainText('peruminen tulee voimaan heti');
  await panel.getByRole('button', { name: 'Kirjaa suostumus' }).click();
  const form = page.getByRole('dialog', { name: 'Kirjaa suostumus' });
  await selectOption(form, 'Suostumuksen antaja', 'Tiina Mäki (huoltaja)');
  await form.getByRole('button', { name: /Vastaanottava yksikkö$/ }).click();
  await page.getByRole('option', { name: /^Kehitykselliset palvelut/ }).click();
  await expect(form.getByRole('button', { name: /Tarkoitus/ })).toContainText('Tietojen luovutus');
  await selectOption(form, 'Miten suostumus annettiin', 'Kirjallisesti');
  await form.getByLabel('Voimassa asti').fill(validTo.iso);
  await form.getByRole('button', { name: 'Tallenna suostumus' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Suostumus on kirjattu.' })).toBeVisible();

  const inForce = panel
    .getByRole('region', { name: 'Voimassa olevat' })
    .getByRole('listitem')
    .filter({ hasText: 'Kehitykselliset palvelut' })
    .filter({ hasText: validToShown });
  await expect(inForce).toHaveCount(1);
  await expect(inForce).toContainText('Voimassa');
  await expect(inForce).toContainText('Tiina Mäki (huoltaja)');
  await expect(inForce).toContainText('Kirjallisesti');
  await expectAccessible(page);
  await signOut(page);

  // Jussi of developmental services now sees the case, and why.
  await signIn(page, 'jussi.heikkila');
  await page.goto(caseUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Eetu Juhani Mäki' })).toBeVisible();
  const why = page.getByRole('region', { name: 'Miksi näet tämän asiakkuuden' });
  await expect(why).toContainText('huoltajansa on antanut suostumuksen');
  await expect(why).toContainText(`Suostumus on voimassa ${validToShown} asti.`);
  await expect(page.getByRole('region', { name: 'Suostumukset' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Päätä asiakkuus' })).toHaveCount(0);
  await expectAccessible(page);
  await signOut(page);

  // The guardian changes her mind: Aino withdraws the consent.
  await signIn(page, 'aino.virtanen');
  await page.goto(caseUrl);
  await inForce.getByRole('button', { name: /^Peru suostumus/ }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Peru suostumus' });
  await expect(confirm).toContainText('Suostumus perutaan heti.');
  await confirm.getByRole('button', { name: 'Peru suostumus nyt' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Suostumus on peruttu.' })).toBeVisible();
  const ended = panel
    .getByRole('region', { name: 'Päättyneet ja perutut' })
    .getByRole('listitem')
    .filter({ hasText: 'Kehitykselliset palvelut' })
    .filter({ hasText: validToShown })
    .first();
  await expect(ended).toContainText('Peruttu');
  await expect(ended).toContainText('Aino Virtanen');
  await expect(inForce).toHaveCount(0);
  await signOut(page);

  await signIn(page, 'jussi.heikkila');
  await expectNotFound(page, caseUrl);
  await signOut(page);
});
