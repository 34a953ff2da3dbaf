import type { MapMember } from '@verkosto/domain';
import { describe, expect, it } from 'vitest';
import { centre, placeMembers, qualityCounts, ringEdges } from '../src/features/network/map-layout';
import { diffNetworks } from '../src/features/network/snapshot-diff';

const member = (over: Partial<MapMember> & Pick<MapMember, 'id' | 'name'>): MapMember => ({
  kind: 'close_person',
  relation: 'mummi',
  sector: 'relatives',
  ring: 1,
  quality: 'supportive',
  supportDirection: 'to_client',
  clientChoice: 'wanted',
  ...over,
});

const distance = (p: { x: number; y: number }) => Math.hypot(p.x - centre, p.y - centre);

describe('placeMembers', () => {
  it('puts each member inside its ring, and those outside the rings beyond the last one', () => {
    const placed = placeMembers([
      member({ id: 'a', name: 'A', ring: 1 }),
      member({ id: 'b', name: 'B', ring: 2 }),
      member({ id: 'c', name: 'C', ring: 3 }),
      member({ id: 'd', name: 'D', ring: null }),
    ]);
    const [r1, r2, r3] = ringEdges;
    expect(distance(placed[0]?.at ?? { x: 0, y: 0 })).toBeLessThan(r1);
    expect(distance(placed[1]?.at ?? { x: 0, y: 0 })).toBeGreaterThan(r1);
    expect(distance(placed[1]?.at ?? { x: 0, y: 0 })).toBeLessThan(r2);
    expect(distance(placed[2]?.at ?? { x: 0, y: 0 })).toBeLessThan(r3);
    expect(distance(placed[3]?.at ?? { x: 0, y: 0 })).toBeGreaterThan(r3);
  });

  it('spreads members of one sector and ring evenly across the wedge', () => {
    const placed = placeMembers([
      member({ id: 'a', name: 'A', sector: 'family' }),
      member({ id: 'b', name: 'B', sector: 'family' }),
      member({ id: 'c', name: 'C', sector: 'family' }),
    ]);
    const angles = placed.map((p) => p.angle);
    const wedge = (2 * Math.PI) / 7;
    expect(angles[0]).toBeCloseTo(wedge / 4);
    expect(angles[1]).toBeCloseTo(wedge / 2);
    expect(angles[2]).toBeCloseTo((3 * wedge) / 4);
  });

  it('counts relationships by quality', () => {
    expect(
      qualityCounts([
        member({ id: 'a', name: 'A' }),
        member({ id: 'b', name: 'B', quality: 'strained' }),
        member({ id: 'c', name: 'C', quality: 'broken' }),
      ]),
    ).toEqual({ count: 3, supportive: 1, strained: 1, broken: 1 });
  });
});

describe('diffNetworks', () => {
  it('tells who joined and left and how the others changed', () => {
    const before = [
      member({ id: 'm', name: 'Mummi', ring: 2 }),
      member({ id: 'x', name: 'Naapuri', sector: 'friends' }),
    ];
    const after = [
      member({ id: 'm', name: 'Mummi', ring: 1, quality: 'strained', supportDirection: 'mutual' }),
      member({ id: 'k', name: 'Kuraattori', kind: 'professional', sector: 'school_work' }),
    ];
    expect(diffNetworks(before, after)).toEqual([
      { kind: 'ring', name: 'Mummi', from: 2, to: 1 },
      { kind: 'quality', name: 'Mummi', from: 'supportive', to: 'strained' },
      { kind: 'support', name: 'Mummi', from: 'to_client', to: 'mutual' },
      { kind: 'joined', name: 'Kuraattori' },
      { kind: 'left', name: 'Naapuri' },
    ]);
  });

  it('finds nothing between identical maps', () => {
    const map = [member({ id: 'a', name: 'A' })];
    expect(diffNetworks(map, map)).toEqual([]);
  });
});
