import type { Consent, ConsentPanel, ConsentStatus } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { fullName } from '../../components/names';
import { formatDate, formatTime } from '../../i18n/format';
import { useMemberLabel } from './ConsentRecipientFields';
import { ConsentStatusBadge } from './ConsentStatusBadge';
import { WithdrawConsentDialog } from './WithdrawConsentDialog';

type Group = 'current' | 'pending' | 'ended';

const groupOf: Record<ConsentStatus, Group> = {
  active: 'current',
  expiring: 'current',
  pending: 'pending',
  expired: 'ended',
  withdrawn: 'ended',
};

const groups: readonly Group[] = ['current', 'pending', 'ended'];

interface Props {
  panel: ConsentPanel;
  /** The case is open: consents still in force or to come may be withdrawn. */
  canWithdraw: boolean;
  onWithdrawn: () => void;
}

/** The case's consents, in force first, then those to come, then those that have ended. */
export function ConsentList({ panel, canWithdraw, onWithdrawn }: Props) {
  const { t } = useTranslation();
  if (panel.consents.length === 0) return <p className="muted">{t('consents.empty')}</p>;
  return (
    <>
      {groups.map((group) => {
        const consents = panel.consents.filter((c) => groupOf[c.status] === group);
        if (consents.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`consents-${group}`} className="consent-group">
            <h3 id={`consents-${group}`}>{t(`consents.groups.${group}`)}</h3>
            <ul className="consent-list">
              {consents.map((consent) => (
                <ConsentItem
                  key={consent.id}
                  consent={consent}
                  panel={panel}
                  canWithdraw={canWithdraw}
                  onWithdrawn={onWithdrawn}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

function ConsentItem({
  consent,
  panel,
  canWithdraw,
  onWithdrawn,
}: {
  consent: Consent;
  panel: ConsentPanel;
  canWithdraw: boolean;
  onWithdrawn: () => void;
}) {
  const { t } = useTranslation();
  const memberLabel = useMemberLabel();
  const giver = panel.givers.find((g) => g.id === consent.givenBy.id);
  const giverName = fullName(consent.givenBy);
  const { recipient } = consent;
  // A member's relation is known while the client still wants them in the work; else the name alone.
  const member =
    recipient.kind === 'member' ? panel.recipientMembers.find((m) => m.id === recipient.id) : undefined;
  const recipientName = member ? memberLabel(member) : recipient.name;
  const recipientDetail = (() => {
    switch (recipient.kind) {
      case 'organisation':
        return t('consents.wholeOrganisation');
      case 'member':
        return t('consents.networkMember');
      case 'team':
        return t('consents.multiAgencyTeam');
      case 'unit':
        return panel.recipientUnits.find((u) => u.id === recipient.id)?.organisation;
    }
  })();
  const title = t('consents.itemTitle', {
    purpose: t(`enums.consentPurpose.${consent.purpose}`),
    recipient: recipientName,
  });
  const headingId = `consent-${consent.id}`;
  const withdrawable = canWithdraw && consent.withdrawnAt === null && consent.status !== 'expired';

  return (
    <li className="consent" aria-labelledby={headingId}>
      <div className="consent-header">
        <h4 id={headingId} className="consent-title">
          {title}
        </h4>
        <ConsentStatusBadge status={consent.status} />
      </div>
      <dl className="facts consent-facts">
        <div>
          <dt>{t('consents.givenBy')}</dt>
          <dd>
            {giver
              ? t('consents.givenByValue', {
                  name: giverName,
                  role: t(`enums.giverRole.${giverRole(giver.role)}`),
                })
              : giverName}
          </dd>
        </div>
        <div>
          <dt>{t('consents.recipient')}</dt>
          <dd>
            {recipientName}
            <span className="dd-detail">{recipientDetail}</span>
          </dd>
        </div>
        <div>
          <dt>{t('consents.purpose')}</dt>
          <dd>{t(`enums.consentPurpose.${consent.purpose}`)}</dd>
        </div>
        <div>
          <dt>{t('consents.method')}</dt>
          <dd>{t(`enums.consentMethod.${consent.method}`)}</dd>
        </div>
        <div>
          <dt>{t('consents.validity')}</dt>
          <dd>
            {consent.validTo
              ? t('consents.validityRange', {
                  from: formatDate(consent.validFrom),
                  to: formatDate(consent.validTo),
                })
              : t('consents.validityOpen', { from: formatDate(consent.validFrom) })}
          </dd>
        </div>
        <div>
          <dt>{t('consents.recordedBy')}</dt>
          <dd>
            {t('consents.recordedByValue', {
              name: consent.recordedBy,
              date: formatDate(consent.recordedAt),
            })}
          </dd>
        </div>
        {consent.withdrawnAt && (
          <div>
            <dt>{t('consents.withdrawn')}</dt>
            <dd>
              {t('consents.withdrawnValue', {
                date: formatDate(consent.withdrawnAt),
                time: formatTime(consent.withdrawnAt),
                name: consent.withdrawnBy ?? '',
              })}
            </dd>
          </div>
        )}
        {consent.childView && (
          <div className="facts-wide">
            <dt>{t('consents.childView')}</dt>
            <dd className="prewrap">{consent.childView}</dd>
          </div>
        )}
      </dl>
      {withdrawable && (
        <div className="form-actions">
          <WithdrawConsentDialog consent={consent} title={title} onWithdrawn={onWithdrawn} />
        </div>
      )}
    </li>
  );
}

/** The giver's role as the panel names it; anyone but the client is a guardian. */
export function giverRole(role: string): 'client' | 'guardian' {
  return role === 'client' ? 'client' : 'guardian';
}
