export interface BenchArgs {
  /** Person counts to run, smallest first: one entry unless --sizes is given. */
  sizes: number[];
  durationSec: number;
  connections: number;
  /** The name typed into the person search. */
  searchName: string;
  databaseUrl: string | undefined;
}

const USAGE = `npm run bench -w @verkosto/bench -- [--persons N] [--duration S] [--connections C] [--sizes N1,N2,...] [--query NAME]

  --persons N       fictional persons to generate (default 100000)
  --sizes N1,N2     run several sizes in one go (overrides --persons) and compare them
  --duration S      seconds per measurement (default 10)
  --connections C   concurrent connections / concurrent direct calls (default 10)
  --query NAME      the name typed into the person search (default "Mäki Ain")
  DATABASE_URL      run on PostgreSQL: a fresh database is created in that server and dropped after
  POOL_SIZE         the PostgreSQL pool, shared by the app and the direct-SQL loops (default 10)

From the repository root npm eats one "--": use  npm run bench -- -- --persons 10000
(or  npm run bench -w @verkosto/bench -- --persons 10000).`;

const OPTIONS = ['persons', 'sizes', 'duration', 'connections', 'query'] as const;
type Option = (typeof OPTIONS)[number];

export class UsageError extends Error {
  readonly usage = USAGE;
}

function positiveInt(option: string, value: string): number {
  const n = Number(value.replaceAll('_', ''));
  if (!Number.isInteger(n) || n <= 0)
    throw new UsageError(`--${option} needs a positive whole number, not "${value}"`);
  return n;
}

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv): BenchArgs | 'help' {
  const given = new Map<Option, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--') continue;
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    const name = OPTIONS.find((o) => o === match?.[1]);
    if (!match || !name) {
      // npm, run from the root with a single "--", turns the options into npm config and passes only the values.
      const swallowed = OPTIONS.some((o) => env[`npm_config_${o}`] === 'true');
      throw new UsageError(
        swallowed ? `npm took the options and passed only "${arg}"` : `unknown argument "${arg}"`,
      );
    }
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    given.set(name, value);
  }
  const sizesText = given.get('sizes');
  const sizes = sizesText
    ? sizesText.split(',').map((s) => positiveInt('sizes', s.trim()))
    : [positiveInt('persons', given.get('persons') ?? '100000')];
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    durationSec: positiveInt('duration', given.get('duration') ?? '10'),
    connections: positiveInt('connections', given.get('connections') ?? '10'),
    searchName: given.get('query') ?? 'Mäki Ain',
    databaseUrl: env.DATABASE_URL || undefined,
  };
}

export { USAGE };
