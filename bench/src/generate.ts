import type { FieldProtector } from '../../apps/server/src/crypto/protect';
import type { Database } from '../../apps/server/src/db/client';
import { seedDemo } from '../../apps/server/src/seed/seed';
import { CaseMaker, caseParams, INSERT_CASES, loadStaff } from './cases';
import { nameArrays } from './names';
import { INSERT_FAMILIES, INSERT_MEMBERS, INSERT_PERSONS, PeopleMaker, personParams } from './people';
import { Random } from './random';
import { num, queryOne } from './rows';

const PERSON_BATCH = 5_000;
const CASE_BATCH = 5_000;
/** About one case for every three persons. */
const PERSONS_PER_CASE = 3;

export interface GenerationReport {
  persons: number;
  families: number;
  members: number;
  cases: number;
  identityCodes: number;
  aino: { cases: number; open: number };
  steps: { step: string; seconds: number }[];
  seconds: number;
}

const count = (n: number) => n.toLocaleString('en-US');

/** Migrates, seeds the demo, then adds `persons` fictional persons with families and cases, printing progress. */
export async function generate(
  database: Database,
  protector: FieldProtector,
  persons: number,
  log: (line: string) => void,
): Promise<GenerationReport> {
  const started = performance.now();
  const steps: GenerationReport['steps'] = [];
  let stepStarted = started;
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const endStep = (step: string) => {
    const now = performance.now();
    steps.push({ step, seconds: (now - stepStarted) / 1000 });
    stepStarted = now;
  };

  await database.migrate();
  await seedDemo(database.db, protector);
  endStep('migrate + demo seed');
  log(`  migrated and seeded the demo  ${elapsed()}`);

  const random = new Random(20_260_101 + persons);
  const names = nameArrays();
  const people = new PeopleMaker(random, names, protector);
  let made = 0;
  let families = 0;
  let members = 0;
  while (made < persons) {
    const batch = people.batch(Math.min(PERSON_BATCH, persons - made));
    await database.raw.query(INSERT_PERSONS, personParams(names, batch));
    if (batch.families.ids.length > 0) {
      await database.raw.query(INSERT_FAMILIES, [batch.families.ids, batch.families.names]);
      const m = batch.members;
      await database.raw.query(INSERT_MEMBERS, [m.familyIds, m.personIds, m.roles, m.guardians]);
    }
    made += batch.ids.length;
    families += batch.families.ids.length;
    members += batch.members.personIds.length;
    log(
      `  persons ${count(made)}/${count(persons)}  families ${count(families)}  members ${count(members)}  ${elapsed()}`,
    );
  }
  endStep('persons + families');

  const totalCases = Math.max(1, Math.round(persons / PERSONS_PER_CASE));
  const staff = await loadStaff(database);
  const caseMaker = new CaseMaker(random, staff, people.subjects, totalCases);
  let cases = 0;
  while (cases < totalCases) {
    const batch = caseMaker.batch(Math.min(CASE_BATCH, totalCases - cases));
    await database.raw.query(INSERT_CASES, caseParams(batch));
    cases += batch.unitIds.length;
    log(`  cases ${count(cases)}/${count(totalCases)}  ${elapsed()}`);
  }
  endStep('cases');

  // As autovacuum would leave a settled production database: statistics, and pages marked all-visible
  // so that index-only scans (the name-word search) need not visit the table.
  await database.raw.query('vacuum analyze');
  endStep('vacuum analyze');
  log(`  vacuumed and analyzed  ${elapsed()}`);

  const aino = await queryOne(
    database,
    `select count(*)::int as cases, (count(*) filter (where status = 'open'))::int as open
     from cases where responsible_worker_id = $1`,
    [staff.ainoId],
  );
  const totals = await queryOne(
    database,
    `select (select count(*) from persons)::int as persons, (select count(*) from families)::int as families,
       (select count(*) from family_members)::int as members, (select count(*) from cases)::int as cases`,
  );
  return {
    persons: num(totals, 'persons'),
    families: num(totals, 'families'),
    members: num(totals, 'members'),
    cases: num(totals, 'cases'),
    identityCodes: people.codes,
    aino: { cases: num(aino, 'cases'), open: num(aino, 'open') },
    steps,
    seconds: (performance.now() - started) / 1000,
  };
}
