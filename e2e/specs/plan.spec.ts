import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { daysFromNow, shown } from '../support/dates';
import { openEetusCase } from '../support/demo';
import { signIn } from '../support/session';

/** Opens a select by its label and picks the option whose name starts as given. */
async function pick(scope: Locator, label: string, option: RegExp) {
  await scope.getByRole('button', { name: new RegExp(`${label}( \\([^)]+\\))?$`) }).click();
  await scope.page().getByRole('option', { name: option }).click();
}

const planOf = (page: Page) => page.getByRole('region', { name: 'Yhteinen suunnitelma' });

async function openEditor(page: Page) {
  await planOf(page).getByRole('link', { name: 'Muokkaa suunnitelmaa' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Suunnitelman uusi versio' })).toBeVisible();
}

test('two workers edit the plan at once: the second reapplies her changes over the first one’s, and nothing is lost', async ({
  browser,
}) => {
  // Aino is the case's responsible worker, Sanna of developmental services its pair worker.
  const aino = await (await browser.newContext()).newPage();
  const sanna = await (await browser.newContext()).newPage();
  const action = `Lääkärin arvio aamujen vatsakivuista ${Date.now().toString(36)}`;
  const goal = 'Eetulla on kaveri, jonka kanssa kulkea kouluun.';
  const due = daysFromNow(21);
  const reevaluation = daysFromNow(70);

  await signIn(aino, 'aino.virtanen');
  await openEetusCase(aino);
  const caseUrl = aino.url();
  await expect(planOf(aino).getByRole('heading', { name: 'Tavoitteet' })).toBeVisible();
  await expectAccessible(aino);
  // The version the two of them start from (an earlier spec may have saved some).
  const base = Number(await planOf(aino).locator('dd').first().textContent());
  expect(base).toBeGreaterThanOrEqual(1);

  await signIn(sanna, 'sanna.koskinen');
  await sanna.goto(caseUrl);
  await openEditor(sanna);
  await openEditor(aino);
  await expectAccessible(aino);

  // Aino adds an action for herself and saves first.
  await aino.getByRole('button', { name: 'Lisää toimenpide' }).click();
  const ainosAction = aino.getByRole('group', { name: /^Toimenpide \d+$/ }).last();
  await expect(ainosAction.getByLabel(/^Mitä tehdään/)).toBeFocused();
  await ainosAction.getByLabel(/^Mitä tehdään/).fill(action);
  await pick(ainosAction, 'Kuka tekee', /^Aino Virtanen/);
  await ainosAction.getByLabel(/^Mihin mennessä/).fill(due);
  await aino.getByRole('button', { name: 'Tallenna uusi versio' }).click();
  await expect(
    aino.getByRole('status').filter({ hasText: `Suunnitelman versio ${base + 1} on tallennettu.` }),
  ).toBeVisible();
  await expect(planOf(aino).getByRole('row').filter({ hasText: action })).toContainText(shown(due));
  await expectAccessible(aino);

  // Sanna, on the version she opened, adds a goal in the family's words and moves the re-evaluation.
  await sanna.getByRole('button', { name: 'Lisää tavoite' }).click();
  const sannasGoal = sanna.getByRole('group', { name: /^Tavoite \d+$/ }).last();
  await sannasGoal.getByLabel(/^Perheen omin sanoin/).fill(goal);
  await sanna.getByLabel(/^Arvioidaan uudelleen/).fill(reevaluation);
  await sanna.getByRole('button', { name: 'Tallenna uusi versio' }).click();
  const conflict = sanna.getByRole('region', { name: 'Tietoja on muutettu sillä välin' });
  await expect(conflict).toBeFocused();
  await expect(conflict).toContainText('Joku muu tallensi suunnitelmasta uuden version sillä välin.');
  await expect(sannasGoal.getByLabel(/^Perheen omin sanoin/)).toHaveValue(goal);
  await expectAccessible(sanna);

  // The latest version is loaded and her changes are reapplied over it; she is told what each side changed.
  await conflict.getByRole('button', { name: 'Lataa uusin versio ja tuo muutokseni sen päälle' }).click();
  const rebased = sanna.getByRole('region', {
    name: `Uusin versio ${base + 1} on ladattu, ja muutoksesi on tuotu sen päälle`,
  });
  await expect(rebased).toBeFocused();
  await expect(conflict).toBeHidden();
  await expect(rebased).toContainText(`Aino Virtanen tallensi version ${base + 1}`);
  await expect(rebased).toContainText(`Uusi toimenpide ”${action}”, tekijänä Aino Virtanen`);
  await expect(rebased).toContainText(`Uusi tavoite ”${goal}”`);
  await expect(rebased).toContainText(`→ ${shown(reevaluation)}`);
  await expect(
    sanna
      .getByRole('group', { name: /^Toimenpide \d+$/ })
      .last()
      .getByLabel(/^Mitä tehdään/),
  ).toHaveValue(action);
  await expect(
    sanna
      .getByRole('group', { name: /^Tavoite \d+$/ })
      .last()
      .getByLabel(/^Perheen omin sanoin/),
  ).toHaveValue(goal);
  await expect(sanna.getByLabel(/^Arvioidaan uudelleen/)).toHaveValue(reevaluation);
  await expectAccessible(sanna);

  await sanna.getByRole('button', { name: 'Tallenna uusi versio' }).click();
  await expect(
    sanna.getByRole('status').filter({ hasText: `Suunnitelman versio ${base + 2} on tallennettu.` }),
  ).toBeVisible();

  // Both changes are in the plan, and both versions in its history.
  const plan = planOf(sanna);
  await expect(plan.getByRole('row').filter({ hasText: action })).toBeVisible();
  await expect(plan.getByRole('listitem').filter({ hasText: goal }).first()).toBeVisible();
  const versions = plan.getByRole('table', { name: 'Versiot' });
  await expect(versions.getByRole('row', { name: new RegExp(`^Versio ${base + 2} `) })).toContainText(
    'Sanna Koskinen',
  );
  await expect(versions.getByRole('row', { name: new RegExp(`^Versio ${base + 1} `) })).toContainText(
    'Aino Virtanen',
  );
  await expectAccessible(sanna);

  // Compared with the version they both started from, the later version holds both changes.
  await pick(plan, 'Aiempi', new RegExp(`^Versio ${base},`));
  await pick(plan, 'Myöhempi', new RegExp(`^Versio ${base + 2},`));
  await plan.getByRole('button', { name: 'Vertaa', exact: true }).click();
  const changes = plan.getByRole('region', { name: `Muutokset versiosta ${base} versioon ${base + 2}` });
  await expect(changes).toContainText(`Uusi toimenpide ”${action}”, tekijänä Aino Virtanen`);
  await expect(changes).toContainText(`Uusi tavoite ”${goal}”`);
  await expect(changes).toContainText(`→ ${shown(reevaluation)}`);
  await expect(plan.getByRole('region', { name: new RegExp(`^Versio ${base + 2},`) })).toContainText(action);
  await expect(plan.getByRole('region', { name: new RegExp(`^Versio ${base},`) })).not.toContainText(action);
  await expectAccessible(sanna);
});

test('the goals are rated together, and the new review shows in the chart’s table; My work lists what is due', async ({
  page,
}) => {
  await signIn(page, 'aino.virtanen');
  await openEetusCase(page);
  const plan = planOf(page);
  const chart = plan.getByRole('img', { name: 'Tavoitteiden toteutuminen arvioinneittain' });
  await expect(chart).toHaveAccessibleDescription(/Samat tiedot ovat taulukossa kaavion alla\./);
  const table = plan.getByRole('table', { name: 'Arvioinnit taulukkona' });
  const rowsBefore = await table.getByRole('row').count();

  await plan.getByRole('button', { name: 'Arvioi tavoitteet' }).click();
  const form = page.getByRole('dialog', { name: 'Tavoitteiden arviointi' });
  const scales = form.getByRole('radiogroup');
  const goals = await scales.count();
  expect(goals).toBeGreaterThanOrEqual(2);
  await expectAccessible(page);
  for (let i = 0; i < goals; i++) {
    await scales.nth(i).getByText('+1 Odotettua paremmin', { exact: true }).click();
    await expect(scales.nth(i).getByRole('radio', { name: '+1 Odotettua paremmin' })).toBeChecked();
  }
  await form.getByLabel('Kommentti tavoitteesta 1').fill('Eetu on lähtenyt kouluun neljänä aamuna viidestä.');
  await form.getByRole('button', { name: 'Tallenna arviointi' }).click();
  await expect(form).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: 'Tavoitteiden arviointi on tallennettu.' }),
  ).toBeVisible();

  // The new review is the last row: today, by Aino, +1 for every goal, with her comment.
  await expect(table.getByRole('row')).toHaveCount(rowsBefore + 1);
  const today = table.getByRole('row').last();
  await expect(today.getByRole('rowheader')).toHaveText(`${shown(daysFromNow(0))}Aino Virtanen`);
  await expect(today.getByRole('cell')).toHaveCount(goals);
  await expect(today.getByRole('cell').first()).toHaveText(
    '+1 Odotettua paremminEetu on lähtenyt kouluun neljänä aamuna viidestä.',
  );
  await expect(chart).toHaveAccessibleDescription(/\+1\./);
  await expectAccessible(page);

  // My work: what is coming and what is late on Aino's cases.
  await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Oma työ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Oma työ' })).toBeVisible();
  const meetings = page.getByRole('region', { name: 'Tulevat tapaamiset' });
  await expect(meetings.getByRole('row').filter({ hasText: 'Eetu Juhani Mäki' }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Myöhässä olevat toimenpiteet' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Suunnitelmat, joiden arviointipäivä on mennyt' }),
  ).toBeVisible();
  await expectAccessible(page);
});
