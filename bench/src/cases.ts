import { casePhases, closingReasons } from '@verkosto/domain';
import type { Database } from '../../apps/server/src/db/client';
import { demoUnits } from '../../apps/server/src/seed/demo-county';
import type { CaseSubjects } from './people';
import { isoDay, type Random } from './random';
import { queryOne, queryRows, text } from './rows';

type SubjectKind = 'child' | 'child_family' | 'family';

/** What cases each demo unit has: its share of all cases, service type and whom the cases are about. */
const UNIT_PLANS: Record<string, { weight: number; serviceType: string; subject: SubjectKind }> = {
  pn: { weight: 20, serviceType: 'family_counselling', subject: 'child_family' },
  kp: { weight: 12, serviceType: 'developmental_services', subject: 'child' },
  lpsy: { weight: 10, serviceType: 'child_psychiatry', subject: 'child' },
  pt: { weight: 15, serviceType: 'family_work', subject: 'family' },
  ls: { weight: 20, serviceType: 'child_welfare', subject: 'family' },
  neuvola: { weight: 15, serviceType: 'child_health_clinic', subject: 'child_family' },
  kompassi: { weight: 8, serviceType: 'family_work', subject: 'family' },
};

/** Aino's generated cases as the responsible worker: a psychologist's caseload in Perheneuvola. */
const AINO_TARGET = 45;
export const AINO = 'aino.virtanen';
const OPEN_SHARE = 0.3;
const AINO_OPEN_SHARE = 0.8;
const OPEN_PHASES = casePhases.filter((p) => p !== 'closed');

interface UnitStaff {
  id: string;
  key: string;
  weight: number;
  serviceType: string;
  subject: SubjectKind;
  /** The unit's workers and team leads, Aino left out: she gets her cases by quota. */
  workers: string[];
  purchaser: string | null;
}

export interface Staff {
  units: UnitStaff[];
  ainoId: string;
}

/** The demo's social and health units with their client workers, read from the seeded database. */
export async function loadStaff(database: Database): Promise<Staff> {
  const ainoId = text(await queryOne(database, 'select id from users where username = $1', [AINO]), 'id');
  const county = text(
    await queryOne(database, "select id from organisations where kind = 'county' limit 1"),
    'id',
  );
  const unitRows = await queryRows(
    database,
    "select id, name from units where service_domain in ('social','health')",
  );
  const memberRows = await queryRows(
    database,
    `select m.unit_id, u.id from unit_memberships m join users u on u.id = m.user_id
     where u.active and u.role in ('worker', 'team_lead')`,
  );
  const units: UnitStaff[] = [];
  for (const row of unitRows) {
    const key = demoUnits.find((u) => u.name === text(row, 'name'))?.key;
    const plan = key ? UNIT_PLANS[key] : undefined;
    if (!key || !plan) continue;
    const id = text(row, 'id');
    const workers = memberRows.filter((m) => text(m, 'unit_id') === id && text(m, 'id') !== ainoId);
    if (workers.length === 0) continue;
    units.push({
      id,
      key,
      ...plan,
      workers: workers.map((m) => text(m, 'id')),
      purchaser: key === 'kompassi' ? county : null,
    });
  }
  if (!units.some((u) => u.key === 'pn')) throw new Error('the demo has no Perheneuvola with workers');
  return { units, ainoId };
}

export interface CaseBatch {
  unitIds: string[];
  personIds: (string | null)[];
  familyIds: (string | null)[];
  serviceTypes: string[];
  phases: string[];
  statuses: string[];
  responsible: string[];
  pairs: (string | null)[];
  purchasers: (string | null)[];
  openedOn: string[];
  closedOn: (string | null)[];
  closingReasons: (string | null)[];
}

/** Makes `total` cases over the units by weight, about children and families, with Aino's quota in Perheneuvola. */
export class CaseMaker {
  private readonly weights: Record<string, number>;
  private readonly ainoStep: number;
  private pnSeen = 0;
  ainoCases = 0;
  private readonly today = Math.floor(Date.now() / 86_400_000);

  constructor(
    private readonly random: Random,
    private readonly staff: Staff,
    private readonly subjects: CaseSubjects,
    total: number,
  ) {
    this.weights = Object.fromEntries(staff.units.map((u) => [u.key, u.weight]));
    const sum = staff.units.reduce((s, u) => s + u.weight, 0);
    const pnWeight = staff.units.find((u) => u.key === 'pn')?.weight ?? 0;
    this.ainoStep = Math.max(1, Math.floor((total * pnWeight) / sum / AINO_TARGET));
  }

  batch(size: number): CaseBatch {
    const b: CaseBatch = {
      unitIds: [],
      personIds: [],
      familyIds: [],
      serviceTypes: [],
      phases: [],
      statuses: [],
      responsible: [],
      pairs: [],
      purchasers: [],
      openedOn: [],
      closedOn: [],
      closingReasons: [],
    };
    for (let i = 0; i < size; i++) this.one(b);
    return b;
  }

  private one(b: CaseBatch) {
    const r = this.random;
    const key = r.weighted(this.weights);
    const unit = this.staff.units.find((u) => u.key === key)!;
    let responsible = r.pick(unit.workers);
    if (key === 'pn') {
      if (this.pnSeen % this.ainoStep === 0 && this.ainoCases < AINO_TARGET) {
        responsible = this.staff.ainoId;
        this.ainoCases += 1;
      }
      this.pnSeen += 1;
    }
    const others = unit.workers.filter((w) => w !== responsible);
    const pair = others.length > 0 && r.chance(0.2) ? r.pick(others) : null;
    const { personId, familyId } = this.subject(unit.subject);
    const open = r.chance(responsible === this.staff.ainoId ? AINO_OPEN_SHARE : OPEN_SHARE);
    const opened = open ? this.today - r.int(0, 730) : this.today - r.int(60, 365 * 12);
    const closed = open ? null : Math.min(this.today - 1, opened + r.int(14, 700));
    b.unitIds.push(unit.id);
    b.personIds.push(personId);
    b.familyIds.push(familyId);
    b.serviceTypes.push(unit.serviceType);
    b.phases.push(open ? r.pick(OPEN_PHASES) : 'closed');
    b.statuses.push(open ? 'open' : 'closed');
    b.responsible.push(responsible);
    b.pairs.push(pair);
    b.purchasers.push(unit.purchaser);
    b.openedOn.push(isoDay(opened));
    b.closedOn.push(closed === null ? null : isoDay(closed));
    b.closingReasons.push(open ? null : r.pick(closingReasons));
  }

  private subject(kind: SubjectKind): { personId: string | null; familyId: string | null } {
    const r = this.random;
    const { children, families, anyone } = this.subjects;
    if (kind === 'family' && families.length > 0) return { personId: null, familyId: r.pick(families) };
    if (children.length === 0) return { personId: r.pick(anyone), familyId: null };
    const child = r.pick(children);
    return { personId: child.personId, familyId: kind === 'child_family' ? child.familyId : null };
  }
}

export const INSERT_CASES = `
insert into cases (unit_id, person_id, family_id, service_type, phase, status, responsible_worker_id,
  pair_worker_id, purchaser_organisation_id, opened_on, closed_on, closing_reason)
select * from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::uuid[],
  $8::uuid[], $9::uuid[], $10::date[], $11::date[], $12::text[])`;

export function caseParams(b: CaseBatch): unknown[] {
  return [
    b.unitIds,
    b.personIds,
    b.familyIds,
    b.serviceTypes,
    b.phases,
    b.statuses,
    b.responsible,
    b.pairs,
    b.purchasers,
    b.openedOn,
    b.closedOn,
    b.closingReasons,
  ];
}
