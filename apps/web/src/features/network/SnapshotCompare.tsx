import type { NetworkSnapshot } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { useSnapshot } from '../../api/network';
import { Loading } from '../../components/QueryState';
import { formatDate, formatTime } from '../../i18n/format';
import { useRingLabel } from './MemberTable';
import { NetworkMap } from './NetworkMap';
import { diffNetworks, type NetworkChange } from './snapshot-diff';

interface Props {
  earlierId: string;
  laterId: string;
  clientName: string;
}

/** Two saved maps side by side, and what changed between them in plain words. */
export function SnapshotCompare({ earlierId, laterId, clientName }: Props) {
  const { t } = useTranslation();
  const earlier = useSnapshot(earlierId);
  const later = useSnapshot(laterId);
  if (earlier.isError || later.isError) {
    return (
      <p className="notice notice-error" role="alert">
        {t('errors.code.internal_error')}
      </p>
    );
  }
  if (!earlier.data || !later.data) return <Loading />;
  const when = (s: NetworkSnapshot) =>
    t('network.snapshots.mapOf', {
      when: t('network.snapshots.when', { date: formatDate(s.takenAt), time: formatTime(s.takenAt) }),
    });
  return (
    <div className="network-compare">
      <div className="network-compare-maps">
        <NetworkMap members={earlier.data.members} clientName={clientName} caption={when(earlier.data)} />
        <NetworkMap members={later.data.members} clientName={clientName} caption={when(later.data)} />
      </div>
      <ChangeList changes={diffNetworks(earlier.data.members, later.data.members)} />
    </div>
  );
}

function ChangeList({ changes }: { changes: NetworkChange[] }) {
  const { t } = useTranslation();
  const ring = useRingLabel();
  const lower = (s: string) => s.toLocaleLowerCase();
  const say = (c: NetworkChange): string => {
    switch (c.kind) {
      case 'joined':
        return t('network.diff.joined', { name: c.name });
      case 'left':
        return t('network.diff.left', { name: c.name });
      case 'ring':
        return t('network.diff.ring', { name: c.name, from: ring(c.from), to: ring(c.to) });
      case 'quality':
        return t('network.diff.quality', {
          name: c.name,
          from: lower(t(`enums.relationshipQuality.${c.from}`)),
          to: lower(t(`enums.relationshipQuality.${c.to}`)),
        });
      case 'support':
        return t('network.diff.support', {
          name: c.name,
          from: lower(t(`enums.supportDirection.${c.from}`)),
          to: lower(t(`enums.supportDirection.${c.to}`)),
        });
      case 'choice':
        return t('network.diff.choice', {
          name: c.name,
          from: lower(t(`enums.clientChoice.${c.from}`)),
          to: lower(t(`enums.clientChoice.${c.to}`)),
        });
    }
  };
  return (
    <section aria-labelledby="network-changes" className="network-changes">
      <h4 id="network-changes">{t('network.snapshots.changes')}</h4>
      {changes.length === 0 ? (
        <p>{t('network.snapshots.noChanges')}</p>
      ) : (
        <ul>
          {changes.map((c, i) => (
            // A member may change in several ways; the order is stable for one pair of maps.
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is derived and never reordered
            <li key={i}>{say(c)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
