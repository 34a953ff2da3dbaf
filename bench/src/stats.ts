/** One measured route or query: completed calls, failures, and the latency of the successful ones. */
export interface Summary {
  /** Successful calls (2xx for HTTP). */
  ok: number;
  /** Failed calls: non-2xx answers, connection errors, timeouts, thrown queries. */
  failed: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** The first failure seen, to tell what went wrong. */
  firstFailure: string | null;
}

/** Collects latencies (ms) into a preallocated buffer: no growth while measuring, and a hard cap. */
export class Latencies {
  private readonly values: Float64Array;
  private size = 0;

  constructor(readonly capacity: number) {
    this.values = new Float64Array(capacity);
  }

  get full(): boolean {
    return this.size >= this.capacity;
  }

  get count(): number {
    return this.size;
  }

  add(ms: number) {
    if (this.size < this.capacity) this.values[this.size++] = ms;
  }

  /** Nearest-rank percentiles of what was recorded. */
  percentiles(): { p50: number; p99: number } {
    const sorted = this.values.slice(0, this.size).sort();
    const at = (p: number) =>
      sorted.length === 0 ? 0 : sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
    return { p50: at(0.5), p99: at(0.99) };
  }
}

export function summarize(
  latencies: Latencies,
  failed: number,
  seconds: number,
  firstFailure: string | null,
): Summary {
  const { p50, p99 } = latencies.percentiles();
  return {
    ok: latencies.count,
    failed,
    seconds,
    perSecond: seconds > 0 ? latencies.count / seconds : 0,
    p50,
    p99,
    firstFailure,
  };
}

export function isSummary(value: unknown): value is Summary {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const numbers = ['ok', 'failed', 'seconds', 'perSecond', 'p50', 'p99'].every(
    (k) => typeof v[k] === 'number',
  );
  return numbers && (v.firstFailure === null || typeof v.firstFailure === 'string');
}
