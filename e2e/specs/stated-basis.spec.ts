import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { signIn, signOut } from '../support/session';

/** Finds Eetu through the person search and opens him, as every user who may reach him does. */
async function openEetu(page: Page) {
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Henkilöhaku' })
    .click();
  await page.getByLabel('Nimi').fill('maki eetu');
  await page.getByRole('button', { name: 'Hae' }).click();
  await page.getByRole('table').getByRole('link', { name: 'Mäki, Eetu Juhani', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Eetu Juhani Mäki' })).toBeVisible();
}

// The worker's own words: read by the team lead, and naming no one.
const explanation =
  'Lapsi kertoi vastaanotolla pelkäävänsä kotiin menoa. Tarvitsen kehityksellisten palvelujen arvion turvallisuussuunnitelmaa varten.';
const comment = 'Peruste oli aiheellinen. Lastensuojeluilmoitus on tehty.';

test('a worker states a legal basis to read another service’s case, and her team lead reviews it', async ({
  page,
}) => {
  // Mikko works with Eetu at Perheneuvola; Eetu's Kehitykselliset palvelut case is not open to him.
  // (Aino is its pair worker, so she needs no legal basis.)
  await signIn(page, 'mikko.lehtinen');
  await expect(page.getByRole('link', { name: 'Lakiperusteiden arviointi' })).toHaveCount(0);
  await openEetu(page);
  const other = page.getByRole('region', { name: 'Myös toinen palvelu on mukana' });
  await expect(other).toContainText(
    'Kehitykselliset palvelut (Järvilaakson hyvinvointialue): Sanna Koskinen, Sairaanhoitaja',
  );
  await expectAccessible(page);

  await other.getByRole('button', { name: 'Lue lakiperusteella: Kehitykselliset palvelut' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lue asiakkuutta lakiperusteella' });
  await expect(dialog).toContainText('Asiakkuus avautuu vain sinulle ja vain luettavaksi 12 tunniksi.');
  await expect(dialog).toContainText('Esihenkilösi arvioi jälkikäteen');
  await expect(dialog.getByRole('radio')).toHaveCount(4);
  await expect(dialog).toContainText('Lastensuojelulaki 25 §');
  await expect(dialog).toContainText('785/1992, 13 §');

  // Nothing chosen: the form says what is missing before anything is sent.
  await dialog.getByRole('button', { name: 'Avaa asiakkuus luettavaksi' }).click();
  const summary = dialog.getByRole('region', { name: 'Tarkista nämä kohdat' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Lakiperuste: Tieto puuttuu.');
  await expect(summary).toContainText('Perustelu: Tieto puuttuu.');
  await expectAccessible(page);

  // Each choice is drawn over a visually hidden input: a person clicks its label.
  await dialog.getByText('Lapsi on välittömässä vaarassa', { exact: true }).click();
  await expect(dialog.getByRole('radio', { name: 'Lapsi on välittömässä vaarassa' })).toBeChecked();
  await dialog.getByLabel(/^Perustelu/).fill(explanation);
  await expect(summary).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Avaa asiakkuus luettavaksi' }).click();

  // The case opens, read only, and says on what and until when.
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Eetu Juhani Mäki' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Asiakkuus · Kehitykselliset palvelut');
  const why = page.getByRole('region', { name: 'Miksi näet tämän asiakkuuden' });
  await expect(why).toContainText('koska ilmoitit lakiperusteen sen lukemiseen');
  await expect(why).toContainText('Lapsi on välittömässä vaarassa');
  await expect(why).toContainText(
    /Asiakkuus on avoinna sinulle \d{1,2}\.\d{1,2}\.\d{4} klo \d{1,2}\.\d{2} asti\./,
  );
  await expect(why).toContainText('esihenkilösi arvioi');
  await expect(page.getByRole('region', { name: 'Verkosto', exact: true })).toContainText(
    'Näet verkoston ilmoittamasi lakiperusteen nojalla',
  );
  await expect(page.getByRole('region', { name: 'Suostumukset' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Päätä asiakkuus' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Lisää verkoston jäsen' })).toHaveCount(0);
  await expectAccessible(page);

  // Eetu's access log names the legal basis beside the read.
  await page.getByRole('main').getByRole('link', { name: 'Eetu Juhani Mäki' }).click();
  await page.getByRole('main').getByRole('link', { name: 'Käyttöloki' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Käyttöloki' })).toBeVisible();
  const read = page
    .getByRole('table', { name: /Henkilön tietojen käyttö/ })
    .getByRole('row')
    .filter({ hasText: 'Katsoi tietoja' })
    .filter({ hasText: 'asiakkuuden tiedot' })
    .filter({ hasText: 'Lakiperuste: Lapsi on välittömässä vaarassa' })
    .first();
  await expect(read).toContainText('Työntekijän ilmoittama lakiperuste');
  await expect(read).toContainText('Perheneuvola');
  await expectAccessible(page);
  await signOut(page);

  // Marja, the team lead of Perheneuvola, reviews the statement.
  await signIn(page, 'marja.kallio');
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Lakiperusteiden arviointi' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lakiperusteiden arviointi' })).toBeVisible();
  await expect(page).toHaveTitle('Lakiperusteiden arviointi – Verkosto');
  const waiting = page.getByRole('region', { name: 'Odottaa arviointia' });
  const statement = waiting.getByRole('listitem').filter({ hasText: explanation });
  await expect(statement).toHaveCount(1);
  await expect(statement).toContainText('Mikko Lehtinen: Lapsi on välittömässä vaarassa');
  await expect(statement).toContainText('Kehitykselliset palvelut');
  await expect(statement).toContainText(/Lukukerrat\s*[1-9]\d* kert/);
  await expect(page.getByRole('main')).not.toContainText('Mäki');
  await expectAccessible(page);
  // The same list open in a second tab, to be sent after the first review is in.
  const second = await page.context().newPage();
  await second.goto('/reviews');
  const staleCopy = second
    .getByRole('region', { name: 'Odottaa arviointia' })
    .getByRole('listitem')
    .filter({ hasText: explanation });
  await expect(staleCopy).toHaveCount(1);

  await statement.getByRole('button', { name: 'Tallenna arvio' }).click();
  await expect(statement.getByRole('region', { name: 'Tarkista nämä kohdat' })).toBeFocused();
  await expect(statement).toContainText('Arvio: Tieto puuttuu.');
  await statement.getByText('Aiheellinen', { exact: true }).click();
  await expect(statement.getByRole('radio', { name: 'Aiheellinen', exact: true })).toBeChecked();
  await statement.getByLabel('Kommentti').fill(comment);
  await statement.getByRole('button', { name: 'Tallenna arvio' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Arvio on tallennettu.' })).toBeVisible();
  await expect(waiting.getByRole('listitem').filter({ hasText: explanation })).toHaveCount(0);
  const reviewed = page
    .getByRole('region', { name: 'Arvioidut' })
    .getByRole('listitem')
    .filter({ hasText: explanation });
  await expect(reviewed).toContainText('Aiheellinen');
  await expect(reviewed).toContainText('Marja Kallio');
  await expect(reviewed).toContainText(comment);
  await expect(reviewed.getByRole('button', { name: 'Tallenna arvio' })).toHaveCount(0);
  await expectAccessible(page);

  // A statement is reviewed once: the second tab is told so, and its list is read again.
  await staleCopy.getByText('Ei aiheellinen', { exact: true }).click();
  await staleCopy.getByRole('button', { name: 'Tallenna arvio' }).click();
  await expect(second.getByRole('status').filter({ hasText: 'Joku muu ehti arvioida' })).toContainText(
    'Joku muu ehti arvioida tämän perusteen ennen sinua. Lista on päivitetty.',
  );
  await expect(staleCopy).toHaveCount(0);
  const nowReviewed = second
    .getByRole('region', { name: 'Arvioidut' })
    .getByRole('listitem')
    .filter({ hasText: explanation });
  await expect(nowReviewed).toContainText('Aiheellinen');
  await expect(nowReviewed).toContainText(comment);
  await expectAccessible(second);
});
