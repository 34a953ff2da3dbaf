import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { daysFromNow, shown } from '../support/dates';
import { signIn } from '../support/session';

const escaped = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** The cells of a table's body rows as text: what a reader of the table sees. */
async function bodyRows(table: Locator): Promise<string[][]> {
  const rows = await table.locator('tbody tr').all();
  return Promise.all(
    rows.map(async (row) => (await row.locator('th, td').allTextContents()).map((c) => c.trim())),
  );
}

/** The value of a key figure, found by its name. */
function keyFigure(unit: Locator, name: string): Locator {
  return unit.locator(`xpath=.//dt[normalize-space()="${name}"]/following-sibling::dd[1]`);
}

/**
 * The chart and the table under one heading must say the same: each row of the table, written as
 * the chart's description writes a category, is in the description assistive technology gets.
 */
async function expectChartMatchesTable(
  unit: Locator,
  title: string,
  item: (cells: string[]) => string,
): Promise<string[][]> {
  const table = unit.getByRole('table', { name: title });
  const rows = await bodyRows(table);
  expect(rows.length).toBeGreaterThan(0);
  await expect(unit.getByRole('img', { name: title })).toHaveAccessibleDescription(
    escaped(`${rows.map(item).join('; ')}.`),
  );
  return rows;
}

const caseloadItem = ([name, responsible, pair]: string[]) =>
  `${name}: Vastuutyöntekijänä ${responsible}, Työparina ${pair}`;

function caseloadOf(rows: string[][], worker: string) {
  const row = rows.find((r) => r[0] === worker);
  expect(row, `${worker} in the caseload table`).toBeDefined();
  return { responsible: Number(row?.[1]), pair: Number(row?.[2]) };
}

async function pickWorker(page: Page, dialog: Locator, field: RegExp, worker: string) {
  await dialog.getByRole('button', { name: field }).click();
  await page.getByRole('option', { name: new RegExp(`^${worker}`) }).click();
}

test('a team lead reads her unit’s figures, downloads them, and moves a case to even out caseloads', async ({
  page,
  browser,
}) => {
  await signIn(page, 'marja.kallio');
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Tunnusluvut' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tunnusluvut' })).toBeVisible();
  const today = daysFromNow(0);
  // This year so far unless she chooses otherwise.
  await expect(page.getByRole('main')).toContainText(
    `Luvut aikaväliltä 1.1.${today.slice(0, 4)}–${shown(today)}.`,
  );
  await expect(page.getByRole('main')).toContainText('Tunnusluvuissa ei nimetä ketään asiakasta');
  await expectAccessible(page);

  // An end before the start is turned down before anything is asked.
  await page.getByLabel('Alkupäivä').fill('2026-10-01');
  await page.getByLabel('Loppupäivä').fill('2026-09-01');
  await page.getByRole('button', { name: 'Näytä' }).click();
  await expect(page.getByRole('region', { name: 'Tarkista nämä kohdat' })).toBeFocused();
  await expect(page.getByRole('main')).toContainText('Loppupäivä ei voi olla ennen alkupäivää.');
  await expectAccessible(page);

  // The autumn of the demo: Eetu's network meeting on 24 September is in it.
  await page.getByLabel('Alkupäivä').fill('2026-09-01');
  await page.getByLabel('Loppupäivä').fill(today);
  await page.getByRole('button', { name: 'Näytä' }).click();
  await expect(page).toHaveURL(new RegExp(`\\?from=2026-09-01&to=${today}$`));
  await expect(page.getByRole('main')).toContainText(`Luvut aikaväliltä 1.9.2026–${shown(today)}.`);

  const unit = page.getByRole('region', { name: 'Perheneuvola', exact: true });
  await expect(unit.getByRole('heading', { level: 2, name: 'Perheneuvola' })).toBeVisible();
  // Eetu is a client of Kehitykselliset palvelut too, and no team has divided the work yet.
  await expect(keyFigure(unit, 'Yhteiset asiakkaat')).toHaveText('1');
  await expect(keyFigure(unit, 'Ilman tiimin päätöstä (mahdollista päällekkäistä työtä)')).toHaveText('1');
  await expect(keyFigure(unit, 'Verkostopalaverit')).toHaveText('1 palaveri 1 asiakkuudessa');
  await expect(unit).toContainText('Kalenteripäivät lähetteen saapumisesta siihen, kun asiakkuus siirtyi');
  const queue = (await keyFigure(unit, 'Jonossa nyt').textContent())?.trim() ?? '';
  expect(queue).toMatch(/^\d+$/);

  const byType = await expectChartMatchesTable(unit, 'Tapaamiset tyypeittäin', ([l, v]) => `${l}: ${v}`);
  expect(byType).toContainEqual(['Verkostopalaveri', '1']);
  const bySetting = await expectChartMatchesTable(unit, 'Tapaamiset paikan mukaan', ([l, v]) => `${l}: ${v}`);
  expect(bySetting).toContainEqual(['Toimistolla', '1']);
  expect(bySetting.map((r) => r[0])).toEqual([
    'Kotona',
    'Asiakkaalle tutussa paikassa',
    'Toimistolla',
    'Etäyhteydellä',
    'Puhelimessa',
  ]);
  const loads = await expectChartMatchesTable(unit, 'Asiakasmäärä työntekijöittäin', caseloadItem);
  // The demo's open cases: Eetu with Aino, Alva with Johanna, Oskari's referral with Mikko.
  for (const worker of ['Aino Virtanen', 'Johanna Lindberg', 'Mikko Lehtinen']) {
    expect(caseloadOf(loads, worker)).toEqual({ responsible: 1, pair: 0 });
  }
  await expect(unit.getByRole('region', { name: 'Huolen muutos arvioijittain' })).toContainText(
    'Kukaan arvioija ei arvioinut huolta samassa asiakkuudessa kahdesti',
  );
  await expectAccessible(page);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Lataa CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`figures-2026-09-01-${today}.csv`);
  const csv = readFileSync(await file.path(), 'utf8');
  expect(csv).toContain(`Perheneuvola;queue_length;;${queue}\r\n`);
  expect(csv).toContain('Perheneuvola;shared_clients;;1\r\n');
  expect(csv).toContain('Perheneuvola;meetings_by_type;network_meeting;1\r\n');

  // Alva's case moves from Johanna to Mikko.
  const cases = unit.getByRole('table', { name: 'Avoimet asiakkuudet – Perheneuvola' });
  const alva = cases.getByRole('row', { name: /Lindgren, Alva/ });
  await expect(alva).toContainText('Johanna Lindberg');
  await expect(alva).toContainText('Ei työparia');
  await alva.getByRole('button', { name: 'Siirrä: Lindgren, Alva' }).click();
  const dialog = page.getByRole('dialog', { name: 'Siirrä asiakkuus' });
  await expect(dialog).toContainText('Nyt vastuutyöntekijä: Johanna Lindberg; työpari: Ei työparia.');
  await expect(dialog).toContainText('Siirto kirjataan käyttölokiin');
  await expect(dialog.getByRole('button', { name: /Vastuutyöntekijä/ })).toContainText('Johanna Lindberg');
  await expectAccessible(page);

  // Nothing chosen yet: said before anything is sent.
  await dialog.getByRole('button', { name: 'Siirrä asiakkuus' }).click();
  await expect(dialog.getByRole('region', { name: 'Tarkista nämä kohdat' })).toBeFocused();
  await expect(dialog).toContainText('Valinnat ovat samat kuin nyt.');
  await expectAccessible(page);

  await pickWorker(page, dialog, /Vastuutyöntekijä/, 'Mikko Lehtinen');

  // Meanwhile the case gets a pair worker in another window.
  const otherContext = await browser.newContext({ locale: 'fi-FI' });
  const other = await otherContext.newPage();
  await signIn(other, 'marja.kallio');
  const session = await (await other.request.get('/api/session')).json();
  const mine = await (await other.request.get('/api/cases/mine')).json();
  const alvaCase = mine.cases.find(
    (c: { subject: { person: { lastName: string } | null } }) => c.subject.person?.lastName === 'Lindgren',
  );
  const before = await (await other.request.get(`/api/cases/${alvaCase.id}`)).json();
  const paired = await other.request.post(`/api/cases/${alvaCase.id}/reassign`, {
    headers: { 'x-csrf-token': session.csrfToken },
    data: {
      version: before.version,
      responsibleWorkerId: before.responsibleWorker.id,
      pairWorkerId: session.user.id,
    },
  });
  expect(paired.status()).toBe(200);
  await otherContext.close();

  await dialog.getByRole('button', { name: 'Siirrä asiakkuus' }).click();
  const stale = dialog.getByRole('region', { name: 'Tietoja on muutettu sillä välin' });
  await expect(stale).toBeFocused();
  await expectAccessible(page);
  await stale.getByRole('button', { name: 'Lataa uusimmat tiedot' }).click();
  await expect(dialog).toContainText('Asiakkuuden uusimmat tiedot on ladattu.');
  await expect(dialog).toContainText('Nyt vastuutyöntekijä: Johanna Lindberg; työpari: Marja Kallio.');
  await expect(dialog.getByRole('button', { name: /Työpari/ })).toContainText('Marja Kallio');
  await expectAccessible(page);

  await pickWorker(page, dialog, /Vastuutyöntekijä/, 'Mikko Lehtinen');
  await dialog.getByRole('button', { name: 'Siirrä asiakkuus' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Asiakkuus siirretty' })).toHaveText(
    'Asiakkuus siirretty: Lindgren, Alva, vastuutyöntekijänä nyt Mikko Lehtinen. Siirto kirjattiin käyttölokiin.',
  );
  await expect(alva).toContainText('Mikko Lehtinen');
  await expect(alva).toContainText('Marja Kallio');

  // The caseload figures are counted again: Mikko has one more, Johanna one less, Marja a pair case.
  const caseloadTable = unit.getByRole('table', { name: 'Asiakasmäärä työntekijöittäin' });
  await expect(
    caseloadTable
      .getByRole('row', { name: /Mikko Lehtinen/ })
      .getByRole('cell')
      .first(),
  ).toHaveText(String(caseloadOf(loads, 'Mikko Lehtinen').responsible + 1));
  const after = await expectChartMatchesTable(unit, 'Asiakasmäärä työntekijöittäin', caseloadItem);
  expect(caseloadOf(after, 'Mikko Lehtinen').responsible).toBe(
    caseloadOf(loads, 'Mikko Lehtinen').responsible + 1,
  );
  expect(caseloadOf(after, 'Johanna Lindberg').responsible).toBe(
    caseloadOf(loads, 'Johanna Lindberg').responsible - 1,
  );
  expect(caseloadOf(after, 'Marja Kallio').pair).toBe(caseloadOf(loads, 'Marja Kallio').pair + 1);
  await expectAccessible(page);
});

test('a worker who leads no unit gets the not-found page at the figures', async ({ page }) => {
  await signIn(page, 'aino.virtanen');
  await expect(
    page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Tunnusluvut' }),
  ).toHaveCount(0);
  await page.goto('/figures');
  await expect(page.getByRole('heading', { level: 1, name: 'Tietoa ei löytynyt' })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('Perheneuvola');
  await expectAccessible(page);
});
