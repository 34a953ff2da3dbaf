import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { DEMO_PASSWORD, signIn, signOut } from '../support/session';

/**
 * A new account, made by the demo admin through the API as the admin pages would: a worker of the
 * family counselling clinic with a one-time password. A name of its own each run, so that no demo
 * account the other specs sign in as is touched.
 */
async function newWorker(browser: Browser) {
  const context = await browser.newContext();
  const api = context.request;
  const anonymous = await (await api.get('/api/session')).json();
  const signedIn = await api.post('/api/session', {
    headers: { 'x-csrf-token': anonymous.csrfToken },
    data: { username: 'ilkka.aaltonen', password: DEMO_PASSWORD },
  });
  expect(signedIn.status()).toBe(200);
  const { csrfToken } = await signedIn.json();
  const { units } = await (await api.get('/api/admin/units')).json();
  const unit = units.find((u: { name: string }) => u.name === 'Perheneuvola');
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const username = `sanni.${suffix}`;
  const created = await api.post('/api/admin/users', {
    headers: { 'x-csrf-token': csrfToken },
    data: {
      username,
      displayName: 'Sanni Vaihtaja',
      title: 'Perheneuvoja',
      role: 'worker',
      organisationId: unit.organisation.id,
      unitIds: [unit.id],
    },
  });
  expect(created.status()).toBe(201);
  const { oneTimePassword } = await created.json();
  await context.close();
  return { username, oneTimePassword: oneTimePassword as string };
}

async function signInWith(page: Page, username: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Käyttäjätunnus').fill(username);
  await page.getByLabel('Salasana').fill(password);
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
}

const current = (page: Page) => page.getByLabel('Nykyinen salasana (pakollinen)', { exact: true });
const fresh = (page: Page) => page.getByLabel('Uusi salasana (pakollinen)', { exact: true });
const repeat = (page: Page) => page.getByLabel('Uusi salasana uudelleen (pakollinen)', { exact: true });
const changeButton = (page: Page) =>
  page.getByRole('main').getByRole('button', { name: 'Vaihda salasana', exact: true });

test('a new worker changes her one-time password before anything else opens', async ({ page, browser }) => {
  const { username, oneTimePassword } = await newWorker(browser);
  const newPassword = 'Kolme karhua kävi metsässä';

  await signInWith(page, username, oneTimePassword);
  await expect(page).toHaveURL(/\/change-password$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Vaihda salasana' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Kirjauduit kertakäyttöisellä salasanalla.');
  await expect(page.getByRole('main')).toContainText('Vähintään 12 merkkiä.');
  // Nothing else to go to yet, but she can sign out.
  await expect(page.getByRole('navigation', { name: 'Päävalikko' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Kirjaudu ulos' })).toBeVisible();
  await expectAccessible(page);

  // Neither the pages nor the API open before the change.
  await page.goto('/cases');
  await expect(page).toHaveURL(/\/change-password$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Vaihda salasana' })).toBeVisible();
  const refused = await page.request.get('/api/cases/mine');
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.code).toBe('password_change_required');

  // Too short: told before anything is sent.
  await current(page).fill(oneTimePassword);
  await fresh(page).fill('lyhyt123');
  await repeat(page).fill('lyhyt123');
  await changeButton(page).click();
  const summary = page.getByRole('region', { name: 'Tarkista nämä kohdat' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Uusi salasana: Salasanassa on oltava vähintään 12 merkkiä');
  await expect(fresh(page)).toHaveAttribute('aria-invalid', 'true');

  // The repeat differs.
  await fresh(page).fill(newPassword);
  await repeat(page).fill(`${newPassword}!`);
  await changeButton(page).click();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Uusi salasana uudelleen: Salasanat eivät ole samat.');
  await expect(summary).not.toContainText('Salasanassa on oltava');
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('password-change-errors.png'), fullPage: true });

  // The current password is wrong: the server says so on its field.
  await current(page).fill('väärä-salasana-123');
  await repeat(page).fill(newPassword);
  await changeButton(page).click();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Nykyinen salasana: Nykyinen salasana on väärä.');

  await current(page).fill(oneTimePassword);
  await changeButton(page).click();
  await expect(page).toHaveURL(/\/cases$/);
  await expect(page.getByRole('status').filter({ hasText: 'Salasanasi on vaihdettu.' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Päävalikko' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Omat asiakkuudet' })).toBeVisible();

  await signOut(page);
  // The one-time password no longer works; the new one does, straight to her own cases.
  await signInWith(page, username, oneTimePassword);
  await expect(page.getByRole('region', { name: 'Toiminto ei onnistunut' })).toContainText(
    'Käyttäjätunnus tai salasana on väärin.',
  );
  await signInWith(page, username, newPassword);
  await expect(page).toHaveURL(/\/cases$/);
  await expect(page.getByRole('navigation', { name: 'Päävalikko' })).toBeVisible();

  // Later she changes it of her own accord, from beside sign-out.
  await page.getByRole('banner').getByRole('link', { name: 'Vaihda salasana' }).click();
  await expect(page).toHaveURL(/\/change-password$/);
  await expect(page.getByRole('navigation', { name: 'Päävalikko' })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('kertakäyttöisellä');
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('password-change-voluntary.png'), fullPage: true });
  await page.getByRole('main').getByRole('link', { name: 'Peruuta' }).click();
  await expect(page).toHaveURL(/\/cases$/);
});

test("the sign-in page says why the identity service's sign-in failed, in its own words", async ({
  page,
}) => {
  await page.goto('/sign-in?error=oidc_no_account');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Kirjautuminen ei onnistunut');
  await expect(alert).toContainText('tunnistustasi ei ole liitetty yhteenkään Verkoston käyttäjätunnukseen');
  await expect(alert).toBeFocused();
  // The demo signs in with passwords only: no identity service button, the password form as before.
  await expect(page.getByRole('link', { name: 'Kirjaudu tunnistuspalvelun kautta' })).toHaveCount(0);
  await expect(page.getByLabel('Käyttäjätunnus')).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('sign-in-oidc-error.png'), fullPage: true });

  await page.goto('/sign-in?error=oidc_inactive');
  await expect(page.getByRole('alert')).toContainText('käyttäjätunnuksesi ei ole enää käytössä');

  // Whatever else comes in the address reads as the general failure, and is never shown.
  await page.goto('/sign-in?error=%3Cb%3Etervetuloa%3C%2Fb%3E');
  await expect(page.getByRole('alert')).toContainText('Kirjautuminen tunnistuspalvelun kautta keskeytyi');
  await expect(page.getByRole('main')).not.toContainText('tervetuloa');

  // Trying with a password instead takes the old failure away.
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await expect(page.getByRole('region', { name: 'Tarkista nämä kohdat' })).toBeFocused();
  await expect(page.getByRole('main')).not.toContainText('Kirjautuminen tunnistuspalvelun kautta keskeytyi');
});

test('a team lead sees the cases left without an active worker on the team page', async ({ page }) => {
  await signIn(page, 'marja.kallio');
  await page.goto('/team');
  const region = page.getByRole('region', { name: 'Asiakkuudet ilman vastuutyöntekijää' });
  // The demo's workers are all in use.
  await expect(region).toContainText('Kaikilla yksiköidesi avoimilla asiakkuuksilla on vastuutyöntekijä');
  await expect(region.getByRole('table')).toHaveCount(0);
  await expectAccessible(page);

  // A row as the server lists one (its own tests deactivate a worker of a case): the page is only
  // shown it here, so that no demo case or account changes for the other specs.
  const caseId = '00000000-0000-4000-8000-00000000e2e1';
  await page.route('**/api/cases/without-active-worker', (route) =>
    route.fulfill({
      json: {
        cases: [
          {
            id: caseId,
            unit: {
              id: '00000000-0000-4000-8000-00000000e2e2',
              name: 'Perheneuvola',
              serviceDomain: 'social',
            },
            serviceType: 'family_counselling',
            phase: 'assessment',
            status: 'open',
            openedOn: '2026-01-12',
            closedOn: null,
            subject: {
              person: {
                id: '00000000-0000-4000-8000-00000000e2e3',
                firstNames: 'Oona',
                lastName: 'Esimerkki',
                dateOfBirth: '2015-05-05',
              },
              family: null,
            },
            responsibleWorker: {
              id: '00000000-0000-4000-8000-00000000e2e4',
              displayName: 'Sanni Vaihtaja',
              title: '',
            },
            pairWorker: null,
          },
        ],
      },
    }),
  );
  await page.reload();
  const row = region.getByRole('row', { name: /Esimerkki, Oona/ });
  await expect(row).toContainText('Perheneuvola');
  await expect(row).toContainText('Sanni VaihtajaTunnus ei käytössä');
  await expect(row).toContainText('12.1.2026');
  await expect(row.getByRole('link', { name: 'Esimerkki, Oona' })).toHaveAttribute(
    'href',
    `/cases/${caseId}`,
  );
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('team-without-worker.png'), fullPage: true });
});
