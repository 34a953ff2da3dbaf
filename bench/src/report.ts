import { availableParallelism, loadavg } from 'node:os';
import type { GenerationReport } from './generate';
import type { Measured, Row, RowKey } from './measure';

export interface RunInfo {
  mode: 'pglite' | 'postgres';
  durationSec: number;
  connections: number;
  searchName: string;
}

export interface SizeRun {
  persons: number;
  where: string;
  generation: GenerationReport;
  measured: Measured;
  /** The machine's 1-minute load average when measuring began and ended: other work skews the numbers. */
  load: { before: number; after: number };
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
const times = (n: number) => `${n >= 10 ? n.toFixed(1) : n >= 0.1 ? n.toFixed(2) : n.toPrecision(2)}×`;
const pad = (s: string, width: number) => s.padEnd(width);
const left = (s: string, width: number) => s.padStart(width);

export function header(info: RunInfo, sizes: number[]): string[] {
  return [
    'Verkosto bench',
    `  database     ${info.mode}`,
    `  persons      ${sizes.map(int).join(', ')}`,
    `  node         ${process.version} (${process.platform}/${process.arch})`,
    `  machine      ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(2)} at start`,
    `  duration     ${info.durationSec} s per measurement, after a warm-up; ${info.connections} connections / concurrent calls`,
  ];
}

function generationLines(run: SizeRun): string[] {
  const g = run.generation;
  const steps = g.steps.map((s) => `${s.step} ${s.seconds.toFixed(1)} s`).join(', ');
  return [
    `  data         ${int(g.persons)} persons, ${int(g.families)} families (${int(g.members)} members), ` +
      `${int(g.cases)} cases, ${int(g.identityCodes)} identity codes`,
    `  aino         aino.virtanen is responsible for ${g.aino.cases} cases, ${g.aino.open} open`,
    `  generated in ${g.seconds.toFixed(1)} s (${steps})`,
  ];
}

function tableLines(rows: Row[]): string[] {
  const widths = [34, 10, 9, 9, 7];
  const head = ['route', 'req/s', 'p50 ms', 'p99 ms', 'failed'];
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? pad(c, widths[0]!) : left(c, widths[i]!))).join(' ');
  const out = [line(head), '-'.repeat(widths.reduce((a, b) => a + b + 1, -1))];
  for (const row of rows) {
    const s = row.summary;
    const none = s.ok === 0;
    out.push(
      line([
        row.twin || row.key === 'health' ? row.label : `  ${row.label}`,
        int(s.perSecond),
        none ? '—' : ms(s.p50),
        none ? '—' : ms(s.p99),
        int(s.failed),
      ]),
    );
  }
  const failures = rows.filter((r) => r.summary.firstFailure);
  for (const r of failures) out.push(`  ! ${r.label}: first failure: ${r.summary.firstFailure}`);
  return out;
}

function compare(a: Row, b: Row, name: string): string {
  const thr = a.summary.perSecond / b.summary.perSecond;
  const p50 = a.summary.p50 / b.summary.p50;
  return `${times(thr)} ${name} throughput, p50 ${times(p50)} ${name}`;
}

const SHORT: Partial<Record<RowKey, string>> = {
  searchApi: 'search API',
  caseApi: 'case API',
  figuresApi: 'figures API',
};

function ratioLines(rows: Row[]): string[] {
  const by = (key: RowKey | undefined) => rows.find((r) => r.key === key);
  const health = by('health');
  const out: string[] = ['ratios'];
  for (const row of rows.filter((r) => r.twin)) {
    const name = pad(SHORT[row.key] ?? row.label, 10);
    if (health) out.push(`  ${name} = ${compare(row, health, 'health')}`);
    const twins = [by(row.twin), row.key === 'searchApi' ? by('searchSqlLog') : undefined];
    for (const twin of twins) {
      if (twin) out.push(`  ${name} = ${compare(row, twin, 'direct')}   (direct = ${twin.label})`);
    }
  }
  return out;
}

export function sizeReport(info: RunInfo, run: SizeRun): string[] {
  const m = run.measured;
  const hits = `${m.searchHits}${m.searchTruncated ? '+ (truncated)' : ''}`;
  return [
    '',
    `== ${int(run.persons)} persons, ${info.mode} (${run.where}), Node ${process.version}, ` +
      `${info.durationSec} s per measurement, ${info.connections} connections ==`,
    ...generationLines(run),
    `  search       "${info.searchName}" → ${hits} person(s) shown`,
    `  case page    ${m.caseId} (Aino's open case; ${m.caseSubjects} persons in its log row)`,
    `  load average ${run.load.before.toFixed(2)} when measuring began, ${run.load.after.toFixed(2)} when it ended`,
    '',
    ...tableLines(m.rows),
    '',
    ...ratioLines(m.rows),
  ];
}

/** How flat each measurement stays from the smallest to the largest size (1.00 = no slower at all). */
export function flatnessReport(runs: SizeRun[]): string[] {
  if (runs.length < 2) return [];
  const small = runs[0]!;
  const large = runs[runs.length - 1]!;
  const out = [
    '',
    `== flatness: ${int(large.persons)} persons vs ${int(small.persons)} ==`,
    `${pad('route', 34)} ${left('req/s ratio', 12)} ${left('p50 ratio', 10)}`,
  ];
  for (const row of large.measured.rows) {
    const before = small.measured.rows.find((r) => r.key === row.key);
    if (!before) continue;
    const rps = row.summary.perSecond / before.summary.perSecond;
    const p50 = row.summary.p50 / before.summary.p50;
    out.push(`${pad(row.label, 34)} ${left(rps.toFixed(2), 12)} ${left(p50.toFixed(2), 10)}`);
  }
  out.push('  req/s ratio = req/s at the largest size ÷ at the smallest; p50 ratio = p50 largest ÷ smallest');
  return out;
}
