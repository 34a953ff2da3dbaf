import { type MapMember, type NetworkSector, networkSectors } from '@verkosto/domain';

/** The map's drawing space; everything below is in these units. */
export const mapSize = 800;
export const centre = mapSize / 2;
/** Room on both sides for the sector names, which run outwards from the circle. */
export const sideMargin = 170;
export const clientRadius = 46;
/** Outer edges of rings 1–3; members outside the rings sit on a band beyond the last. */
export const ringEdges = [130, 205, 280] as const;
export const outerEdge = 345;
export const nodeRadius = 13;
const nodeRadii = { 1: 90, 2: 168, 3: 243, outside: 313 } as const;

const wedge = (2 * Math.PI) / networkSectors.length;

export interface Point {
  x: number;
  y: number;
}

/** A point at an angle (0 = straight up, growing clockwise) and a distance from the centre. */
export function polar(angle: number, radius: number): Point {
  return { x: centre + radius * Math.sin(angle), y: centre - radius * Math.cos(angle) };
}

export function sectorStart(sector: NetworkSector): number {
  return networkSectors.indexOf(sector) * wedge;
}

/** Where each sector's label goes: the middle of its wedge, beyond the outer band. */
export function sectorLabelAt(sector: NetworkSector): Point {
  return polar(sectorStart(sector) + wedge / 2, outerEdge + 24);
}

/** The lines between wedges, from the client's circle to the outer band. */
export function sectorDividers(): [Point, Point][] {
  return networkSectors.map((s) => [polar(sectorStart(s), clientRadius), polar(sectorStart(s), outerEdge)]);
}

export type RingKey = keyof typeof nodeRadii;

export function ringKey(ring: MapMember['ring']): RingKey {
  return ring ?? 'outside';
}

export interface PlacedMember<M extends MapMember> {
  member: M;
  at: Point;
  /** Where the line from the client starts and ends: on the edges of the two circles. */
  from: Point;
  to: Point;
  angle: number;
}

/**
 * Places every member in its sector's wedge at its ring's distance, spread evenly within the
 * wedge; members who share a sector and ring keep the order they were given in.
 */
export function placeMembers<M extends MapMember>(members: readonly M[]): PlacedMember<M>[] {
  const groups = new Map<string, M[]>();
  for (const m of members) {
    const key = `${m.sector}:${ringKey(m.ring)}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return members.map((member) => {
    const group = groups.get(`${member.sector}:${ringKey(member.ring)}`) ?? [member];
    const index = group.indexOf(member);
    const angle = sectorStart(member.sector) + ((index + 1) / (group.length + 1)) * wedge;
    const radius = nodeRadii[ringKey(member.ring)];
    return {
      member,
      angle,
      at: polar(angle, radius),
      from: polar(angle, clientRadius),
      to: polar(angle, radius - nodeRadius - 1),
    };
  });
}

/** How many relationships of each quality, for the map's spoken summary. */
export function qualityCounts(members: readonly MapMember[]) {
  return {
    count: members.length,
    supportive: members.filter((m) => m.quality === 'supportive').length,
    strained: members.filter((m) => m.quality === 'strained').length,
    broken: members.filter((m) => m.quality === 'broken').length,
  };
}
