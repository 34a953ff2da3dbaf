import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';

/** The rows of a raw statement; PGlite and node-postgres both answer with `rows`. */
async function rowsOf<T>(tx: Tx, query: SQL): Promise<T[]> {
  const result = (await tx.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

const unitList = (unitIds: string[]) =>
  sql.join(
    unitIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

interface Period {
  start: Date;
  end: Date;
}

export interface WaitRow {
  unit_id: string;
  n: number;
  median: number | null;
  p90: number | null;
}

/** Accepted referrals still waiting in their case's referral phase, per unit. */
export function queueLengths(tx: Tx, unitIds: string[]) {
  return rowsOf<{ unit_id: string; n: number }>(
    tx,
    sql`select r.target_unit_id as unit_id, count(*)::int as n
        from referrals r join cases c on c.id = r.case_id
        where r.target_unit_id in (${unitList(unitIds)}) and r.status = 'accepted'
          and c.status = 'open' and c.phase = 'referral'
        group by r.target_unit_id`,
  );
}

/** Days from the referral to leaving the waiting list, for referrals that left it in the period. */
export function waits(tx: Tx, unitIds: string[], p: Period) {
  return rowsOf<WaitRow>(
    tx,
    sql`select unit_id, count(*)::int as n,
          percentile_cont(0.5) within group (order by days)::float8 as median,
          percentile_cont(0.9) within group (order by days)::float8 as p90
        from (
          select r.target_unit_id as unit_id,
            ((min(pc.changed_at) at time zone 'Europe/Helsinki')::date - r.received_on) as days
          from referrals r join case_phase_changes pc on pc.case_id = r.case_id and pc.from_phase = 'referral'
          where r.target_unit_id in (${unitList(unitIds)}) and r.status = 'accepted'
          group by r.id, r.target_unit_id, r.received_on
          having min(pc.changed_at) >= ${p.start} and min(pc.changed_at) < ${p.end}
        ) left_queue
        group by unit_id`,
  );
}

/** Days from the referral to the first meeting held, for referrals received in the period. */
export function toFirstMeeting(tx: Tx, unitIds: string[], p: Period) {
  return rowsOf<WaitRow>(
    tx,
    sql`select unit_id, count(*)::int as n,
          percentile_cont(0.5) within group (order by days)::float8 as median,
          percentile_cont(0.9) within group (order by days)::float8 as p90
        from (
          select r.target_unit_id as unit_id,
            ((min(m.starts_at) at time zone 'Europe/Helsinki')::date - r.received_on) as days
          from referrals r join meetings m on m.case_id = r.case_id and m.status <> 'cancelled' and m.starts_at <= now()
          where r.target_unit_id in (${unitList(unitIds)}) and r.status = 'accepted'
            and r.received_at >= ${p.start} and r.received_at < ${p.end}
          group by r.id, r.target_unit_id, r.received_on
        ) first_meetings
        group by unit_id`,
  );
}

/** Open cases per worker of the unit, as responsible and as pair worker. */
export function caseloads(tx: Tx, unitIds: string[]) {
  return rowsOf<{ unit_id: string; worker_id: string; worker: string; responsible: number; pair: number }>(
    tx,
    sql`select um.unit_id, u.id as worker_id, u.display_name as worker,
          (select count(*)::int from cases c where c.unit_id = um.unit_id and c.status = 'open'
            and c.responsible_worker_id = u.id) as responsible,
          (select count(*)::int from cases c where c.unit_id = um.unit_id and c.status = 'open'
            and c.pair_worker_id = u.id) as pair
        from unit_memberships um join users u on u.id = um.user_id
        where um.unit_id in (${unitList(unitIds)}) and u.active and u.role in ('worker', 'team_lead')
        order by um.unit_id, u.display_name`,
  );
}

/** Open cases worked in pairs, per pair. */
export function pairLoads(tx: Tx, unitIds: string[]) {
  return rowsOf<{ unit_id: string; responsible: string; pair: string; cases: number }>(
    tx,
    sql`select c.unit_id, r.display_name as responsible, p.display_name as pair, count(*)::int as cases
        from cases c join users r on r.id = c.responsible_worker_id join users p on p.id = c.pair_worker_id
        where c.unit_id in (${unitList(unitIds)}) and c.status = 'open'
        group by c.unit_id, r.display_name, p.display_name
        order by cases desc`,
  );
}

/** Open cases whose client has an open case in another unit too; and those with no team decision. */
export function sharedClients(tx: Tx, unitIds: string[]) {
  return rowsOf<{ unit_id: string; shared: number; undecided: number }>(
    tx,
    sql`select c.unit_id, count(*)::int as shared,
          count(*) filter (where not exists (select 1 from case_team_decisions d where d.case_id = c.id))::int as undecided
        from cases c
        where c.unit_id in (${unitList(unitIds)}) and c.status = 'open' and c.person_id is not null
          and exists (select 1 from cases o where o.person_id = c.person_id and o.status = 'open' and o.unit_id <> c.unit_id)
        group by c.unit_id`,
  );
}

/** Per rater: cases with two or more ratings in the period, and those whose last zone is lower than the first. */
export function concernOutcomes(tx: Tx, unitIds: string[], p: Period) {
  return rowsOf<{ unit_id: string; perspective: string; cases: number; lower: number }>(
    tx,
    sql`with rated as (
          select c.unit_id, a.case_id, a.perspective,
            case a.zone when 'zone_1' then 1 when 'zone_2' then 2 when 'zone_3_lower' then 3
              when 'zone_3_upper' then 4 else 5 end as level,
            row_number() over (partition by a.case_id, a.perspective order by a.recorded_at, a.id) as first_n,
            row_number() over (partition by a.case_id, a.perspective order by a.recorded_at desc, a.id desc) as last_n
          from concern_assessments a join cases c on c.id = a.case_id
          where c.unit_id in (${unitList(unitIds)}) and a.recorded_at >= ${p.start} and a.recorded_at < ${p.end}
        ), ends as (
          select unit_id, case_id, perspective,
            max(level) filter (where first_n = 1) as first_level,
            max(level) filter (where last_n = 1) as last_level,
            count(*) as ratings
          from rated group by unit_id, case_id, perspective
        )
        select unit_id, perspective, count(*)::int as cases,
          count(*) filter (where last_level < first_level)::int as lower
        from ends where ratings >= 2
        group by unit_id, perspective`,
  );
}

/** Meetings held in the period on the unit's cases, by type and setting. */
export function meetingCounts(tx: Tx, unitIds: string[], p: Period) {
  return rowsOf<{ unit_id: string; type: string; setting: string; n: number; cases: number }>(
    tx,
    sql`select c.unit_id, m.type, m.setting, count(*)::int as n, count(distinct m.case_id)::int as cases
        from meetings m join cases c on c.id = m.case_id
        where c.unit_id in (${unitList(unitIds)}) and m.status <> 'cancelled'
          and m.starts_at >= ${p.start} and m.starts_at < ${p.end} and m.starts_at <= now()
        group by c.unit_id, m.type, m.setting`,
  );
}

/** Network meetings held in the period and the number of cases they were held on. */
export function networkMeetings(tx: Tx, unitIds: string[], p: Period) {
  return rowsOf<{ unit_id: string; meetings: number; cases: number }>(
    tx,
    sql`select c.unit_id, count(*)::int as meetings, count(distinct m.case_id)::int as cases
        from meetings m join cases c on c.id = m.case_id
        where c.unit_id in (${unitList(unitIds)}) and m.type = 'network_meeting' and m.status <> 'cancelled'
          and m.starts_at >= ${p.start} and m.starts_at < ${p.end} and m.starts_at <= now()
        group by c.unit_id`,
  );
}
