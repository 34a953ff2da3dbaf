import type { Database } from '../db/client';

export interface ChainReport {
  rows: number;
  ok: boolean;
  /** The first row whose hash or link does not match, by its position in the chain. */
  brokenAt: number | null;
  problem: 'hash_mismatch' | 'broken_link' | 'gap' | null;
  headHash: string | null;
}

const BATCH = 5000;
const GENESIS = '0'.repeat(64);

/**
 * Recomputes the access log's hash chain in order: every row must hash to what it says,
 * link to the row before it, and follow it without a gap. Publishing the head hash elsewhere
 * (a ticket, a signed e-mail) lets a later check show that the past was not rewritten wholesale.
 */
export async function verifyAccessLog(
  database: Database,
  onProgress?: (checked: number) => void,
): Promise<ChainReport> {
  let previousHash = GENESIS;
  let previousSeq = 0;
  let rows = 0;
  for (;;) {
    const { rows: batch } = await database.raw.query(
      `select seq, prev_hash, hash,
         access_log_digest(prev_hash, seq, at, actor_user_id, actor_role, actor_organisation_id, actor_unit_id,
           action, record_type, record_id, subject_person_ids, basis, outcome, request_id, detail) as recomputed
       from access_log where seq > $1 order by seq limit ${BATCH}`,
      [previousSeq],
    );
    for (const raw of batch) {
      const row = raw as { seq: string | number; prev_hash: string; hash: string; recomputed: string };
      const seq = Number(row.seq);
      const fail = (problem: ChainReport['problem']): ChainReport => ({
        rows,
        ok: false,
        brokenAt: seq,
        problem,
        headHash: null,
      });
      if (seq !== previousSeq + 1) return fail('gap');
      if (row.prev_hash !== previousHash) return fail('broken_link');
      if (row.recomputed !== row.hash) return fail('hash_mismatch');
      previousHash = row.hash;
      previousSeq = seq;
      rows += 1;
    }
    onProgress?.(rows);
    if (batch.length < BATCH) break;
  }
  return { rows, ok: true, brokenAt: null, problem: null, headHash: rows > 0 ? previousHash : null };
}
