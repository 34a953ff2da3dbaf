/**
 * Rules of the county's structure that do not need the database: an organisation's parents may not
 * go round in a circle.
 */

/** Whether making `parentId` the parent of `organisationId` would make it its own ancestor. */
export function makesParentCycle(
  organisationId: string,
  parentId: string | null,
  parentOf: ReadonlyMap<string, string | null>,
): boolean {
  const seen = new Set<string>();
  let at = parentId;
  while (at !== null) {
    if (at === organisationId || seen.has(at)) return true;
    seen.add(at);
    at = parentOf.get(at) ?? null;
  }
  return false;
}
