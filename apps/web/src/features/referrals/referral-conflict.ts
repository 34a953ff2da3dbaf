import type { ClientErrorCode } from '../../api/client';

/**
 * Someone else acted on the referral first: it was already triaged, or changed since it was read.
 * Not the worker's mistake; the answer is to read it again. Compared as text, because a contract
 * without the `referral_decided` code still answers a 409, which the client reads as stale.
 */
export function isDecidedElsewhere(code: ClientErrorCode | null): boolean {
  const text: string | null = code;
  return text === 'stale_version' || text === 'referral_decided';
}
