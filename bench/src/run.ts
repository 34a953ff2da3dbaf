import { loadavg } from 'node:os';
import { createFieldProtector } from '../../apps/server/src/crypto/protect';
import { type BenchArgs, parseArgs, USAGE, UsageError } from './args';
import { type BenchDatabase, openFreshDatabase } from './database';
import { generate } from './generate';
import { stopLoads } from './load';
import { measure } from './measure';
import { flatnessReport, header, type RunInfo, type SizeRun, sizeReport } from './report';

/** A fixed key for the bench's fictional identity codes: never a real installation's key. */
const BENCH_KEY = Buffer.from('verkosto-bench-key-fictional-only!!').subarray(0, 32);

const print = (lines: string[]) => {
  for (const line of lines) console.log(line);
};

let current: BenchDatabase | null = null;

/** Ctrl-C: stop the load processes, remove the database, and leave. */
function onSignal(signal: NodeJS.Signals) {
  console.log(`\n${signal}: stopping, removing the bench database …`);
  stopLoads();
  const done = () => process.exit(130);
  setTimeout(done, 10_000).unref();
  (current ? current.dispose() : Promise.resolve()).then(done, done);
}

async function runSize(args: BenchArgs, info: RunInfo, persons: number): Promise<SizeRun> {
  const protector = createFieldProtector(BENCH_KEY);
  const poolSize = Number(process.env.POOL_SIZE ?? 10);
  const fresh = await openFreshDatabase(args.databaseUrl, poolSize);
  current = fresh;
  try {
    console.log('');
    console.log(`generating ${persons.toLocaleString('en-US')} persons into ${info.mode} (${fresh.where})`);
    const generation = await generate(fresh.database, protector, persons, console.log);
    console.log(`measuring (${info.durationSec} s each, ${info.connections} connections)`);
    const loadBefore = loadavg()[0]!;
    const measured = await measure(fresh.database, protector, fresh.url, {
      durationSec: args.durationSec,
      connections: args.connections,
      searchName: args.searchName,
      log: console.log,
    });
    const load = { before: loadBefore, after: loadavg()[0]! };
    const run = { persons, where: fresh.where, generation, measured, load };
    print(sizeReport(info, run));
    return run;
  } finally {
    current = null;
    await fresh.dispose();
  }
}

async function main() {
  const parsed = parseArgs(process.argv.slice(2), process.env);
  if (parsed === 'help') {
    console.log(USAGE);
    return;
  }
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const info: RunInfo = {
    mode: parsed.databaseUrl ? 'postgres' : 'pglite',
    durationSec: parsed.durationSec,
    connections: parsed.connections,
    searchName: parsed.searchName,
  };
  const started = performance.now();
  print(header(info, parsed.sizes));
  const runs: SizeRun[] = [];
  for (const persons of parsed.sizes) runs.push(await runSize(parsed, info, persons));
  print(flatnessReport(runs));
  console.log(`\ndone in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${error.usage}`);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
