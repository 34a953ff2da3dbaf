import { type DirectoryService, type LevelOfWork, type RiskFactor, riskFactors } from '@verkosto/domain';

/** A directory service as the admin leaves the form: the level is unset until chosen. */
export interface ServiceDraft {
  name: string;
  kind: string;
  contact: string;
  level: LevelOfWork | null;
  riskFactors: RiskFactor[];
}

export type DraftField = keyof ServiceDraft;

export const emptyDraft: ServiceDraft = { name: '', kind: '', contact: '', level: null, riskFactors: [] };

export function draftOf(service: DirectoryService | null): ServiceDraft {
  if (!service) return emptyDraft;
  return {
    name: service.name,
    kind: service.kind,
    contact: service.contact,
    level: service.level,
    riskFactors: [...service.riskFactors],
  };
}

/**
 * What the form sends: the risks in the checklist's order, so the same choice is the same list
 * whatever order they were ticked in. An unset level stays null for the shared schema to name.
 */
export function bodyOf(d: ServiceDraft) {
  return {
    name: d.name,
    kind: d.kind,
    contact: d.contact,
    level: d.level,
    riskFactors: riskFactors.filter((f) => d.riskFactors.includes(f)),
  };
}

const sameRisks = (a: readonly RiskFactor[], b: readonly RiskFactor[]) =>
  a.length === b.length && a.every((f) => b.includes(f));

/**
 * The fields the admin changed from the version they started from that the latest saved version,
 * after someone else saved first, does not have: kept in view, so reloading does not silently
 * throw the admin's work away. A field emptied is not listed; there is nothing in it to keep.
 */
export function ownChanges(mine: ServiceDraft, start: ServiceDraft, theirs: ServiceDraft): DraftField[] {
  const text = (['name', 'kind', 'contact'] as const).filter((f) => {
    const value = mine[f].trim();
    return value !== '' && value !== start[f].trim() && value !== theirs[f].trim();
  });
  const level =
    mine.level !== null && mine.level !== start.level && mine.level !== theirs.level
      ? (['level'] as const)
      : [];
  const risks =
    sameRisks(mine.riskFactors, start.riskFactors) || sameRisks(mine.riskFactors, theirs.riskFactors)
      ? []
      : (['riskFactors'] as const);
  return [...text, ...level, ...risks];
}
