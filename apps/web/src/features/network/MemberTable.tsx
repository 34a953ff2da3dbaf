import type { Network, NetworkMember } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { MemberForm } from './MemberForm';
import { ringKey } from './map-layout';
import { RemoveMemberDialog } from './RemoveMemberDialog';

interface Props {
  network: Network;
  onSaved: (what: 'updated' | 'removed') => void;
  onReload: () => Promise<Network | undefined>;
}

/**
 * The members as a table: everything the map shows, in words, and contact details besides. Members
 * the family shares from its other cases are listed too, and say which case keeps them.
 */
export function MemberTable({ network, onSaved, onReload }: Props) {
  const { t } = useTranslation();
  if (network.members.length === 0) return <p className="muted">{t('network.empty')}</p>;
  return (
    // A reader has no buttons in the table: the wrapper itself takes focus so that a wide table can be
    // scrolled by keyboard (axe: scrollable-region-focusable).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-wrap" tabIndex={0} aria-label={t('network.list.heading')}>
      <table className="table table-compact network-table">
        <caption className="visually-hidden">{t('network.list.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('network.list.name')}</th>
            <th scope="col">{t('network.list.relation')}</th>
            <th scope="col">{t('network.list.sector')}</th>
            <th scope="col">{t('network.list.ring')}</th>
            <th scope="col">{t('network.list.quality')}</th>
            <th scope="col">{t('network.list.support')}</th>
            <th scope="col">{t('network.list.roleInWork')}</th>
            <th scope="col">{t('network.list.clientChoice')}</th>
            <th scope="col">{t('network.list.invited')}</th>
            <th scope="col">{t('network.list.contact')}</th>
            {network.canEdit && (
              <th scope="col" className="no-print">
                {t('network.list.actions')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {network.members.map((m) => (
            <MemberRow key={m.id} member={m} network={network} onSaved={onSaved} onReload={onReload} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function MemberRow({
  member: m,
  network,
  onSaved,
  onReload,
}: {
  member: NetworkMember;
  network: Network;
  onSaved: Props['onSaved'];
  onReload: Props['onReload'];
}) {
  const { t } = useTranslation();
  const contact = [m.organisation, m.title, m.phone, m.email].filter((v): v is string => Boolean(v));
  return (
    <tr>
      <th scope="row">
        {m.name}
        <span className="dd-detail">{t(`enums.memberKind.${m.kind}`)}</span>
        {m.userId && <span className="dd-detail">{t('network.list.linkedUser')}</span>}
        {m.fromCase ? (
          <span className="dd-detail">{t('network.list.fromCase', { unit: m.fromCase.unit })}</span>
        ) : (
          m.sharedWithFamily && <span className="dd-detail">{t('network.list.shared')}</span>
        )}
      </th>
      <td>{m.relation}</td>
      <td>{t(`enums.networkSector.${m.sector}`)}</td>
      <td>{m.ring ?? t('network.ringShort.outside')}</td>
      <td>{t(`enums.relationshipQuality.${m.quality}`)}</td>
      <td>{t(`enums.supportDirection.${m.supportDirection}`)}</td>
      <td>{m.roleInWork ?? ''}</td>
      <td>
        <span className={`network-choice network-choice-${m.clientChoice}`}>
          {m.clientChoice === 'not_wanted' && <Icon name="close" />}
          {m.clientChoice === 'wanted' && <Icon name="check" />}
          {t(`enums.clientChoice.${m.clientChoice}`)}
        </span>
      </td>
      <td>{m.invited ? t('common.yes') : t('common.no')}</td>
      <td>
        {m.kind === 'professional' &&
          contact.map((line) => (
            <span key={line} className="network-contact-line">
              {line}
            </span>
          ))}
      </td>
      {network.canEdit && (
        <td className="no-print">
          {m.fromCase ? (
            // Shared by the family from another of its cases: kept there, not here.
            <span className="cell-detail">{t('network.list.keptIn', { unit: m.fromCase.unit })}</span>
          ) : (
            <div className="network-row-actions">
              <MemberForm
                caseId={network.caseId}
                member={m}
                onSaved={() => onSaved('updated')}
                onReload={onReload}
              />
              <RemoveMemberDialog member={m} caseId={network.caseId} onRemoved={() => onSaved('removed')} />
            </div>
          )}
        </td>
      )}
    </tr>
  );
}

/** The ring in the words of the change list and the form, e.g. "kehä 2". */
export function useRingLabel() {
  const { t } = useTranslation();
  return (ring: NetworkMember['ring']) => t(`network.ringShort.${ringKey(ring)}`);
}
