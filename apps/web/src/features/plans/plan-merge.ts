import type { ActionStatus } from '@verkosto/domain';
import { type PlanContentView, personKey } from './plan-draft';

type Goal = PlanContentView['goals'][number];
type Action = PlanContentView['actions'][number];

/**
 * Where both the user and whoever saved first changed the same thing differently. The user's value
 * is kept in the form; `theirs` is what the other saved, so the user can choose knowingly.
 */
export type MergeConflict =
  | { kind: 'concern' | 'reevaluation' | 'differingViews'; theirs: string | null }
  | { kind: 'goalWords' | 'goalProfessional'; goal: string; theirs: string | null }
  | { kind: 'actionWhat' | 'actionDue' | 'actionGoal' | 'actionOwner'; action: string; theirs: string | null }
  | { kind: 'actionStatus'; action: string; theirs: ActionStatus }
  /** The user removed it, the other changed it: it stays, as the other saved it. */
  | { kind: 'goalKept'; goal: string }
  | { kind: 'actionKept'; action: string }
  /** The other removed it, the user changed it: it stays, as the user left it. */
  | { kind: 'goalRestored'; goal: string }
  | { kind: 'actionRestored'; action: string };

export interface Rebased {
  content: PlanContentView;
  conflicts: MergeConflict[];
}

/** A three-way choice: the side that changed wins; when both changed differently, mine, flagged. */
function pick<T>(base: T, mine: T, theirs: T, same: (a: T, b: T) => boolean = Object.is) {
  if (same(mine, base)) return { value: theirs, conflict: false };
  return { value: mine, conflict: !same(theirs, base) && !same(theirs, mine) };
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const samePerson = (a: Action['owner'], b: Action['owner']) => personKey(a) === personKey(b);

/**
 * Items (goals or actions) merged by id. The result follows the order of theirs, with the user's new
 * items after; `merge` combines an item both kept, and reports its conflicts.
 */
function mergeItems<T extends { id: string }>(
  base: readonly T[],
  mine: readonly T[],
  theirs: readonly T[],
  merge: (b: T, m: T, t: T) => T,
  onKept: (t: T) => void,
  onRestored: (m: T) => void,
): T[] {
  const byId = (items: readonly T[]) => new Map(items.map((i) => [i.id, i]));
  const baseById = byId(base);
  const mineById = byId(mine);
  const theirsById = byId(theirs);
  const result: T[] = [];
  for (const t of theirs) {
    const b = baseById.get(t.id);
    const m = mineById.get(t.id);
    if (!b) result.push(t);
    else if (m) result.push(merge(b, m, t));
    else if (!sameJson(b, t)) {
      onKept(t);
      result.push(t);
    }
  }
  for (const m of mine) {
    if (theirsById.has(m.id)) continue;
    const b = baseById.get(m.id);
    if (!b) result.push(m);
    else if (!sameJson(b, m)) {
      onRestored(m);
      result.push(m);
    }
  }
  return result;
}

/**
 * The user's draft, made over `base`, reapplied over `theirs`, the version someone else saved
 * meanwhile: what only one side changed is taken from that side, so neither side's work is lost.
 */
export function rebasePlan(base: PlanContentView, mine: PlanContentView, theirs: PlanContentView): Rebased {
  const conflicts: MergeConflict[] = [];

  const goals = mergeItems<Goal>(
    base.goals,
    mine.goals,
    theirs.goals,
    (b, m, t) => {
      const words = pick(b.familyWords, m.familyWords, t.familyWords);
      const professional = pick(b.professionalWording, m.professionalWording, t.professionalWording);
      if (words.conflict) conflicts.push({ kind: 'goalWords', goal: m.familyWords, theirs: t.familyWords });
      if (professional.conflict) {
        conflicts.push({ kind: 'goalProfessional', goal: m.familyWords, theirs: t.professionalWording });
      }
      return { ...t, familyWords: words.value, professionalWording: professional.value };
    },
    (t) => conflicts.push({ kind: 'goalKept', goal: t.familyWords }),
    (m) => conflicts.push({ kind: 'goalRestored', goal: m.familyWords }),
  );
  const goalIds = new Set(goals.map((g) => g.id));
  const goalName = (id: string | null) =>
    id === null ? null : (theirs.goals.find((g) => g.id === id)?.familyWords ?? null);

  const actions = mergeItems<Action>(
    base.actions,
    mine.actions,
    theirs.actions,
    (b, m, t) => {
      const action = m.what;
      const what = pick(b.what, m.what, t.what);
      const owner = pick(b.owner, m.owner, t.owner, samePerson);
      const dueOn = pick(b.dueOn, m.dueOn, t.dueOn);
      const status = pick(b.status, m.status, t.status);
      const goalId = pick(b.goalId, m.goalId, t.goalId);
      if (what.conflict) conflicts.push({ kind: 'actionWhat', action, theirs: t.what });
      if (owner.conflict) conflicts.push({ kind: 'actionOwner', action, theirs: t.owner.name });
      if (dueOn.conflict) conflicts.push({ kind: 'actionDue', action, theirs: t.dueOn });
      if (status.conflict) conflicts.push({ kind: 'actionStatus', action, theirs: t.status });
      if (goalId.conflict) conflicts.push({ kind: 'actionGoal', action, theirs: goalName(t.goalId) });
      return {
        ...t,
        what: what.value,
        owner: owner.value,
        dueOn: dueOn.value,
        status: status.value,
        goalId: goalId.value,
      };
    },
    (t) => conflicts.push({ kind: 'actionKept', action: t.what }),
    (m) => conflicts.push({ kind: 'actionRestored', action: m.what }),
  ).map((a) => (a.goalId !== null && !goalIds.has(a.goalId) ? { ...a, goalId: null } : a));

  const scalar = (
    key: 'howWeLessenConcern' | 'reevaluationOn' | 'differingViews',
    kind: 'concern' | 'reevaluation' | 'differingViews',
  ) => {
    const result = pick(base[key], mine[key], theirs[key]);
    if (result.conflict) conflicts.push({ kind, theirs: theirs[key] });
    return result.value;
  };
  const howWeLessenConcern = scalar('howWeLessenConcern', 'concern');
  const reevaluationOn = scalar('reevaluationOn', 'reevaluation');
  const differingViews = scalar('differingViews', 'differingViews');

  // The composition as a set: whom the user added joins, whom the user took out leaves.
  const keys = (people: PlanContentView['nextComposition']) => new Set(people.map(personKey));
  const inBase = keys(base.nextComposition);
  const inMine = keys(mine.nextComposition);
  const nextComposition = [
    ...theirs.nextComposition.filter((p) => !(inBase.has(personKey(p)) && !inMine.has(personKey(p)))),
    ...mine.nextComposition.filter(
      (p) => !inBase.has(personKey(p)) && !theirs.nextComposition.some((q) => samePerson(p, q)),
    ),
  ];

  return {
    content: { goals, actions, howWeLessenConcern, reevaluationOn, nextComposition, differingViews },
    conflicts,
  };
}
