import { decideCase } from '@verkosto/domain';
import { subjectsOfCase } from '../modules/cases/subjects';
import { decideCaseAccess, factsOfCase, openedBy } from './case-facts';
import type { AccessAction, Door, RecordType } from './door';

export interface CaseEntry {
  action: AccessAction;
  recordType: RecordType;
  /** The record inside the case (a meeting, a member); the case itself when not given. */
  recordId?: string;
}

/**
 * Enters a record that belongs to a case: reading follows the case (consents and stated bases
 * included), keeping it is for the case's own workers while it is open. The decision is logged either
 * way, with the persons the case is about; null when refused or when the case does not exist.
 */
export async function enterCase(door: Door, caseId: string, access: 'read' | 'write', entry: CaseEntry) {
  const facts = await factsOfCase(door.tx, caseId);
  const decision = facts
    ? await decideCaseAccess(door.tx, door.actor, facts, access)
    : ({ allowed: false, reason: 'no_care_relationship' } as const);
  const subjects = facts ? await subjectsOfCase(door.tx, caseId) : [];
  const allowed = await door.check(decision, {
    ...entry,
    recordId: entry.recordId ?? caseId,
    subjectPersonIds: subjects,
    unitId: facts?.unitId,
    ...openedBy(decision),
  });
  if (!allowed || !facts || !decision.allowed) return null;
  return { facts, subjects, decision, canEdit: decideCase(door.actor, facts, 'write').allowed };
}
