import type { ActionStatus } from '@verkosto/domain';
import { type PlanContentView, personKey } from './plan-draft';

type Goal = PlanContentView['goals'][number];
type Action = PlanContentView['actions'][number];

/**
 * One difference between two versions of a plan. Goals are named by the family's words and actions
 * by what is done, as the later version has them (the earlier one for what was removed).
 */
export type PlanChange =
  | { kind: 'goalAdded'; goal: string }
  | { kind: 'goalRemoved'; goal: string }
  | { kind: 'goalWords'; goal: string; from: string; to: string }
  | { kind: 'goalProfessional'; goal: string; from: string | null; to: string | null }
  | { kind: 'actionAdded'; action: string; owner: string }
  | { kind: 'actionRemoved'; action: string }
  | { kind: 'actionWhat'; action: string; from: string; to: string }
  | { kind: 'actionOwner'; action: string; from: string; to: string }
  | { kind: 'actionStatus'; action: string; from: ActionStatus; to: ActionStatus }
  | { kind: 'actionDue'; action: string; from: string | null; to: string | null }
  | { kind: 'actionGoal'; action: string; from: string | null; to: string | null }
  | { kind: 'concern'; from: string | null; to: string | null }
  | { kind: 'reevaluation'; from: string | null; to: string | null }
  | { kind: 'joined'; name: string }
  | { kind: 'left'; name: string }
  | { kind: 'differingViews'; from: string | null; to: string | null };

function goalWords(goals: readonly Goal[], id: string | null): string | null {
  return id === null ? null : (goals.find((g) => g.id === id)?.familyWords ?? null);
}

function diffGoals(earlier: readonly Goal[], later: readonly Goal[]): PlanChange[] {
  const before = new Map(earlier.map((g) => [g.id, g]));
  const changes: PlanChange[] = [];
  for (const now of later) {
    const then = before.get(now.id);
    const goal = now.familyWords;
    if (!then) {
      changes.push({ kind: 'goalAdded', goal });
      continue;
    }
    if (then.familyWords !== now.familyWords) {
      changes.push({ kind: 'goalWords', goal, from: then.familyWords, to: now.familyWords });
    }
    if (then.professionalWording !== now.professionalWording) {
      changes.push({
        kind: 'goalProfessional',
        goal,
        from: then.professionalWording,
        to: now.professionalWording,
      });
    }
  }
  const laterIds = new Set(later.map((g) => g.id));
  for (const then of earlier) {
    if (!laterIds.has(then.id)) changes.push({ kind: 'goalRemoved', goal: then.familyWords });
  }
  return changes;
}

function diffActions(earlier: PlanContentView, later: PlanContentView): PlanChange[] {
  const before = new Map(earlier.actions.map((a) => [a.id, a]));
  const changes: PlanChange[] = [];
  for (const now of later.actions) {
    const then: Action | undefined = before.get(now.id);
    const action = now.what;
    if (!then) {
      changes.push({ kind: 'actionAdded', action, owner: now.owner.name });
      continue;
    }
    if (then.what !== now.what) changes.push({ kind: 'actionWhat', action, from: then.what, to: now.what });
    if (personKey(then.owner) !== personKey(now.owner)) {
      changes.push({ kind: 'actionOwner', action, from: then.owner.name, to: now.owner.name });
    }
    if (then.status !== now.status) {
      changes.push({ kind: 'actionStatus', action, from: then.status, to: now.status });
    }
    if (then.dueOn !== now.dueOn)
      changes.push({ kind: 'actionDue', action, from: then.dueOn, to: now.dueOn });
    if (then.goalId !== now.goalId) {
      changes.push({
        kind: 'actionGoal',
        action,
        from: goalWords(earlier.goals, then.goalId),
        to: goalWords(later.goals, now.goalId),
      });
    }
  }
  const laterIds = new Set(later.actions.map((a) => a.id));
  for (const then of earlier.actions) {
    if (!laterIds.has(then.id)) changes.push({ kind: 'actionRemoved', action: then.what });
  }
  return changes;
}

/** What changed from the earlier version to the later one; goals and actions are matched by id. */
export function diffPlans(earlier: PlanContentView, later: PlanContentView): PlanChange[] {
  const changes = [...diffGoals(earlier.goals, later.goals), ...diffActions(earlier, later)];
  if (earlier.howWeLessenConcern !== later.howWeLessenConcern) {
    changes.push({ kind: 'concern', from: earlier.howWeLessenConcern, to: later.howWeLessenConcern });
  }
  if (earlier.reevaluationOn !== later.reevaluationOn) {
    changes.push({ kind: 'reevaluation', from: earlier.reevaluationOn, to: later.reevaluationOn });
  }
  const was = new Set(earlier.nextComposition.map(personKey));
  const is = new Set(later.nextComposition.map(personKey));
  for (const p of later.nextComposition)
    if (!was.has(personKey(p))) changes.push({ kind: 'joined', name: p.name });
  for (const p of earlier.nextComposition)
    if (!is.has(personKey(p))) changes.push({ kind: 'left', name: p.name });
  if (earlier.differingViews !== later.differingViews) {
    changes.push({ kind: 'differingViews', from: earlier.differingViews, to: later.differingViews });
  }
  return changes;
}
