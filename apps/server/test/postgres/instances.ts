import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const serverDir = fileURLToPath(new URL('../..', import.meta.url));
const entry = fileURLToPath(new URL('./server-process.ts', import.meta.url));

/** A port nobody listens on at this moment. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface Instance {
  url: string;
  child: ChildProcess;
  /** What it wrote to stderr (warnings and errors at LOG_LEVEL=warn). */
  stderr(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  stop(how?: 'SIGTERM' | 'stdin'): Promise<number | null>;
}

/** Starts `src/main.ts` in a process of its own on a port of its own; resolves once it listens. */
export async function startInstance(env: Record<string, string>): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: serverDir,
    env: { ...process.env, NODE_ENV: 'test', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['pipe', 'inherit', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    child.once('message', (message) =>
      message === 'listening' ? resolve() : reject(new Error(String(message))),
    );
    void exited.then((code) => reject(new Error(`server exited (${code}) before listening:\n${stderr}`)));
  });
  const instance: Instance = {
    url: `http://127.0.0.1:${port}`,
    child,
    stderr: () => stderr,
    exited,
    async stop(how = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) {
        if (how === 'stdin') child.stdin?.end();
        else child.kill('SIGTERM');
      }
      return exited;
    },
  };
  return instance;
}

/** A browser against several servers: one cookie jar, and the CSRF header on what changes state. */
export class Browser {
  cookies = new Map<string, string>();
  csrf = '';

  async request(base: string, method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown) {
    const headers: Record<string, string> = {};
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (method !== 'GET') headers['x-csrf-token'] = this.csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${base}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      const expired = attributes.some(
        (a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0/i.test(a),
      );
      if (value === '' || expired) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    const text = await res.text();
    return { status: res.status, json: () => JSON.parse(text) };
  }

  async session(base: string) {
    const res = await this.request(base, 'GET', '/api/session');
    this.csrf = res.json().csrfToken;
    return res.json();
  }

  async signIn(base: string, username: string, password: string) {
    if (!this.csrf) await this.session(base);
    const res = await this.request(base, 'POST', '/api/session', { username, password });
    if (res.status === 200) this.csrf = res.json().csrfToken;
    return res;
  }
}
