import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { selectOption } from '../support/forms';
import { signIn } from '../support/session';
import { draftAndSign } from '../support/summaries';

test('a worker registers a person, corrects a mistake, opens and closes a case', async ({ page }) => {
  const lastName = `Kokeilu${Date.now().toString(36)}`;
  await signIn(page, 'petra.nieminen');
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Uusi henkilö' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uusi henkilö' })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Etunimet').fill('Iida');
  await page.getByLabel('Sukunimi').fill(lastName);
  await page.getByLabel('Syntymäaika').fill('2019-03-08');
  await page.getByLabel('Henkilötunnus').fill('080319A9001');
  await page.getByRole('button', { name: 'Tallenna' }).click();

  const summary = page.getByRole('region', { name: 'Tarkista nämä kohdat' });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page.getByText('Henkilötunnus ei ole oikeaa muotoa.').first()).toBeVisible();
  await expect(page.getByLabel('Henkilötunnus')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  await page.getByLabel('Henkilötunnus').fill('');
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(lastName) })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Henkilö on tallennettu.');
  await expectAccessible(page);

  await page.getByRole('main').getByRole('link', { name: 'Avaa asiakkuus' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uusi asiakkuus' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Avaa asiakkuus' }).click();
  await expect(page.getByRole('region', { name: 'Tarkista nämä kohdat' })).toContainText(
    'Palvelu: Tieto puuttuu.',
  );
  await selectOption(page, 'Palvelu', 'Perhetyö');
  await page.getByRole('button', { name: 'Avaa asiakkuus' }).click();
  await expect(page.getByRole('main')).toContainText('Asiakkuus on avattu.');
  await expect(page.getByRole('main')).toContainText('Petra Nieminen');
  await expectAccessible(page);

  // A case is closed only after its final evaluation is signed.
  await draftAndSign(page, 'final', 'Asiakkuus päättyi ennen työskentelyn alkua.');
  await page.getByRole('button', { name: 'Päätä asiakkuus' }).click();
  const dialog = page.getByRole('dialog', { name: 'Päätä asiakkuus' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Päätä asiakkuus' }).click();
  await expect(dialog.getByRole('link', { name: 'Päättymisen syy: Tieto puuttuu.' })).toBeVisible();
  await selectOption(dialog, 'Päättymisen syy', 'Tavoitteet saavutettiin');
  await dialog.getByRole('button', { name: 'Päätä asiakkuus' }).click();
  await expect(page.getByRole('main')).toContainText('Asiakkuus on päätetty.');
  await expect(page.getByRole('main')).toContainText('Tavoitteet saavutettiin');
});
