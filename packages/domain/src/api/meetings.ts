import { z } from 'zod';
import { zId, zOptionalText, zRequiredText } from './common';
import { zPlanContent } from './plans';

export const meetingTypes = [
  'intake',
  'assessment_visit',
  'home_visit',
  'network_meeting',
  'client_meeting',
  'phone_call',
  'remote_meeting',
  'group_session',
] as const;
export type MeetingType = (typeof meetingTypes)[number];

/** Where the work happens (seed 000): at home, in a familiar place, at the office, remotely, by phone. */
export const meetingSettings = ['home', 'familiar_place', 'office', 'remote', 'phone'] as const;
export type MeetingSetting = (typeof meetingSettings)[number];

export const meetingStatuses = ['planned', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export const attendanceValues = ['attended', 'absent'] as const;
export type Attendance = (typeof attendanceValues)[number];

/** The sections of a family and network work note (seed 000), and free text. */
export const noteSections = [
  'informationShared',
  'jointDiscussion',
  'plansAgreed',
  'evaluation',
  'rolesAndDivision',
  'toolsAdopted',
  'networkInDailyLife',
  'freeText',
] as const;
export type NoteSection = (typeof noteSections)[number];

export const noteStatuses = ['draft', 'signed'] as const;

/** An instant with its offset, as the browser sends it (`2026-11-24T13:00:00.000Z`). */
export const zInstant = z.iso.datetime({ offset: true, error: 'invalid_date' });

export const zMeetingInput = z
  .object({
    type: z.enum(meetingTypes, { error: 'required' }),
    setting: z.enum(meetingSettings, { error: 'required' }),
    startsAt: zInstant,
    durationMinutes: z
      .number({ error: 'required' })
      .int({ error: 'invalid' })
      .min(5, { error: 'invalid' })
      .max(600, { error: 'invalid' }),
    /** Free text shown in invitations. A protected address is never written here by the system. */
    place: zOptionalText(200),
    /** One or two workers: pair work when two. */
    workerIds: z.array(zId).min(1, { error: 'required' }).max(2, { error: 'invalid' }),
    /** Network members taking part: only those the client wants in the work. */
    participantMemberIds: z.array(zId).max(40, { error: 'invalid' }).default([]),
    clientTakesPart: z.boolean().default(true),
    agenda: z.array(zRequiredText(300)).max(30, { error: 'invalid' }).default([]),
  })
  .superRefine((m, ctx) => {
    if (new Set(m.workerIds).size !== m.workerIds.length) {
      ctx.addIssue({ code: 'custom', path: ['workerIds'], message: 'same_worker_twice' });
    }
    if (new Set(m.participantMemberIds).size !== m.participantMemberIds.length) {
      ctx.addIssue({ code: 'custom', path: ['participantMemberIds'], message: 'duplicate_member' });
    }
  });
export type MeetingInput = z.input<typeof zMeetingInput>;

export const zMeetingUpdate = z.object({ version: z.number().int().min(1), meeting: zMeetingInput });

const zWorker = z.object({ id: z.string(), displayName: z.string(), title: z.string() });

export const zParticipant = z.object({
  id: z.string(),
  memberId: z.string(),
  name: z.string(),
  relation: z.string(),
  attendance: z.enum(attendanceValues).nullable(),
});
export type Participant = z.infer<typeof zParticipant>;

/** One participant's view recorded in the note; `ownWords` keeps the client's words as theirs. */
export const zParticipantView = z.object({
  /** A participant's id, or null for the client themselves. */
  participantId: zId.nullable(),
  text: zRequiredText(4000),
  ownWords: z.boolean().default(false),
});

export const zNoteSections = z.object(
  Object.fromEntries(noteSections.map((s) => [s, zOptionalText(8000)])) as Record<
    NoteSection,
    ReturnType<typeof zOptionalText>
  >,
);

/** A draft save: the whole note over the version the writer saw (0 before the first save). */
export const zNoteDraft = z.object({
  version: z.number().int().min(0),
  sections: zNoteSections,
  views: z.array(zParticipantView).max(60).default([]),
  attendance: z
    .array(z.object({ participantId: zId, attendance: z.enum(attendanceValues).nullable() }))
    .max(60)
    .default([]),
});
export type NoteDraft = z.input<typeof zNoteDraft>;

export const zSignNote = z.object({ version: z.number().int().min(1) });
export const zAddendumInput = z.object({ text: zRequiredText(4000) });

export const zMeetingNote = z.object({
  version: z.number(),
  status: z.enum(noteStatuses),
  sections: z.record(z.enum(noteSections), z.string().nullable()),
  views: z.array(
    z.object({
      participantId: z.string().nullable(),
      name: z.string(),
      text: z.string(),
      ownWords: z.boolean(),
    }),
  ),
  updatedAt: z.string(),
  updatedBy: z.string(),
  signedBy: z.string().nullable(),
  signedAt: z.string().nullable(),
  addenda: z.array(z.object({ id: z.string(), text: z.string(), author: z.string(), createdAt: z.string() })),
});
export type MeetingNote = z.infer<typeof zMeetingNote>;

export const zMeetingSummary = z.object({
  id: z.string(),
  caseId: z.string(),
  type: z.enum(meetingTypes),
  setting: z.enum(meetingSettings),
  startsAt: z.string(),
  durationMinutes: z.number(),
  status: z.enum(meetingStatuses),
  workers: z.array(zWorker),
  noteStatus: z.enum(noteStatuses).nullable(),
});
export type MeetingSummary = z.infer<typeof zMeetingSummary>;

export const zMeeting = zMeetingSummary.extend({
  version: z.number(),
  place: z.string().nullable(),
  clientTakesPart: z.boolean(),
  participants: z.array(zParticipant),
  agenda: z.array(z.string()),
  note: zMeetingNote.nullable(),
  /** The case's own workers keep meetings; a reader let in by consent only reads. */
  canEdit: z.boolean(),
});
export type Meeting = z.infer<typeof zMeeting>;

export const zMeetingList = z.object({ meetings: z.array(zMeetingSummary), canEdit: z.boolean() });
export type MeetingList = z.infer<typeof zMeetingList>;

export const zCancelMeeting = z.object({ version: z.number().int().min(1) });

/** E-mail invitations to the participants who have an address: time, place and a contact only. */
export const zInvitationRequest = z.object({ participantIds: z.array(zId).min(1).max(40) });
export const zInvitationResult = z.object({ queued: z.number(), withoutAddress: z.array(z.string()) });

export const zOutboxMessage = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export const zOutbox = z.object({ messages: z.array(zOutboxMessage) });
export type Outbox = z.infer<typeof zOutbox>;

/**
 * Ending a network meeting on one screen: the note is saved and signed, and together with it, in one
 * transaction, the plan version the meeting agreed, a snapshot of the network map and the next
 * evaluation meeting with the agreed composition. Either all of it is saved or none.
 */
export const zConcludeMeeting = z.object({
  note: zNoteDraft,
  plan: z.object({ basedOn: z.number().int().min(0), content: zPlanContent }).nullable(),
  nextMeeting: z
    .object({
      startsAt: zInstant,
      durationMinutes: z.number().int().min(5).max(600),
      setting: z.enum(meetingSettings),
      place: zOptionalText(200),
      workerIds: z.array(zId).min(1).max(2),
      participantMemberIds: z.array(zId).max(40).default([]),
    })
    .nullable(),
});
export type ConcludeMeeting = z.input<typeof zConcludeMeeting>;

export const zConcludedMeeting = z.object({
  meeting: zMeeting,
  planVersionNo: z.number().nullable(),
  snapshotId: z.string(),
  nextMeetingId: z.string().nullable(),
});
export type ConcludedMeeting = z.infer<typeof zConcludedMeeting>;
