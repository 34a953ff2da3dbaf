import { type ConcernZone, zoneNumber } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';

/** "Zone 3: Considerable concern – upper grey zone": the number and the name, in words. */
export function useZoneLabel(): (zone: ConcernZone) => string {
  const { t } = useTranslation();
  return (zone) => t('concerns.zoneLabel', { n: zoneNumber(zone), name: t(`enums.concernZone.${zone}`) });
}

/** A zone's colour swatch; decorative, the words beside it say the zone. */
export function ZoneSwatch({ zone }: { zone: ConcernZone }) {
  return <span className={`zone-swatch zone-${zone}`} aria-hidden="true" />;
}

/** The zone by its number, name and colour: never by colour alone. */
export function ZoneBadge({ zone }: { zone: ConcernZone }) {
  const label = useZoneLabel();
  return (
    <span className={`zone-badge zone-badge-${zone}`}>
      <ZoneSwatch zone={zone} />
      {label(zone)}
    </span>
  );
}
