import type { ConcludedMeeting, PlanContent, zConcludeMeeting } from '@verkosto/domain';
import type { z } from 'zod';
import { DENIED, type Door, throughDoor } from '../../access/door';
import { ApiError } from '../../http/errors';
import { saveSnapshot } from '../network/service';
import { savePlanVersion } from '../plans/service';
import { enterMeeting } from './access';
import { signDraft, writeDraft } from './notes';
import * as repo from './repository';
import { invalidMeeting, loadMeeting, meetingFields, type Options } from './service';

type Conclusion = z.output<typeof zConcludeMeeting>;

/** The next evaluation's agenda: the plan's actions still open, carried over to be followed up. */
function carriedOver(content: PlanContent | null): string[] {
  if (!content) return [];
  return content.actions
    .filter((a) => a.status === 'not_started' || a.status === 'in_progress')
    .slice(0, 30)
    .map((a) => `${a.what} (${a.owner.name})`.slice(0, 300));
}

async function scheduleNext(
  door: Door,
  meeting: repo.MeetingRow,
  next: Conclusion['nextMeeting'],
  plan: PlanContent | null,
) {
  if (!next) return null;
  const input = {
    ...next,
    type: 'network_meeting' as const,
    clientTakesPart: meeting.clientTakesPart,
    agenda: carriedOver(plan),
  };
  const invalid = await invalidMeeting(door, meeting.caseId, input);
  if (invalid) {
    // The fields belong to the next meeting in this form.
    return new ApiError(
      'validation_failed',
      Object.fromEntries(Object.entries(invalid.fields ?? {}).map(([k, v]) => [`nextMeeting.${k}`, v])),
    );
  }
  const row = await repo.insertMeeting(door.tx, meeting.caseId, meetingFields(input), door.actor.userId);
  await repo.setParticipants(door.tx, row.id, input.participantMemberIds);
  return row.id;
}

/**
 * Ends a network meeting: the note is saved and signed, and with it the plan version the meeting
 * agreed, a snapshot of the network map and the next evaluation with the agreed composition. All of
 * it, or — on a stale version or an invalid field anywhere — none of it.
 */
export function concludeMeeting({ deps, ctx, input }: Options<{ meetingId: string } & Conclusion>) {
  return throughDoor<ConcludedMeeting>(deps.db, ctx, async (door) => {
    const entered = await enterMeeting(door, input.meetingId, 'write', {
      action: 'sign',
      recordType: 'meeting_note',
    });
    if (!entered) return DENIED;
    const { meeting, subjects, facts } = entered;
    const outcome = await door.allOrNothing(async (d) => {
      const written = await writeDraft(d, meeting, input.note);
      if (written instanceof ApiError) return written;
      const refused = await signDraft(d, meeting.id, written.version);
      if (refused) return refused;
      const plan = input.plan
        ? await savePlanVersion(
            d,
            {
              caseId: meeting.caseId,
              basedOn: input.plan.basedOn,
              content: input.plan.content,
              meetingId: meeting.id,
            },
            'plan.content',
          )
        : null;
      if (plan instanceof ApiError) return plan;
      const snapshot = await saveSnapshot(d, meeting.caseId, null);
      if (!snapshot) return new ApiError('internal_error');
      const nextMeetingId = await scheduleNext(d, meeting, input.nextMeeting, plan?.content ?? null);
      if (nextMeetingId instanceof ApiError) return nextMeetingId;
      return { planVersionNo: plan?.versionNo ?? null, snapshotId: snapshot.id, nextMeetingId };
    });
    if (outcome instanceof ApiError) return outcome;
    // What the meeting created is logged beside the signing, each as its own kind of record.
    const entry = {
      action: 'create',
      recordId: meeting.caseId,
      subjectPersonIds: subjects,
      unitId: facts.unitId,
    } as const;
    const decision = entered.decision;
    if (outcome.planVersionNo !== null) await door.log({ ...entry, recordType: 'plan' }, decision);
    await door.log({ ...entry, recordType: 'network' }, decision);
    if (outcome.nextMeetingId)
      await door.log({ ...entry, recordType: 'meeting', recordId: outcome.nextMeetingId }, decision);
    const fresh = await repo.findMeeting(door.tx, meeting.id);
    if (!fresh) return DENIED;
    return { meeting: await loadMeeting(door, fresh, true), ...outcome };
  });
}
