import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { signIn } from '../support/session';

test('a shared client is marked, and another service is named only with whom to contact', async ({
  page,
}) => {
  await signIn(page, 'jussi.heikkila');
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Henkilöhaku' })
    .click();
  await page.getByLabel('Nimi').fill('maki eetu');
  await page.getByRole('button', { name: 'Hae' }).click();
  await page.getByRole('table').getByRole('link', { name: 'Mäki, Eetu Juhani', exact: true }).click();

  await expect(page.getByRole('main')).toContainText(
    'Yhteisasiakas: Henkilöllä on avoin asiakkuus sekä sosiaalihuollossa että terveydenhuollossa.',
  );
  const other = page.getByRole('region', { name: 'Myös toinen palvelu on mukana' });
  await expect(other).toContainText('Perheneuvola (Järvilaakson hyvinvointialue): Aino Virtanen, Psykologi');
  // The family counselling case itself is not listed among the cases Jussi may open.
  await expect(page.getByRole('region', { name: 'Asiakkuudet' })).not.toContainText('Perheneuvola');
  await expectAccessible(page);
});
