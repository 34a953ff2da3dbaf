import { z } from 'zod';
import { zId, zOptionalText, zRequiredText, zVersion } from './common';

/** Sectors of the network map (verkostokartta), clockwise from the top. */
export const networkSectors = [
  'family',
  'relatives',
  'friends',
  'school_work',
  'services',
  'hobbies',
  'other',
] as const;
export type NetworkSector = (typeof networkSectors)[number];
export const memberKinds = ['close_person', 'professional'] as const;
export const relationshipQualities = ['supportive', 'strained', 'broken'] as const;
export type RelationshipQuality = (typeof relationshipQualities)[number];
export const supportDirections = ['to_client', 'from_client', 'mutual', 'none'] as const;
export type SupportDirection = (typeof supportDirections)[number];
/** The client's own choice about the member: wanted in the work, not wanted (never invited), or not yet asked. */
export const clientChoices = ['wanted', 'not_wanted', 'not_asked'] as const;
export type ClientChoice = (typeof clientChoices)[number];
/** Closeness ring 1 (closest) to 3; null places the member outside the rings. */
export const zRing = z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable();

export const zNetworkMemberInput = z
  .object({
    kind: z.enum(memberKinds),
    name: zRequiredText(120),
    /** How the member relates to the client, in the worker's or the client's words ("mummi", "luokanopettaja"). */
    relation: zRequiredText(80),
    sector: z.enum(networkSectors),
    ring: zRing,
    quality: z.enum(relationshipQualities),
    supportDirection: z.enum(supportDirections),
    roleInWork: zOptionalText(300),
    organisation: zOptionalText(120),
    title: zOptionalText(120),
    phone: zOptionalText(30),
    email: zOptionalText(200),
    clientChoice: z.enum(clientChoices),
    invited: z.boolean(),
    /** A professional who is a Verkosto user. Being a member opens nothing: access follows the case and consents. */
    userId: zId.nullable().optional(),
    /** The family wants this member in the networks of its other cases too (where the reader may see that case). */
    sharedWithFamily: z.boolean().optional().default(false),
  })
  .superRefine((m, ctx) => {
    if (m.userId && m.kind !== 'professional') {
      ctx.addIssue({ code: 'custom', path: ['userId'], message: 'invalid' });
    }
    // The client decides: someone they do not want is never invited.
    if (m.invited && m.clientChoice !== 'wanted') {
      ctx.addIssue({ code: 'custom', path: ['invited'], message: 'invalid' });
    }
  });
export type NetworkMemberInput = z.input<typeof zNetworkMemberInput>;

export const zNetworkMemberUpdate = z.object({ version: zVersion, member: zNetworkMemberInput });

export const zNetworkMember = z.object({
  id: z.string(),
  version: z.number(),
  kind: z.enum(memberKinds),
  name: z.string(),
  relation: z.string(),
  sector: z.enum(networkSectors),
  ring: zRing,
  quality: z.enum(relationshipQualities),
  supportDirection: z.enum(supportDirections),
  roleInWork: z.string().nullable(),
  organisation: z.string().nullable(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  clientChoice: z.enum(clientChoices),
  invited: z.boolean(),
  userId: z.string().nullable(),
  sharedWithFamily: z.boolean(),
  /** Set when the member comes from another case of the family, shared by the family's wish: kept there. */
  fromCase: z.object({ caseId: z.string(), unit: z.string() }).nullable(),
});
export type NetworkMember = z.infer<typeof zNetworkMember>;

/** What a snapshot keeps of each member: what the map draws, without contact details. */
export const zMapMember = zNetworkMember.pick({
  id: true,
  kind: true,
  name: true,
  relation: true,
  sector: true,
  ring: true,
  quality: true,
  supportDirection: true,
  clientChoice: true,
});
export type MapMember = z.infer<typeof zMapMember>;

export const zSnapshotSummary = z.object({
  id: z.string(),
  takenAt: z.string(),
  takenBy: z.string(),
  note: z.string().nullable(),
});
export const zNetworkSnapshot = zSnapshotSummary.extend({ members: z.array(zMapMember) });
export type NetworkSnapshot = z.infer<typeof zNetworkSnapshot>;
export const zSnapshotInput = z.object({ note: zOptionalText(300) });

export const zNetwork = z.object({
  caseId: z.string(),
  /** The client in the centre of the map. */
  client: z.object({ firstNames: z.string(), lastName: z.string() }).nullable(),
  members: z.array(zNetworkMember),
  snapshots: z.array(zSnapshotSummary),
  /** False for a reader a consent let in: they see the network, the case's own workers keep it. */
  canEdit: z.boolean(),
});
export type Network = z.infer<typeof zNetwork>;

export const zNetworkMemberParams = z.object({ id: zId });
