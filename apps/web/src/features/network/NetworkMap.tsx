import { type MapMember, networkSectors, relationshipQualities } from '@verkosto/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  centre,
  clientRadius,
  mapSize,
  nodeRadius,
  outerEdge,
  placeMembers,
  qualityCounts,
  ringEdges,
  sectorDividers,
  sectorLabelAt,
  sideMargin,
} from './map-layout';

const dash: Record<MapMember['quality'], string | undefined> = {
  supportive: undefined,
  strained: '10 7',
  broken: '2 6',
};

interface Props {
  members: readonly MapMember[];
  /** The client's first name, drawn in the centre. */
  clientName: string;
  /** A heading-like line above the map, such as the date of a saved map. */
  caption?: string;
}

/**
 * The network map (verkostokartta) as our own SVG: the client in the centre, closeness rings,
 * one wedge per sector. It is a picture with a spoken summary; the member table beside it is
 * the full accessible equivalent.
 */
export function NetworkMap({ members, clientName, caption }: Props) {
  const { t } = useTranslation();
  // Two maps may be on the page at once: every id inside is this map's own.
  const base = `map${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const titleId = `${base}-title`;
  const descId = `${base}-desc`;
  const arrowId = `${base}-arrow`;
  const placed = placeMembers(members);

  return (
    <figure className="network-map">
      {caption && <figcaption className="network-map-caption">{caption}</figcaption>}
      <svg
        viewBox={`${-sideMargin} 0 ${mapSize + 2 * sideMargin} ${mapSize}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        className="network-map-svg"
      >
        <title id={titleId}>{t('network.map.title', { name: clientName })}</title>
        <desc id={descId}>{t('network.map.summary', qualityCounts(members))}</desc>
        <defs>
          {relationshipQualities.map((quality) => (
            <marker
              key={quality}
              id={`${arrowId}-${quality}`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="6"
              markerHeight="6"
              orient="auto-start-reverse"
            >
              <path d="M0 0 10 5 0 10Z" className={`network-arrow network-arrow-${quality}`} />
            </marker>
          ))}
        </defs>
        <circle cx={centre} cy={centre} r={outerEdge} className="network-band" />
        {[...ringEdges].reverse().map((r, i) => (
          <circle key={r} cx={centre} cy={centre} r={r} className={`network-ring network-ring-${3 - i}`} />
        ))}
        {sectorDividers().map(([a, b]) => (
          <line key={`${a.x}-${a.y}`} x1={a.x} y1={a.y} x2={b.x} y2={b.y} className="network-divider" />
        ))}
        {ringEdges.map((r, i) => (
          <text key={r} x={centre + 4} y={centre - r + 16} className="network-ring-label">
            {i + 1}
          </text>
        ))}
        {networkSectors.map((sector) => {
          const at = sectorLabelAt(sector);
          return (
            <text
              key={sector}
              x={at.x}
              y={at.y}
              textAnchor={Math.abs(at.x - centre) < 30 ? 'middle' : at.x > centre ? 'start' : 'end'}
              dominantBaseline="middle"
              className="network-sector-label"
            >
              {t(`enums.networkSector.${sector}`)}
            </text>
          );
        })}
        {placed.map(({ member, from, to }) => {
          const d = member.supportDirection;
          const arrow = `url(#${arrowId}-${member.quality})`;
          const mid = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
          return (
            <g key={`line-${member.id}`} className={`network-line network-line-${member.quality}`}>
              <line
                x1={from.x}
                y1={from.y}
                x2={to.x}
                y2={to.y}
                strokeDasharray={dash[member.quality]}
                markerStart={d === 'to_client' || d === 'mutual' ? arrow : undefined}
                markerEnd={d === 'from_client' || d === 'mutual' ? arrow : undefined}
              />
              {member.quality === 'broken' && (
                <path d={`M${mid.x - 7} ${mid.y - 7}l14 14m0 -14l-14 14`} className="network-cross" />
              )}
            </g>
          );
        })}
        <circle cx={centre} cy={centre} r={clientRadius} className="network-client" />
        <text
          x={centre}
          y={centre}
          textAnchor="middle"
          dominantBaseline="middle"
          className="network-client-name"
        >
          {clientName}
        </text>
        {placed.map(({ member, at, angle }) => {
          const notWanted = member.clientChoice === 'not_wanted';
          // Names go outwards from the node: to the right on the right half, to the left on the left.
          const right = Math.sin(angle) >= -0.05;
          const lx = at.x + (right ? nodeRadius + 4 : -(nodeRadius + 4));
          return (
            <g
              key={member.id}
              className={notWanted ? 'network-node network-node-not-wanted' : 'network-node'}
            >
              {notWanted && <circle cx={at.x} cy={at.y} r={nodeRadius + 4} className="network-node-ring" />}
              <circle
                cx={at.x}
                cy={at.y}
                r={nodeRadius}
                className={`network-node-dot network-kind-${member.kind}`}
              />
              <text x={lx} y={at.y} textAnchor={right ? 'start' : 'end'} className="network-node-name">
                <tspan x={lx} dy="-0.15em">
                  {member.name}
                </tspan>
                <tspan x={lx} dy="1.1em" className="network-node-relation">
                  {notWanted ? `${member.relation} ${t('network.map.notWanted')}` : member.relation}
                </tspan>
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** Line styles and arrows in words: the map never says anything by colour alone. */
export function NetworkMapLegend() {
  const { t } = useTranslation();
  const base = `legend${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  let samples = 0;
  const sample = (props: { dash?: string; start?: boolean; end?: boolean; cross?: boolean }) => {
    samples += 1;
    const arrowId = `${base}-${samples}`;
    return (
      <svg viewBox="0 0 60 16" className="legend-sample" aria-hidden="true" focusable="false">
        <defs>
          <marker
            id={arrowId}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="6"
            markerHeight="6"
            orient="auto-start-reverse"
          >
            <path d="M0 0 10 5 0 10Z" className="network-arrow" />
          </marker>
        </defs>
        <circle cx="4" cy="8" r="4" className="network-client" />
        <line
          x1="9"
          y1="8"
          x2="56"
          y2="8"
          className="legend-line"
          strokeDasharray={props.dash}
          markerStart={props.start ? `url(#${arrowId})` : undefined}
          markerEnd={props.end ? `url(#${arrowId})` : undefined}
        />
        {props.cross && <path d="M23 1l14 14m0 -14l-14 14" className="network-cross" />}
      </svg>
    );
  };
  return (
    <div className="network-legend">
      <h3>{t('network.map.legend')}</h3>
      <ul>
        <li>
          {sample({})}
          {t('network.map.supportive')}
        </li>
        <li>
          {sample({ dash: dash.strained })}
          {t('network.map.strained')}
        </li>
        <li>
          {sample({ dash: dash.broken, cross: true })}
          {t('network.map.broken')}
        </li>
        <li>
          {sample({ start: true })}
          {t('network.map.toClient')}
        </li>
        <li>
          {sample({ end: true })}
          {t('network.map.fromClient')}
        </li>
        <li>
          {sample({ start: true, end: true })}
          {t('network.map.mutual')}
        </li>
        <li>
          {sample({})}
          {t('network.map.none')}
        </li>
        <li>
          <svg
            viewBox="0 0 60 32"
            className="legend-sample legend-sample-node"
            aria-hidden="true"
            focusable="false"
          >
            <circle cx="30" cy="16" r="13" className="network-node-ring" />
            <circle cx="30" cy="16" r="9" className="network-node-dot network-kind-close_person" />
          </svg>
          {t('network.map.notWantedLegend')}
        </li>
      </ul>
      <p>{t('network.map.rings')}</p>
    </div>
  );
}
