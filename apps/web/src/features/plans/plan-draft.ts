import type { PlanContentInput, PlanPerson, PlanVersion } from '@verkosto/domain';

/** A version's content as the server answers it: every field present, empty texts as null. */
export type PlanContentView = PlanVersion['content'];
export type GoalDraft = PlanContentInput['goals'][number];
export type ActionDraft = PlanContentInput['actions'][number];

/** A plan with nothing in it yet: the first version starts from this. */
export function emptyPlan(): PlanContentInput {
  return {
    goals: [],
    actions: [],
    howWeLessenConcern: '',
    reevaluationOn: null,
    nextComposition: [],
    differingViews: '',
  };
}

/** An action's owner before one is chosen; the shared schema reports it as missing. */
export const unchosenPerson: PlanPerson = { kind: 'worker', id: '', name: '' };

export function isChosen(person: PlanPerson): boolean {
  return person.id !== '';
}

/** Goals and actions get their ids in the browser, so that they stay the same through versions. */
export function newGoal(): GoalDraft {
  return { id: crypto.randomUUID(), familyWords: '', professionalWording: '' };
}

export function newAction(): ActionDraft {
  return {
    id: crypto.randomUUID(),
    what: '',
    owner: unchosenPerson,
    dueOn: null,
    status: 'not_started',
    goalId: null,
  };
}

/** The same person in a plan, whichever version or list they come from. */
export function personKey(person: Pick<PlanPerson, 'kind' | 'id'>): string {
  return `${person.kind}:${person.id}`;
}

function text(value: string | null | undefined): string | null {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? null : trimmed;
}

/** A draft in the shape of a saved version, so drafts and versions can be compared and merged. */
export function toView(draft: PlanContentInput): PlanContentView {
  return {
    // Fields the editor does not know (added to the contract later) travel along unchanged.
    goals: draft.goals.map((g) => ({
      ...g,
      familyWords: g.familyWords.trim(),
      professionalWording: text(g.professionalWording),
    })),
    actions: draft.actions.map((a) => ({
      ...a,
      what: a.what.trim(),
      owner: a.owner,
      dueOn: a.dueOn || null,
      status: a.status ?? 'not_started',
      goalId: a.goalId ?? null,
    })),
    howWeLessenConcern: text(draft.howWeLessenConcern),
    reevaluationOn: draft.reevaluationOn || null,
    nextComposition: draft.nextComposition ?? [],
    differingViews: text(draft.differingViews),
  };
}

/** A saved version's content as a draft for the editor: a deep copy, so editing never touches the cache. */
export function toDraft(content: PlanContentView): PlanContentInput {
  return structuredClone(content);
}

function nodes(value: unknown, path: string, into: Map<string, string>): void {
  into.set(path, JSON.stringify(value) ?? '');
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) nodes(child, path ? `${path}.${key}` : key, into);
  }
}

/**
 * The dotted paths where two drafts differ (every level, so `actions.0.owner` and
 * `actions.0.owner.id` both): a form clears the errors of these fields once the user has changed them.
 */
export function changedPaths(before: unknown, after: unknown): string[] {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  nodes(before, '', a);
  nodes(after, '', b);
  const paths = new Set([...a.keys(), ...b.keys()]);
  paths.delete('');
  return [...paths].filter((path) => a.get(path) !== b.get(path));
}
