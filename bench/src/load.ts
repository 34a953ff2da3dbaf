import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LoadSpec } from './load-child';
import { isSummary, type Summary } from './stats';

const CHILD = fileURLToPath(new URL('./load-child.ts', import.meta.url));
const running = new Set<ChildProcess>();

/** Stops load processes still running (on Ctrl-C): only the ones this bench started, by their handle. */
export function stopLoads() {
  for (const child of running) child.kill('SIGKILL');
}

/**
 * Loads one route with autocannon in a child process (same tsx loader as this process) and returns
 * its summary. The child is killed if it outlives its duration by half a minute.
 */
export function runLoad(spec: LoadSpec): Promise<Summary> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, CHILD, JSON.stringify(spec)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    running.add(child);
    const limit = setTimeout(() => child.kill('SIGKILL'), (spec.durationSec + spec.warmupSec + 30) * 1000);
    let out = '';
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      out += chunk;
    });
    child.on('error', (error) => {
      clearTimeout(limit);
      running.delete(child);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(limit);
      running.delete(child);
      const line = out.trim().split('\n').pop() ?? '';
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(line);
      } catch {
        // reported below
      }
      if (code === 0 && isSummary(parsed)) resolve(parsed);
      else reject(new Error(`load of ${spec.method} ${spec.url} failed (exit ${code ?? signal}): ${line}`));
    });
  });
}
