import type { FieldProtector } from '../../apps/server/src/crypto/protect';
import type { Database, Tx } from '../../apps/server/src/db/client';
import * as figures from '../../apps/server/src/modules/figures/repository';
import { groupFigures } from '../../apps/server/src/modules/groups/repository';
import { AINO } from './cases';
import { runLoop } from './direct';
import { runLoad } from './load';
import type { LoadSpec } from './load-child';
import { caseSelect, logInsertLike, type RawQuery, searchSelect } from './queries';
import { num, queryOne, queryRows, text } from './rows';
import { type SignedIn, signIn, startApp } from './server';
import type { Summary } from './stats';

export type RowKey =
  | 'health'
  | 'searchApi'
  | 'searchSql'
  | 'searchSqlLog'
  | 'caseApi'
  | 'caseSql'
  | 'figuresApi'
  | 'figuresSql';

export interface Row {
  key: RowKey;
  label: string;
  /** For API routes: the straight-SQL measurement it is compared with. */
  twin?: RowKey;
  summary: Summary;
}

export interface Measured {
  searchHits: number;
  searchTruncated: boolean;
  caseId: string;
  caseSubjects: number;
  rows: Row[];
}

export interface MeasureOptions {
  durationSec: number;
  connections: number;
  searchName: string;
  log: (line: string) => void;
}

/** A cap on calls per measurement, far above what two cores can do, so every loop is bounded in count too. */
const CALLS_PER_SECOND_CAP = 100_000;

/** The team lead of Perheneuvola: the figures are hers. */
const MARJA = 'marja.kallio';

/** Aino's newest open case about a child and the child's family: a case page she would open. */
async function ainosCase(database: Database): Promise<string> {
  const row = await queryOne(
    database,
    `select c.id from cases c join users u on u.id = c.responsible_worker_id
     where u.username = $1 and c.status = 'open'
     order by (c.person_id is not null and c.family_id is not null) desc, c.opened_on desc, c.id limit 1`,
    [AINO],
  );
  return text(row, 'id');
}

async function expectJson(response: Response, what: string): Promise<unknown> {
  if (response.status !== 200)
    throw new Error(`${what} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

/** Runs the app on `database`, signed in as Aino, and measures each route and its straight-SQL twin. */
export async function measure(
  database: Database,
  protector: FieldProtector,
  databaseUrl: string | null,
  options: MeasureOptions,
): Promise<Measured> {
  const running = await startApp(database, protector, databaseUrl);
  try {
    return await measureOn(
      running.baseUrl,
      database,
      await signIn(running.baseUrl, AINO),
      await signIn(running.baseUrl, MARJA),
      options,
    );
  } finally {
    await running.close();
  }
}

async function measureOn(
  baseUrl: string,
  database: Database,
  session: SignedIn,
  lead: SignedIn,
  options: MeasureOptions,
): Promise<Measured> {
  const { durationSec, connections, log } = options;
  const warmupSec = Math.min(2, Math.max(1, Math.round(durationSec / 10)));
  const maxCalls = durationSec * CALLS_PER_SECOND_CAP;
  const cookie = { cookie: session.cookie };
  const signedInHeaders = { ...cookie, 'x-csrf-token': session.csrfToken };
  const searchBody = JSON.stringify({ name: options.searchName });
  const caseId = await ainosCase(database);

  // One call each first: the routes answer 200, and the API writes the log rows the SQL twins copy.
  const post = { method: 'POST', headers: { ...signedInHeaders, 'content-type': 'application/json' } };
  const found = await expectJson(
    await fetch(`${baseUrl}/api/persons/search`, { ...post, body: searchBody }),
    'search',
  );
  const { persons, truncated } = found as { persons: unknown[]; truncated: boolean };
  await expectJson(await fetch(`${baseUrl}/api/cases/${caseId}`, { headers: cookie }), 'case page');

  const rows: Row[] = [];
  const load = async (
    key: RowKey,
    label: string,
    spec: Omit<LoadSpec, 'connections' | 'durationSec' | 'warmupSec' | 'maxRequests'>,
    twin?: RowKey,
  ) => {
    log(`  measuring ${label} …`);
    const summary = await runLoad({ ...spec, connections, durationSec, warmupSec, maxRequests: maxCalls });
    rows.push({ key, label, summary, ...(twin ? { twin } : {}) });
  };
  const direct = async (key: RowKey, label: string, queries: (() => RawQuery)[]) => {
    log(`  measuring ${label} …`);
    const work = async () => {
      for (const next of queries) {
        const q = next();
        await database.raw.query(q.sql, q.params);
      }
    };
    const summary = await runLoop(work, { concurrency: connections, durationSec, warmupSec, maxCalls });
    rows.push({ key, label, summary });
  };

  // Without a cookie the auth hook looks nothing up: the route never touches the database.
  await load('health', 'GET /api/health', { url: `${baseUrl}/api/health`, method: 'GET', headers: {} });

  await load(
    'searchApi',
    'POST /api/persons/search',
    { url: `${baseUrl}/api/persons/search`, body: searchBody, ...post, method: 'POST' },
    'searchSql',
  );
  const search = searchSelect(database.db, options.searchName);
  const searchLog = await logInsertLike(database.db, 'person_search');
  await direct('searchSql', 'SQL search select', [() => search]);
  await direct('searchSqlLog', 'SQL search select + log insert', [() => search, searchLog]);

  await load(
    'caseApi',
    'GET /api/cases/:id',
    { url: `${baseUrl}/api/cases/${caseId}`, method: 'GET', headers: cookie },
    'caseSql',
  );
  const caseLog = await logInsertLike(database.db, 'case');
  const caseQuery = caseSelect(database.db, caseId);
  await direct('caseSql', 'SQL case log insert + select', [caseLog, () => caseQuery]);

  // The team lead's figures: the same SQL aggregates run directly, without the HTTP, the door and its log row.
  const leadCookie = { cookie: lead.cookie };
  await expectJson(await fetch(`${baseUrl}/api/figures`, { headers: leadCookie }), 'figures');
  await load(
    'figuresApi',
    'GET /api/figures',
    { url: `${baseUrl}/api/figures`, method: 'GET', headers: leadCookie },
    'figuresSql',
  );
  const leadUnits = (
    await queryRows(
      database,
      'select m.unit_id from unit_memberships m join users u on u.id = m.user_id where u.username = $1',
      [MARJA],
    )
  ).map((r) => text(r, 'unit_id'));
  const db = database.db as unknown as Tx;
  const year = new Date().getUTCFullYear();
  const period = { start: new Date(Date.UTC(year, 0, 1)), end: new Date() };
  log('  measuring SQL figures …');
  rows.push({
    key: 'figuresSql',
    label: 'SQL figures (the same aggregates)',
    summary: await runLoop(
      async () => {
        await figures.queueLengths(db, leadUnits);
        await figures.waits(db, leadUnits, period);
        await figures.toFirstMeeting(db, leadUnits, period);
        await figures.caseloads(db, leadUnits);
        await figures.pairLoads(db, leadUnits);
        await figures.sharedClients(db, leadUnits);
        await figures.concernOutcomes(db, leadUnits, period);
        await figures.meetingCounts(db, leadUnits, period);
        await figures.networkMeetings(db, leadUnits, period);
        await groupFigures(db, leadUnits, period);
      },
      { concurrency: connections, durationSec, warmupSec, maxCalls },
    ),
  });

  const caseSubjects = await queryOne(
    database,
    'select cardinality(subject_person_ids) as n from access_log where record_id = $1 order by seq desc limit 1',
    [caseId],
  );
  return {
    searchHits: persons.length,
    searchTruncated: truncated,
    caseId,
    caseSubjects: num(caseSubjects, 'n'),
    rows,
  };
}
