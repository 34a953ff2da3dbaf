import {
  type ClientChoice,
  type MapMember,
  type memberKinds,
  type NetworkMember,
  type NetworkSector,
  type RelationshipQuality,
  type SupportDirection,
  zMapMember,
} from '@verkosto/domain';
import type { MemberRow } from './repository';

type Kind = (typeof memberKinds)[number];

export function presentMember(
  row: MemberRow,
  fromCase: { caseId: string; unit: string } | null = null,
): NetworkMember {
  return {
    id: row.id,
    version: row.version,
    kind: row.kind as Kind,
    name: row.name,
    relation: row.relation,
    sector: row.sector as NetworkSector,
    ring: row.ring === 1 || row.ring === 2 || row.ring === 3 ? row.ring : null,
    quality: row.quality as RelationshipQuality,
    supportDirection: row.supportDirection as SupportDirection,
    roleInWork: row.roleInWork,
    organisation: row.organisation,
    title: row.title,
    phone: row.phone,
    email: row.email,
    clientChoice: row.clientChoice as ClientChoice,
    invited: row.invited,
    userId: row.userId,
    sharedWithFamily: row.sharedWithFamily,
    fromCase,
  };
}

/** What a snapshot keeps: the map's own fields, never contact details. */
export function mapMember(member: NetworkMember): MapMember {
  return zMapMember.parse(member);
}

/** Snapshots are stored as JSON; anything that does not read as a map member is left out, not guessed. */
export function readSnapshotMembers(members: unknown[]): MapMember[] {
  return members.flatMap((m) => {
    const parsed = zMapMember.safeParse(m);
    return parsed.success ? [parsed.data] : [];
  });
}
