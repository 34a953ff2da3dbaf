import type { MapMember } from '@verkosto/domain';

/** One change between two maps, in the order the later map lists its members. */
export type NetworkChange =
  | { kind: 'joined'; name: string }
  | { kind: 'left'; name: string }
  | { kind: 'ring'; name: string; from: MapMember['ring']; to: MapMember['ring'] }
  | { kind: 'quality'; name: string; from: MapMember['quality']; to: MapMember['quality'] }
  | {
      kind: 'support';
      name: string;
      from: MapMember['supportDirection'];
      to: MapMember['supportDirection'];
    }
  | { kind: 'choice'; name: string; from: MapMember['clientChoice']; to: MapMember['clientChoice'] };

/** What changed from the earlier map to the later one; members are matched by id. */
export function diffNetworks(earlier: readonly MapMember[], later: readonly MapMember[]): NetworkChange[] {
  const before = new Map(earlier.map((m) => [m.id, m]));
  const laterIds = new Set(later.map((m) => m.id));
  const changes: NetworkChange[] = [];
  for (const now of later) {
    const then = before.get(now.id);
    const name = now.name;
    if (!then) {
      changes.push({ kind: 'joined', name });
      continue;
    }
    if (then.ring !== now.ring) changes.push({ kind: 'ring', name, from: then.ring, to: now.ring });
    if (then.quality !== now.quality) {
      changes.push({ kind: 'quality', name, from: then.quality, to: now.quality });
    }
    if (then.supportDirection !== now.supportDirection) {
      changes.push({ kind: 'support', name, from: then.supportDirection, to: now.supportDirection });
    }
    if (then.clientChoice !== now.clientChoice) {
      changes.push({ kind: 'choice', name, from: then.clientChoice, to: now.clientChoice });
    }
  }
  for (const then of earlier) {
    if (!laterIds.has(then.id)) changes.push({ kind: 'left', name: then.name });
  }
  return changes;
}
