import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { DEMO_PASSWORD } from '../support/session';

test('a worker signs in, finds a child, opens the person and the case, switches language and signs out', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Kirjaudu Verkostoon' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(DEMO_PASSWORD);
  await expectAccessible(page);

  // A new user picks a demo account from the list; it fills the form, and signing in is still theirs to do.
  await page.getByRole('button', { name: 'Täytä tiedot: Aino Virtanen' }).click();
  await expect(page.getByLabel('Käyttäjätunnus')).toHaveValue('aino.virtanen');
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Omat asiakkuudet' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Mäki');
  await expectAccessible(page);

  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Henkilöhaku' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Henkilöhaku' })).toBeVisible();
  await page.getByLabel('Nimi').fill('maki eetu');
  await page.getByRole('button', { name: 'Hae' }).click();
  const results = page.getByRole('table');
  await expect(results).toContainText('140317A***');
  await expect(page).not.toHaveURL(/maki|eetu/i);
  await expectAccessible(page);

  await results.getByRole('link', { name: 'Mäki, Eetu Juhani', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Eetu Juhani Mäki|Mäki, Eetu Juhani/ }),
  ).toBeVisible();
  await expect(page.getByRole('main')).toContainText('140317A***');
  await page.getByRole('button', { name: 'Näytä henkilötunnus' }).click();
  await expect(page.getByRole('main')).toContainText(/140317A9\d\d[0-9A-Y]/);
  await expect(page.getByRole('main')).toContainText('Näyttäminen kirjattiin käyttölokiin.');
  await expectAccessible(page);

  await page
    .getByRole('row', { name: /Perheneuvola/ })
    .getByRole('link')
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Vastuutyöntekijä');
  await expect(page.getByRole('main')).toContainText('Aino Virtanen');
  await expect(page.getByRole('main')).toContainText('Sosiaalihuollon asiakasrekisteri');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Ansvarig arbetstagare');
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'My cases' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My cases' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Verkosto' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('You have signed out.');
  await expectAccessible(page);

  await page.goto('/cases');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Verkosto' })).toBeVisible();
  await page.getByRole('button', { name: 'Suomi' }).click();
});
