import type { AccessBasis } from '@verkosto/domain';

/**
 * The bases the server may name in `accessBasis`. The contract sends a plain string and exports the
 * union as a type only, so the list lives here; the check below fails if the union gains a value.
 */
export const accessBases = [
  'responsible_worker',
  'pair_worker',
  'unit_worker',
  'registered_by',
  'identity_search',
  'own_unit',
] as const satisfies readonly AccessBasis[];

type Unlisted = Exclude<AccessBasis, (typeof accessBases)[number]>;
export const everyBasisListed: [Unlisted] extends [never] ? true : false = true;

export function isAccessBasis(value: string): value is AccessBasis {
  return (accessBases as readonly string[]).includes(value);
}
