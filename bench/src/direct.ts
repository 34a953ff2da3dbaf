import { Latencies, type Summary, summarize } from './stats';

export interface LoopOptions {
  concurrency: number;
  durationSec: number;
  warmupSec: number;
  /** A hard cap on calls, whatever the duration. */
  maxCalls: number;
}

/** Stops after this many failures: a broken query should not spin for the whole duration. */
const MAX_FAILURES = 100;

/**
 * Calls `work` from `concurrency` loops at once until the duration is over (or the cap is reached),
 * recording each call's latency. A warm-up of the same shape runs first and is not recorded.
 */
export async function runLoop(work: () => Promise<unknown>, options: LoopOptions): Promise<Summary> {
  if (options.warmupSec > 0) await pass(work, { ...options, durationSec: options.warmupSec }, null);
  const latencies = new Latencies(options.maxCalls);
  return pass(work, options, latencies);
}

async function pass(
  work: () => Promise<unknown>,
  options: LoopOptions,
  latencies: Latencies | null,
): Promise<Summary> {
  const started = performance.now();
  const deadline = started + options.durationSec * 1000;
  let calls = 0;
  let failed = 0;
  let firstFailure: string | null = null;
  const loop = async () => {
    while (performance.now() < deadline && calls < options.maxCalls && failed < MAX_FAILURES) {
      calls += 1;
      const t = performance.now();
      try {
        await work();
        latencies?.add(performance.now() - t);
      } catch (error) {
        failed += 1;
        firstFailure ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, loop));
  const seconds = (performance.now() - started) / 1000;
  return summarize(latencies ?? new Latencies(0), failed, seconds, firstFailure);
}
