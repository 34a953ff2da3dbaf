import { DENIED, type Door, throughDoor } from '../../access/door';
import { enterMeeting } from './access';
import { type InvitationFacts, invitationEmail, invitationIcs } from './invitation';
import { queueMessage } from './outbox';
import * as repo from './repository';
import type { Options } from './service';

/**
 * The three facts an invitation may carry. A home visit's place is left out when anyone the case is
 * about lives under address protection: the worker may have written the address there.
 */
async function factsOf(door: Door, meeting: repo.MeetingRow, subjects: string[]): Promise<InvitationFacts> {
  const hidePlace = meeting.setting === 'home' && (await repo.caseHasProtectedAddress(door.tx, subjects));
  return {
    meetingId: meeting.id,
    startsAt: meeting.startsAt,
    durationMinutes: meeting.durationMinutes,
    place: hidePlace ? null : meeting.place,
    contact: await repo.contactOf(door.tx, meeting),
  };
}

export function invitationFile({ deps, ctx, input }: Options<{ meetingId: string }>) {
  return throughDoor<string>(deps.db, ctx, async (door) => {
    const entered = await enterMeeting(door, input.meetingId, 'read', {
      action: 'read',
      recordType: 'meeting',
    });
    if (!entered) return DENIED;
    return invitationIcs(await factsOf(door, entered.meeting, entered.subjects));
  });
}

/** Queues an e-mail with the calendar file to each chosen participant who has an address. */
export function sendInvitations({
  deps,
  ctx,
  input,
}: Options<{ meetingId: string; participantIds: string[] }>) {
  return throughDoor<{ queued: number; withoutAddress: string[] }>(deps.db, ctx, async (door) => {
    const entered = await enterMeeting(door, input.meetingId, 'write', {
      action: 'create',
      recordType: 'meeting',
    });
    if (!entered) return DENIED;
    const facts = await factsOf(door, entered.meeting, entered.subjects);
    const chosen = (await repo.participantsOf(door.tx, input.meetingId)).filter((p) =>
      input.participantIds.includes(p.id),
    );
    const { subject, body } = invitationEmail(facts);
    const ics = invitationIcs(facts);
    const withoutAddress: string[] = [];
    let queued = 0;
    for (const p of chosen) {
      if (!p.email) {
        withoutAddress.push(p.name);
        continue;
      }
      await queueMessage(door.tx, { meetingId: input.meetingId, toAddress: p.email, subject, body, ics });
      queued += 1;
    }
    return { queued, withoutAddress };
  });
}
