import type { TeamSummary } from '@verkosto/domain';
import { membersByUnit } from './team-words';

/** "Perheneuvola: Aino Virtanen, Marja Kallio", a line per unit. */
export function MembersByUnit({ members }: { members: TeamSummary['members'] }) {
  return (
    <ul className="team-units">
      {membersByUnit(members).map((group) => (
        <li key={group.unit}>
          <span className="team-unit-name">{group.unit}</span>
          <span>{group.members.map((m) => m.name).join(', ')}</span>
        </li>
      ))}
    </ul>
  );
}
