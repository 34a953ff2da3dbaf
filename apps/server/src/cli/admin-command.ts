import { parseArgs } from 'node:util';
import type { Database } from '../db/client';
import { createFirstAdmin, zFirstAdminInput } from './first-admin';

export const USAGE =
  'usage: npm run admin -- create-admin --username <username> --name "<display name>" ' +
  '--organisation "<organisation>" [--title "<title>"] [--email <address>]';

export interface AdminCommandIo {
  /** The one-time password goes here and nowhere else. */
  out(text: string): void;
  err(text: string): void;
  openDatabase(): Promise<Database>;
}

const FLAGS = {
  username: 'username',
  displayName: 'name',
  organisation: 'organisation',
  title: 'title',
  email: 'email',
};
const PROBLEMS: Record<string, string> = {
  required: 'is required',
  too_long: 'is too long',
  invalid: 'may hold only lower-case letters, digits and . _ - (starting with a letter or digit)',
  invalid_email: 'is not an e-mail address',
};

/**
 * `npm run admin -- <command>`: what an operator does on the server before anyone can sign in.
 * Exit codes: 0 done, 1 refused (nothing changed), 2 bad arguments (the database is not opened).
 */
export async function runAdminCommand(argv: string[], io: AdminCommandIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : 'bad arguments'}\n${USAGE}\n`);
    return 2;
  }
  const [command, ...rest] = parsed.positionals;
  if (command !== 'create-admin' || rest.length > 0) {
    io.err(`${command ? `unknown command: ${[command, ...rest].join(' ')}` : 'no command'}\n${USAGE}\n`);
    return 2;
  }
  const { values } = parsed;
  const input = zFirstAdminInput.safeParse({
    username: values.username,
    displayName: values.name,
    organisation: values.organisation,
    title: values.title,
    email: values.email,
  });
  if (!input.success) {
    const lines = input.error.issues.map((issue) => {
      const field = String(issue.path[0]) as keyof typeof FLAGS;
      return `--${FLAGS[field] ?? field} ${PROBLEMS[issue.message] ?? issue.message}`;
    });
    io.err(`${lines.join('\n')}\n${USAGE}\n`);
    return 2;
  }

  const database = await io.openDatabase();
  try {
    await database.migrate();
    const result = await createFirstAdmin({ db: database.db, input: input.data });
    if (!result.ok) {
      io.err(
        result.reason === 'admin_exists'
          ? 'Refused: this database already has an admin account; nothing was changed.\n' +
              'Further accounts and password resets are made by an admin, signed in to Verkosto.\n'
          : `Refused: the username ${input.data.username} is taken; nothing was changed.\n`,
      );
      return 1;
    }
    io.out(
      `Created the admin ${input.data.username} (${input.data.displayName}) in ${input.data.organisation}` +
        `${result.organisationCreated ? ' (a new county organisation)' : ''}.\n` +
        `One-time password, shown only now: ${result.oneTimePassword}\n` +
        'Sign in with it; Verkosto asks for a new password before anything else.\n',
    );
    return 0;
  } finally {
    await database.close();
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      username: { type: 'string' },
      name: { type: 'string' },
      organisation: { type: 'string' },
      title: { type: 'string' },
      email: { type: 'string' },
    },
  });
}
