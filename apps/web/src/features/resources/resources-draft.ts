import { type Resources, type RiskFactor, riskFactors } from '@verkosto/domain';

/** One member's strengths as the user writes them; `key` keeps the row's identity while rows come and go. */
export interface MemberDraft {
  key: number;
  name: string;
  strengths: string;
}

/** The resources form as the user leaves it: a named risk is a key of `risks`, its value the note. */
export interface ResourcesDraft {
  familyStrengths: string;
  members: MemberDraft[];
  risks: Partial<Record<RiskFactor, string>>;
  protectiveFactors: string;
}

let nextKey = 1;
export function newMember(): MemberDraft {
  nextKey += 1;
  return { key: nextKey, name: '', strengths: '' };
}

export function draftOf(r: Resources | null): ResourcesDraft {
  if (!r) return { familyStrengths: '', members: [], risks: {}, protectiveFactors: '' };
  return {
    familyStrengths: r.familyStrengths ?? '',
    members: r.memberStrengths.map((m) => ({ ...newMember(), name: m.name, strengths: m.strengths })),
    risks: Object.fromEntries(r.risks.map((x) => [x.factor, x.note ?? ''])),
    protectiveFactors: r.protectiveFactors ?? '',
  };
}

/** What the form sends, risks in the checklist's order. */
export function bodyOf(d: ResourcesDraft, version: number) {
  return {
    version,
    familyStrengths: d.familyStrengths,
    memberStrengths: d.members.map((m) => ({ name: m.name, strengths: m.strengths })),
    risks: riskFactors.filter((f) => d.risks[f] !== undefined).map((f) => ({ factor: f, note: d.risks[f] })),
    protectiveFactors: d.protectiveFactors,
  };
}

/** The words written here that the latest saved version does not have: kept in view to copy back. */
export function ownWords(mine: ResourcesDraft, theirs: ResourcesDraft): string[] {
  const theirTexts = new Set(
    [
      theirs.familyStrengths,
      theirs.protectiveFactors,
      ...theirs.members.flatMap((m) => [m.name, m.strengths]),
      ...Object.values(theirs.risks),
    ].map((s) => (s ?? '').trim()),
  );
  const mineTexts = [
    mine.familyStrengths,
    ...mine.members.map((m) => [m.name.trim(), m.strengths.trim()].filter(Boolean).join(': ')),
    ...Object.values(mine.risks),
    mine.protectiveFactors,
  ].map((s) => (s ?? '').trim());
  const kept = mineTexts.filter(
    (s) => s !== '' && !theirTexts.has(s) && !s.split(': ').every((p) => theirTexts.has(p)),
  );
  return [...new Set(kept)];
}
