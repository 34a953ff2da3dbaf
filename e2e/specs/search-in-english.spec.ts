import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { signIn } from '../support/session';

test('in English, a worker finds a child by date of birth and starts a case, with errors in English', async ({
  page,
}) => {
  await signIn(page, 'mikko.lehtinen');
  await page.getByRole('button', { name: 'English' }).click();
  await page
    .getByRole('navigation', { name: 'Main menu' })
    .getByRole('link', { name: 'Person search' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Person search' })).toBeVisible();

  await page.getByLabel('Date of birth').fill('2017-03-14');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByRole('table')).toContainText('14.3.2017');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Open a case: Mäki, Eetu Juhani' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New case' })).toBeVisible();
  await page.getByRole('button', { name: 'Open the case' }).click();
  const summary = page.getByRole('region', { name: 'Please check the following' });
  await expect(summary).toContainText('Service: This information is missing.');
  await expectAccessible(page);
});
