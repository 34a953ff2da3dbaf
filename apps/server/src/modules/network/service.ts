import type { Network, NetworkMember, NetworkSnapshot, zNetworkMemberInput } from '@verkosto/domain';
import type { z } from 'zod';
import { decideCaseAccess, factsOfFamilyCases, openedBy } from '../../access/case-facts';
import { DENIED, type Door, type RequestContext, throughDoor } from '../../access/door';
import { enterCase } from '../../access/enter-case';
import type { AppDeps } from '../../deps';
import { ApiError, staleVersion } from '../../http/errors';
import { isLinkableUser } from '../cases/repository';
import { subjectsOfCase } from '../cases/subjects';
import { mapMember, presentMember, readSnapshotMembers } from './presenter';
import * as repo from './repository';

type Options<I> = { deps: AppDeps; ctx: RequestContext; input: I };
type MemberInput = z.output<typeof zNetworkMemberInput>;

/**
 * The network belongs to its case. Reading follows the case, consents included (a consent opens
 * the other unit's case header, workers and network); keeping it is for the case's own workers.
 */
function enterNetwork(
  door: Door,
  caseId: string,
  access: 'read' | 'write',
  action: 'read' | 'create' | 'update',
) {
  return enterCase(door, caseId, access, { action, recordType: 'network' });
}

function fields(input: MemberInput): repo.MemberFields {
  return { ...input, ring: input.ring, userId: input.userId ?? null };
}

/** A professional named as a Verkosto user must be one who works with clients, or a purchaser. */
async function invalidUser(door: Door, input: MemberInput): Promise<ApiError | null> {
  if (!input.userId || (await isLinkableUser(door.tx, input.userId))) return null;
  return new ApiError('validation_failed', { userId: 'invalid' });
}

/**
 * Members the family shares from its other cases. Each of those cases is decided on its own: its
 * members show only where the actor may read that case, and each such read is logged as a read of
 * that case's network. Cases that share nothing are not touched.
 */
async function membersSharedByFamily(door: Door, caseId: string): Promise<NetworkMember[]> {
  const related = await factsOfFamilyCases(door.tx, caseId);
  const rows = await repo.membersSharedFrom(
    door.tx,
    related.map((c) => c.caseId),
  );
  const shown: NetworkMember[] = [];
  for (const facts of related) {
    const ofCase = rows.filter((r) => r.member.caseId === facts.caseId);
    if (ofCase.length === 0) continue;
    const decision = await decideCaseAccess(door.tx, door.actor, facts, 'read');
    if (!decision.allowed) continue;
    await door.log(
      {
        action: 'read',
        recordType: 'network',
        recordId: facts.caseId,
        subjectPersonIds: await subjectsOfCase(door.tx, facts.caseId),
        unitId: facts.unitId,
        ...openedBy(decision),
      },
      decision,
    );
    shown.push(...ofCase.map((r) => presentMember(r.member, { caseId: facts.caseId, unit: r.unit })));
  }
  return shown;
}

export function getNetwork({ deps, ctx, input }: Options<{ caseId: string }>) {
  return throughDoor<Network>(deps.db, ctx, async (door) => {
    const entered = await enterNetwork(door, input.caseId, 'read', 'read');
    if (!entered) return DENIED;
    const [members, shared, snapshots, client] = [
      await repo.membersOfCase(door.tx, input.caseId),
      await membersSharedByFamily(door, input.caseId),
      await repo.snapshotsOfCase(door.tx, input.caseId),
      await repo.clientOfCase(door.tx, input.caseId),
    ];
    return {
      caseId: input.caseId,
      client,
      members: [...members.map((m) => presentMember(m)), ...shared],
      snapshots: snapshots.map((s) => ({
        id: s.id,
        takenAt: s.takenAt.toISOString(),
        takenBy: s.takenBy,
        note: s.note,
      })),
      canEdit: entered.canEdit,
    };
  });
}

export function addMember({ deps, ctx, input }: Options<{ caseId: string; member: MemberInput }>) {
  return throughDoor<NetworkMember>(deps.db, ctx, async (door) => {
    if (!(await enterNetwork(door, input.caseId, 'write', 'create'))) return DENIED;
    const invalid = await invalidUser(door, input.member);
    if (invalid) return invalid;
    return presentMember(
      await repo.insertMember(door.tx, input.caseId, fields(input.member), door.actor.userId),
    );
  });
}

export function updateMember({
  deps,
  ctx,
  input,
}: Options<{ memberId: string; version: number; member: MemberInput }>) {
  return throughDoor<NetworkMember>(deps.db, ctx, async (door) => {
    const existing = await repo.findMember(door.tx, input.memberId);
    if (!existing) {
      await logMissingMember(door, input.memberId);
      return DENIED;
    }
    if (!(await enterNetwork(door, existing.caseId, 'write', 'update'))) return DENIED;
    const invalid = await invalidUser(door, input.member);
    if (invalid) return invalid;
    const updated = await repo.updateMember(door.tx, input.memberId, input.version, fields(input.member));
    return updated ? presentMember(updated) : staleVersion();
  });
}

export function removeMember({ deps, ctx, input }: Options<{ memberId: string }>) {
  return throughDoor<true>(deps.db, ctx, async (door) => {
    const existing = await repo.findMember(door.tx, input.memberId);
    if (!existing) {
      await logMissingMember(door, input.memberId);
      return DENIED;
    }
    if (!(await enterNetwork(door, existing.caseId, 'write', 'update'))) return DENIED;
    await repo.removeMember(door.tx, input.memberId);
    return true;
  });
}

async function logMissingMember(door: Door, memberId: string) {
  await door.log(
    { action: 'update', recordType: 'network', recordId: memberId, subjectPersonIds: [] },
    { allowed: false, reason: 'no_care_relationship' },
  );
}

export function takeSnapshot({ deps, ctx, input }: Options<{ caseId: string; note: string | null }>) {
  return throughDoor<NetworkSnapshot>(deps.db, ctx, async (door) => {
    if (!(await enterNetwork(door, input.caseId, 'write', 'create'))) return DENIED;
    return (await saveSnapshot(door, input.caseId, input.note)) ?? DENIED;
  });
}

/**
 * Saves the map as it stands, for a door already let into the case to write (a snapshot on demand,
 * or the one a network meeting takes when it ends).
 */
export async function saveSnapshot(door: Door, caseId: string, note: string | null) {
  const own = (await repo.membersOfCase(door.tx, caseId)).map((m) => presentMember(m));
  const members = [...own, ...(await membersSharedByFamily(door, caseId))].map(mapMember);
  const id = await repo.insertSnapshot(door.tx, caseId, door.actor.userId, note, members);
  const row = await repo.findSnapshot(door.tx, id);
  if (!row) return null;
  return { id, takenAt: row.takenAt.toISOString(), takenBy: row.takenBy, note: row.note, members };
}

export function getSnapshot({ deps, ctx, input }: Options<{ snapshotId: string }>) {
  return throughDoor<NetworkSnapshot>(deps.db, ctx, async (door) => {
    const row = await repo.findSnapshot(door.tx, input.snapshotId);
    if (!row) {
      await door.log(
        { action: 'read', recordType: 'network', recordId: input.snapshotId, subjectPersonIds: [] },
        { allowed: false, reason: 'no_care_relationship' },
      );
      return DENIED;
    }
    if (!(await enterNetwork(door, row.caseId, 'read', 'read'))) return DENIED;
    return {
      id: row.id,
      takenAt: row.takenAt.toISOString(),
      takenBy: row.takenBy,
      note: row.note,
      members: readSnapshotMembers(row.members),
    };
  });
}
