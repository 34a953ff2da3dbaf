/**
 * Runs one autocannon load in its own process (so the load generator does not share the app's
 * event loop) and prints a Summary as JSON. Latencies are kept at full resolution (autocannon's own
 * histogram rounds to whole milliseconds). Started by load.ts; bounded by duration, count and a timer.
 */
import autocannon from 'autocannon';
import { Latencies, summarize } from './stats';

export interface LoadSpec {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  connections: number;
  durationSec: number;
  warmupSec: number;
  maxRequests: number;
}

function parseSpec(arg: string | undefined): LoadSpec {
  if (!arg) throw new Error('load-child needs a spec');
  const spec = JSON.parse(arg) as LoadSpec;
  if (new URL(spec.url).hostname !== '127.0.0.1') throw new Error('the bench only loads 127.0.0.1');
  return spec;
}

async function main() {
  const spec = parseSpec(process.argv[2]);
  const hardStop = setTimeout(
    () => {
      process.stderr.write('load-child: hard time limit reached\n');
      process.exit(2);
    },
    (spec.durationSec + spec.warmupSec + 30) * 1000,
  );
  hardStop.unref();
  const latencies = new Latencies(spec.maxRequests);
  let failed = 0;
  let firstFailure: string | null = null;
  const instance = autocannon({
    url: spec.url,
    method: spec.method,
    headers: spec.headers,
    ...(spec.body === undefined ? {} : { body: spec.body }),
    connections: spec.connections,
    duration: spec.durationSec,
    timeout: 10,
    maxOverallRequests: spec.maxRequests,
    ...(spec.warmupSec > 0 ? { warmup: { connections: spec.connections, duration: spec.warmupSec } } : {}),
  });
  instance.on('response', (_client, statusCode, _bytes, ms) => {
    if (statusCode >= 200 && statusCode < 300) latencies.add(ms);
    else {
      failed += 1;
      firstFailure ??= `HTTP ${statusCode}`;
    }
  });
  instance.on('reqError', (error) => {
    firstFailure ??= error.message;
  });
  const result = await instance;
  failed += result.errors;
  const summary = summarize(latencies, failed, result.duration, firstFailure);
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  clearTimeout(hardStop);
}

main().catch((error: unknown) => {
  process.stderr.write(`load-child: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
