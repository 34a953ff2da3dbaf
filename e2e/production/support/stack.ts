import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestIdp } from '../../../apps/server/test/oidc/test-idp';
import { freePort } from '../../../apps/server/test/postgres/instances';
import { createPostgresDatabase } from '../../../apps/server/test/postgres-cluster';
import type { InstallAccount, Installation } from './install';

/**
 * What the production walkthrough runs against, started from scratch: an empty PostgreSQL database,
 * the test identity service, the county's first admin made on the command line, and two server
 * instances on that one database. Each step registers how it is undone; `stopAll` undoes them, the
 * last first, and runs both from global teardown and when the setup itself fails half-way.
 */

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const serverDir = `${repoRoot}apps/server`;
const webDist = `${repoRoot}apps/web/dist`;
/** Stops the server when its stdin closes (so also when the runner dies) and says when it listens. */
const serverEntry = `${serverDir}/test/postgres/server-process.ts`;
const throwawayCluster = `${repoRoot}scripts/pg-throwaway.mjs`;

const cleanups: { what: string; run: () => Promise<void> }[] = [];

function onStop(what: string, run: () => Promise<void>) {
  cleanups.push({ what, run });
}

export async function stopAll(): Promise<void> {
  const problems: string[] = [];
  while (cleanups.length > 0) {
    const step = cleanups.pop()!;
    try {
      await step.run();
    } catch (error) {
      problems.push(`${step.what}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (problems.length > 0) throw new Error(`teardown incomplete:\n${problems.join('\n')}`);
}

/** The settings the server reads (config.ts): none of the developer's own may leak into the run. */
const SERVER_SETTING =
  /^(NODE_ENV|HOST|PORT|DATABASE_URL|DATA_DIR|VERKOSTO_SECRET_KEY|DEMO_MODE|LOG_LEVEL|SESSION_.*|LOGIN_.*|WEB_DIST|POOL_SIZE|SMTP_URL|MAIL_.*|OIDC_.*|PASSWORD_SIGN_IN)$/;

function cleanEnv(settings: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!SERVER_SETTING.test(key)) env[key] = value;
  return { ...env, ...settings };
}

function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/**
 * A PostgreSQL cluster to make the database in: CI's (TEST_DATABASE_URL), or else a throwaway one
 * of scripts/pg-throwaway.mjs in its "print the URL and keep running" mode (as root it runs
 * PostgreSQL as the postgres user), stopped at teardown.
 */
async function cluster(): Promise<string> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) return given;
  const child = spawn(process.execPath, [throwawayCluster], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let progress = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    progress += chunk.toString();
  });
  const exited = exitOf(child);
  onStop('the throwaway PostgreSQL cluster', async () => {
    child.kill('SIGTERM');
    const code = await exited;
    if (code !== 0) throw new Error(`pg-throwaway exited with ${code}:\n${progress}`);
  });
  return new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /^TEST_DATABASE_URL=(\S+)$/m.exec(out)?.[1];
      if (url) resolve(url);
    });
    void exited.then((code) =>
      reject(new Error(`pg-throwaway exited (${code}) before starting:\n${progress}`)),
    );
  });
}

/** A new, empty database beside the cluster's own, as a county's first installation finds it. */
async function emptyDatabase(): Promise<string> {
  const created = await createPostgresDatabase(await cluster(), 'verkosto_install');
  onStop(`the database ${created.name}`, created.drop);
  return created.url;
}

/** Runs a command of the server to its end, as an operator would on the server machine. */
function runServerCommand(args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; out: string; err: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      cwd: serverDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, out, err }));
  });
}

interface Instance {
  url: string;
  stop(): Promise<void>;
}

/** `src/main.ts` in a process of its own; resolves once it listens and answers /api/health. */
async function startInstance(name: string, env: NodeJS.ProcessEnv, url: string): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', serverEntry], {
    cwd: serverDir,
    env,
    stdio: ['pipe', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  let stopping = false;
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = exitOf(child);
  // A server that dies during the run says why at once, not after every later test has failed.
  void exited.then((code) => {
    if (!stopping) process.stderr.write(`[install] instance ${name} exited (${code}):\n${stderr}\n`);
  });
  const instance = {
    url,
    async stop() {
      stopping = true;
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
  onStop(`instance ${name}`, () => instance.stop());
  await new Promise<void>((resolve, reject) => {
    child.once('message', (message) =>
      message === 'listening' ? resolve() : reject(new Error(String(message))),
    );
    void exited.then((code) =>
      reject(new Error(`instance ${name} exited (${code}) before listening:\n${stderr}`)),
    );
  });
  const health = (await (await fetch(`${url}/api/health`)).json()) as Record<string, unknown>;
  if (health.status !== 'ok' || health.database !== 'postgres' || health.demoMode !== false)
    throw new Error(`instance ${name} is not a production instance on PostgreSQL: ${JSON.stringify(health)}`);
  return instance;
}

/** The county as the operator's command makes it, and the people the identity service knows. */
export const COUNTY = 'Järvilaakson hyvinvointialue';
const FIRST_ADMIN = {
  username: 'kaisa.koskinen',
  displayName: 'Kaisa Koskinen',
  title: 'Pääkäyttäjä',
  email: 'kaisa.koskinen@example.fi',
};
const IDP_ACCOUNTS: InstallAccount[] = [
  { login: 'hanna', sub: 'jarvilaakso-0001', email: 'hanna.harju@example.fi', name: 'Hanna Harju' },
  { login: 'sofia', sub: 'jarvilaakso-0002', email: 'sofia.stromberg@example.fi', name: 'Sofia Strömberg' },
  // Known to the identity service, but nobody in Verkosto has her e-mail.
  { login: 'ville', sub: 'jarvilaakso-0003', email: 'ville.vieras@example.fi', name: 'Ville Vieras' },
];

/**
 * On the server machine, before anyone can sign in: `npm run admin -- create-admin …`, which prints
 * the first admin's one-time password once.
 */
async function createFirstAdmin(databaseUrl: string, secretKey: string): Promise<string> {
  const created = await runServerCommand(
    [
      'src/cli/admin.ts',
      'create-admin',
      '--username',
      FIRST_ADMIN.username,
      '--name',
      FIRST_ADMIN.displayName,
      '--organisation',
      COUNTY,
      '--title',
      FIRST_ADMIN.title,
      '--email',
      FIRST_ADMIN.email,
    ],
    cleanEnv({ NODE_ENV: 'production', DATABASE_URL: databaseUrl, VERKOSTO_SECRET_KEY: secretKey }),
  );
  const oneTimePassword = /^One-time password, shown only now: (\S+)$/m.exec(created.out)?.[1];
  if (created.code !== 0 || !oneTimePassword)
    throw new Error(`create-admin failed (${created.code}):\n${created.out}${created.err}`);
  return oneTimePassword;
}

export async function startInstallation(): Promise<Installation> {
  if (!existsSync(`${webDist}/index.html`))
    throw new Error(`${webDist} has no built web app: run \`npm run build -w @verkosto/web\` first`);
  // A copy of the build as it is now: a rebuild during the run must not take the pages' chunks away.
  const served = mkdtempSync(join(tmpdir(), 'verkosto-install-web-'));
  onStop('the copy of the web app', async () => rmSync(served, { recursive: true, force: true }));
  cpSync(webDist, served, { recursive: true });

  const databaseUrl = await emptyDatabase();
  const secretKey = randomBytes(32).toString('base64');
  const portA = await freePort();
  let portB = await freePort();
  while (portB === portA) portB = await freePort();
  const urlA = `http://127.0.0.1:${portA}`;
  const urlB = `http://127.0.0.1:${portB}`;
  const callback = (base: string) => `${base}/api/auth/oidc/callback`;

  const idp = await startTestIdp({ redirectUris: [callback(urlA), callback(urlB)], accounts: IDP_ACCOUNTS });
  onStop('the test identity service', () => idp.close());

  const settings = (port: number, base: string) =>
    cleanEnv({
      // "test", not "production": production makes every cookie Secure, which plain http cannot carry.
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DEMO_MODE: '0',
      VERKOSTO_SECRET_KEY: secretKey,
      LOG_LEVEL: 'warn',
      WEB_DIST: served,
      POOL_SIZE: '4',
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: idp.clientId,
      OIDC_CLIENT_SECRET: idp.clientSecret,
      OIDC_REDIRECT_URI: callback(base),
      OIDC_LINK_CLAIM: 'email',
    });
  // The operator's command may run while the instances start: each migrates under the start-up lock.
  const [oneTimePassword] = await Promise.all([
    createFirstAdmin(databaseUrl, secretKey),
    startInstance('A', settings(portA, urlA), urlA),
    startInstance('B', settings(portB, urlB), urlB),
  ]);

  return {
    instanceA: urlA,
    instanceB: urlB,
    identityService: idp.issuer,
    county: COUNTY,
    admin: { ...FIRST_ADMIN, oneTimePassword },
    accounts: IDP_ACCOUNTS,
  };
}
