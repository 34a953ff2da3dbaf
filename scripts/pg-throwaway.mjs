#!/usr/bin/env node
// Throwaway PostgreSQL 15 cluster for tests and local development.
//
//   node scripts/pg-throwaway.mjs -- <command> [args...]
//   npm run db:pg -- <command> [args...]      (npm drops the --; a first argument
//                                             not starting with - is taken as the command)
//       Starts a fresh cluster in a temp dir, runs <command> with
//       TEST_DATABASE_URL=postgres://postgres@127.0.0.1:PORT/verkosto_test
//       in its environment, then stops the cluster, removes the temp dir and
//       exits with the command's exit code.
//
//   node scripts/pg-throwaway.mjs            (or: npm run db:pg)
//       Starts the cluster, prints TEST_DATABASE_URL=... on stdout and keeps
//       running until Ctrl-C / SIGTERM, then stops and cleans up.
//
// Binaries come from /usr/lib/postgresql/15/bin (override with env PG_BIN).
// As root, initdb/postgres/pg_ctl run as the `postgres` user via runuser.
// Progress goes to stderr, prefixed with [pg]. Only node: built-ins.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const PG_BIN = process.env.PG_BIN || '/usr/lib/postgresql/15/bin';
const DB_NAME = 'verkosto_test';
const DB_USER = 'postgres';
const READY_TIMEOUT_MS = 30_000; // bound on the pg_isready loop
const POLL_DELAY_MS = 200; // pause between pg_isready tries
const MAX_START_ATTEMPTS = 3; // a picked port can be taken before postgres binds it
const CHILD_GRACE_MS = 15_000; // after SIGTERM/SIGHUP, how long the command gets to finish
const SIGNUM = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function log(msg) {
  process.stderr.write(`[pg] ${msg}\n`);
}

function logBlock(text) {
  const body = String(text).trimEnd();
  if (body) process.stderr.write(`${body.replace(/^/gm, '[pg]   ')}\n`);
}

class PgError extends Error {}

// ---------------------------------------------------------------- arguments

function usage(code) {
  process.stderr.write(
    [
      'usage: node scripts/pg-throwaway.mjs -- <command> [args...]  run a command against a throwaway cluster',
      '       node scripts/pg-throwaway.mjs <command> [args...]     the same (npm run db:pg -- <command> ...)',
      '       node scripts/pg-throwaway.mjs                         start a cluster, print TEST_DATABASE_URL, wait for Ctrl-C',
      'env:   PG_BIN  directory of the PostgreSQL 15 binaries (default /usr/lib/postgresql/15/bin)',
      '',
    ].join('\n'),
  );
  process.exit(code);
}

const argv = process.argv.slice(2);
let command = null; // null: serve mode
if (argv[0] === '--') {
  command = argv.slice(1);
  if (command.length === 0) {
    log('no command after --');
    usage(2);
  }
} else if (argv.length > 0) {
  if (argv[0] === '-h' || argv[0] === '--help') usage(0);
  if (argv[0].startsWith('-')) {
    log(`unknown option ${argv[0]}`);
    usage(2);
  }
  // `npm run db:pg -- npm run test:integration` reaches us without the `--` (npm takes it).
  // Any later `--` belongs to the command.
  command = argv;
}

// ---------------------------------------------------------------- state

const state = {
  tmpDir: null,
  dataDir: null,
  logFile: null,
  postgres: null, // ChildProcess (runuser or postgres itself)
  postgresExit: null, // resolves when that process has exited
  postgresExited: false,
  started: false, // postgres has accepted connections at least once
  cleanedUp: false,
  stopping: null, // signal name that asked us to stop
  stoppingAt: 0,
  child: null, // the user's command
};

let resolveStop;
const stopRequested = new Promise((resolve) => {
  resolveStop = resolve;
});

// A command that touches the data directory: as `postgres` when we are root.
function asPgUser(bin, args) {
  const exe = path.join(PG_BIN, bin);
  return asRoot ? ['runuser', ['-u', DB_USER, '--', exe, ...args]] : [exe, args];
}

// Keep the caller's PG* settings (PGHOST, PGDATA, ...) from steering our tools elsewhere.
function pgEnv() {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('PG') && k !== 'PG_BIN') delete env[k];
  return env;
}

// cwd must be accessible to the postgres user (root's cwd usually is not).
function pgCwd() {
  return state.tmpDir || os.tmpdir();
}

// Runs a command to completion, capturing its output.
function run(cmd, args) {
  return new Promise((resolve) => {
    let out = '';
    const child = spawn(cmd, args, { cwd: pgCwd(), env: pgEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    child.on('error', (err) => {
      out += `${err.message}\n`;
    });
    child.on('close', (code) => resolve({ code: code ?? 128, out }));
  });
}

// Runs pg_ctl stop & co. to completion. `setsid -w` puts it in a session of its own, so a
// signal sent to our process group (Ctrl-C, `timeout`) does not kill the shutdown itself.
let haveSetsid = spawnSync('setsid', ['--version'], { stdio: 'ignore' }).error === undefined;
function runSync(cmd, args, timeoutMs) {
  const opts = { cwd: pgCwd(), env: pgEnv(), encoding: 'utf8', timeout: timeoutMs };
  let r = haveSetsid ? spawnSync('setsid', ['-w', cmd, ...args], opts) : spawnSync(cmd, args, opts);
  if (haveSetsid && r.error?.code === 'ENOENT') {
    haveSetsid = false;
    r = spawnSync(cmd, args, opts);
  }
  const how = r.signal ? `killed by ${r.signal}\n` : '';
  return {
    code: r.status ?? 128,
    out: `${r.stdout || ''}${r.stderr || ''}${r.error ? r.error.message : ''}${how}`,
  };
}

function checkAborted() {
  if (state.stopping) throw new PgError(`interrupted by ${state.stopping}`);
}

// ---------------------------------------------------------------- setup steps

function preflight() {
  const missing = ['initdb', 'postgres', 'pg_ctl', 'pg_isready', 'createdb'].filter((b) => {
    try {
      fs.accessSync(path.join(PG_BIN, b), fs.constants.X_OK);
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length) {
    throw new PgError(
      `PostgreSQL binaries missing in ${PG_BIN}: ${missing.join(', ')} ` +
        "(install Debian's postgresql-15: apt-get install -y postgresql-15, or set PG_BIN)",
    );
  }
  if (asRoot) {
    if (spawnSync('id', ['-u', DB_USER], { stdio: 'ignore' }).status !== 0) {
      throw new PgError(
        `running as root, but there is no '${DB_USER}' user to run initdb/postgres as ` +
          "(Debian's postgresql-common creates it), and initdb refuses to run as root",
      );
    }
    if (spawnSync('runuser', ['--version'], { stdio: 'ignore' }).error) {
      throw new PgError('running as root, but runuser (util-linux) is not available');
    }
  }
}

function makeTmpDir() {
  state.tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'verkosto-pg-'));
  state.dataDir = path.join(state.tmpDir, 'data');
  state.logFile = path.join(state.tmpDir, 'postgres.log');
  if (asRoot) {
    const r = spawnSync('chown', ['-R', `${DB_USER}:${DB_USER}`, state.tmpDir], { encoding: 'utf8' });
    if (r.status !== 0)
      throw new PgError(`chown -R ${DB_USER} ${state.tmpDir} failed: ${r.stderr || r.error}`);
    // e.g. TMPDIR somewhere under /root would not be reachable for postgres.
    const t = spawnSync('runuser', ['-u', DB_USER, '--', 'test', '-w', state.tmpDir], { cwd: '/' });
    if (t.status !== 0) throw new PgError(`${state.tmpDir} is not writable by '${DB_USER}' (check TMPDIR)`);
  }
  log(`temp dir ${state.tmpDir}`);
}

async function initdb() {
  const base = ['-D', state.dataDir, '-A', 'trust', '-U', DB_USER, '--no-sync', '-E', 'UTF8'];
  for (const locale of ['C.UTF-8', 'C']) {
    checkAborted();
    const t0 = Date.now();
    const [cmd, args] = asPgUser('initdb', [...base, `--locale=${locale}`]);
    const r = await run(cmd, args);
    if (r.code === 0) {
      log(`initdb done (locale ${locale}, ${Date.now() - t0} ms)`);
      return;
    }
    checkAborted();
    log(`initdb --locale=${locale} failed (exit ${r.code}):`);
    logBlock(r.out);
    fs.rmSync(state.dataDir, { recursive: true, force: true });
  }
  throw new PgError('initdb failed');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function readServerLog() {
  try {
    return fs.readFileSync(state.logFile, 'utf8');
  } catch {
    return '';
  }
}

// postmaster.pid: line 1 pid, line 4 port, line 8 status ("ready" once it accepts connections).
function postmasterInfo() {
  try {
    const lines = fs.readFileSync(path.join(state.dataDir, 'postmaster.pid'), 'utf8').split('\n');
    return {
      pid: Number.parseInt(lines[0], 10),
      port: Number.parseInt(lines[3], 10),
      status: (lines[7] || '').trim(),
    };
  } catch {
    return null;
  }
}

// Starts postgres on `port`. Resolves true once it accepts connections, false if the port was taken.
async function startOnce(port) {
  fs.writeFileSync(state.logFile, ''); // fresh log per attempt
  const logFd = fs.openSync(state.logFile, 'a');
  const [cmd, args] = asPgUser('postgres', [
    '-D',
    state.dataDir,
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    `port=${port}`,
    '-k',
    state.tmpDir,
    '-c',
    'fsync=off',
    '-c',
    'synchronous_commit=off',
    '-c',
    'full_page_writes=off',
  ]);
  // detached: own session, so a terminal Ctrl-C reaches us (and the command), not postgres;
  // we shut it down properly with pg_ctl stop.
  const pg = spawn(cmd, args, {
    cwd: pgCwd(),
    env: pgEnv(),
    detached: true,
    stdio: ['ignore', logFd, logFd],
  });
  fs.closeSync(logFd);
  state.postgres = pg;
  state.postgresExited = false;
  state.postgresExit = new Promise((resolve) => {
    pg.on('error', (err) => {
      log(`could not start postgres: ${err.message}`);
      state.postgresExited = true;
      resolve();
    });
    pg.on('exit', (code, signal) => {
      state.postgresExited = true;
      if (!state.cleanedUp && !state.stopping && state.started) {
        log(`postgres exited unexpectedly (${code !== null ? `code ${code}` : signal})`);
        logBlock(readServerLog().split('\n').slice(-15).join('\n'));
        resolveStop('postgres-exit');
      }
      resolve();
    });
  });

  // Poll pg_isready: each try waits for the previous one to finish; bounded to ~30 s.
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let tries = 0;
  while (Date.now() < deadline) {
    checkAborted();
    if (state.postgresExited) {
      const serverLog = readServerLog();
      if (/could not bind|could not create any TCP\/IP sockets|Address already in use/i.test(serverLog)) {
        log(`port ${port} was taken before postgres could bind it`);
        return false;
      }
      logBlock(serverLog);
      throw new PgError('postgres exited during startup (server log above)');
    }
    tries++;
    const r = await run(path.join(PG_BIN, 'pg_isready'), [
      '-q',
      '-h',
      '127.0.0.1',
      '-p',
      String(port),
      '-U',
      DB_USER,
      '-d',
      'postgres',
      '-t',
      '2',
    ]);
    // Only trust the answer if it is our postmaster (another server could have taken the port).
    const info = postmasterInfo();
    if (r.code === 0 && !state.postgresExited && info?.port === port && info.status === 'ready') {
      state.started = true;
      log(
        `postgres ready on 127.0.0.1:${port} (pid ${info.pid}) after ${tries} pg_isready ${tries === 1 ? 'try' : 'tries'}`,
      );
      return true;
    }
    await sleep(POLL_DELAY_MS);
  }
  logBlock(readServerLog());
  throw new PgError(
    `postgres did not accept connections within ${READY_TIMEOUT_MS / 1000} s (server log above)`,
  );
}

async function startCluster() {
  for (let attempt = 1; attempt <= MAX_START_ATTEMPTS; attempt++) {
    checkAborted();
    const port = await freePort();
    log(`starting postgres on 127.0.0.1:${port}`);
    if (await startOnce(port)) return port;
  }
  throw new PgError(`could not start postgres after ${MAX_START_ATTEMPTS} attempts`);
}

async function createDb(port) {
  checkAborted();
  const r = await run(path.join(PG_BIN, 'createdb'), [
    '-h',
    '127.0.0.1',
    '-p',
    String(port),
    '-U',
    DB_USER,
    DB_NAME,
  ]);
  if (r.code !== 0) {
    logBlock(r.out);
    throw new PgError(`createdb ${DB_NAME} failed (exit ${r.code})`);
  }
  log(`database ${DB_NAME} created`);
}

// ---------------------------------------------------------------- teardown

// True if pid exists and is not a zombie (an exited child we have not reaped yet).
function pidAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if (err.code !== 'EPERM') return false;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc: trust kill(0)
  }
}

// Synchronous, so it can also run from the 'exit' handler.
function stopPostgresSync() {
  if (!state.postgres || state.postgresExited) return;
  const info = postmasterInfo();
  if (info && pidAlive(info.pid)) {
    log('stopping postgres (pg_ctl stop -m fast)');
    const [cmd, args] = asPgUser('pg_ctl', [
      'stop',
      '-D',
      state.dataDir,
      '-m',
      'fast',
      '-w',
      '-t',
      '30',
      '-s',
    ]);
    const r = runSync(cmd, args, 40_000);
    if (r.code !== 0 && pidAlive(info.pid)) {
      log(`pg_ctl stop -m fast failed (exit ${r.code}); trying -m immediate`);
      logBlock(r.out);
      const [cmd2, args2] = asPgUser('pg_ctl', [
        'stop',
        '-D',
        state.dataDir,
        '-m',
        'immediate',
        '-w',
        '-t',
        '15',
        '-s',
      ]);
      runSync(cmd2, args2, 20_000);
    }
    if (pidAlive(info.pid)) {
      log(`postmaster ${info.pid} still alive; killing it`);
      try {
        process.kill(info.pid, 'SIGKILL');
      } catch {}
    }
  } else if (state.postgres.exitCode === null && state.postgres.signalCode === null) {
    // Started but no pid file (yet): it never became a postmaster we can ask to stop.
    try {
      state.postgres.kill('SIGKILL');
    } catch {}
  }
}

function removeTmpDir() {
  if (!state.tmpDir) return;
  try {
    fs.rmSync(state.tmpDir, { recursive: true, force: true, maxRetries: 3 });
    log(`removed ${state.tmpDir}`);
  } catch (err) {
    log(`could not remove ${state.tmpDir}: ${err.message}`);
  }
}

// Normal path: stop postgres, then wait (bounded) until its process is reaped, then remove the dir.
async function cleanup() {
  if (state.cleanedUp) return;
  state.cleanedUp = true;
  try {
    stopPostgresSync();
    if (state.postgresExit && !state.postgresExited) {
      await Promise.race([state.postgresExit, sleep(10_000, undefined, { ref: false })]);
      if (!state.postgresExited) log('postgres process did not exit in time');
    }
  } catch (err) {
    log(`error while stopping postgres: ${err?.message || err}`);
  }
  removeTmpDir();
}

function cleanupSync() {
  if (state.cleanedUp) return;
  state.cleanedUp = true;
  try {
    stopPostgresSync();
  } catch (err) {
    log(`error while stopping postgres: ${err?.message || err}`);
  }
  removeTmpDir();
}

// ---------------------------------------------------------------- signals and errors

for (const sig of Object.keys(SIGNUM)) {
  process.on(sig, () => {
    if (state.stopping) {
      // `timeout` and similar send the same signal to us and to our process group at once.
      if (Date.now() - state.stoppingAt < 1000) return;
      // Never abandon a cleanup half-way (that would leave postgres or the temp dir behind):
      // a repeated signal only stops waiting for the command.
      if (state.child && state.child.exitCode === null && state.child.signalCode === null) {
        log(`${sig} again: killing the command`);
        state.child.kill('SIGKILL');
      } else {
        log(`${sig} again: already shutting down`);
      }
      return;
    }
    state.stopping = sig;
    state.stoppingAt = Date.now();
    log(
      state.child
        ? `${sig} received: passed on to the command; the cluster stops when it exits`
        : `${sig} received, shutting down`,
    );
    // A terminal Ctrl-C already reached the command (same process group); this covers `kill <our pid>`.
    if (state.child && state.child.exitCode === null && state.child.signalCode === null) {
      try {
        state.child.kill(sig);
      } catch {}
    }
    resolveStop(sig);
  });
}

let fatalSeen = false;
async function fatal(err) {
  if (fatalSeen) return;
  fatalSeen = true;
  log(`unexpected error: ${err?.stack || err}`);
  if (state.child && state.child.exitCode === null) state.child.kill('SIGTERM');
  await cleanup();
  process.exit(1);
}
process.on('uncaughtException', fatal);
process.on('unhandledRejection', fatal);
process.on('exit', cleanupSync); // last resort; normally cleanup() has already run

// ---------------------------------------------------------------- modes

function runCommand(url) {
  return new Promise((resolve) => {
    const [cmd, ...args] = command;
    log(`running: ${command.join(' ')}`);
    const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, TEST_DATABASE_URL: url } });
    state.child = child;
    let done = false;
    child.on('error', (err) => {
      if (done) return;
      done = true;
      log(`could not start ${cmd}: ${err.message}`);
      resolve(err.code === 'ENOENT' ? 127 : 126);
    });
    child.on('exit', (code, signal) => {
      if (done) return;
      done = true;
      log(`command exited with ${code !== null ? `code ${code}` : `signal ${signal}`}`);
      resolve(code ?? 128 + (os.constants.signals[signal] || 1));
    });
    stopRequested.then(async (why) => {
      // postgres died: let the command notice and fail on its own. Ctrl-C: the command got it
      // from the terminal too and decides itself (an interactive psql just cancels a query).
      if (why === 'postgres-exit' || why === 'SIGINT') return;
      await sleep(CHILD_GRACE_MS, undefined, { ref: false });
      if (!done) {
        log(`command still running ${CHILD_GRACE_MS / 1000} s after ${why}; killing it`);
        child.kill('SIGKILL');
      }
    });
  });
}

async function serve(url) {
  process.stdout.write(`TEST_DATABASE_URL=${url}\n`);
  log(`running until Ctrl-C or SIGTERM (socket dir ${state.tmpDir})`);
  const why = await stopRequested;
  return why === 'postgres-exit' ? 1 : 0;
}

async function main() {
  const t0 = Date.now();
  preflight();
  makeTmpDir();
  await initdb();
  const port = await startCluster();
  await createDb(port);
  checkAborted();
  const url = `postgres://${DB_USER}@127.0.0.1:${port}/${DB_NAME}`;
  log(`cluster up in ${Date.now() - t0} ms: ${url}`);
  return command ? runCommand(url) : serve(url);
}

let exitCode;
try {
  exitCode = await main();
} catch (err) {
  log(err instanceof PgError ? `error: ${err.message}` : `unexpected error: ${err?.stack || err}`);
  exitCode = state.stopping ? 128 + SIGNUM[state.stopping] : 1;
}
await cleanup();
process.exit(exitCode);
