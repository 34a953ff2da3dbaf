import { useTranslation } from 'react-i18next';

/** A number as a tel: link target: digits and a leading plus only. */
function telOf(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}

/**
 * Whom to contact now: the county's emergency social services, when its number is known, and 112,
 * which is always shown. Both are links a phone can call.
 */
export function EmergencyContacts({ emergencyPhone }: { emergencyPhone: string | null }) {
  const { t } = useTranslation();
  return (
    <dl className="emergency-contacts">
      <div>
        <dt>{t('concerns.emergency.social')}</dt>
        <dd>
          {emergencyPhone ? (
            <a href={telOf(emergencyPhone)} className="emergency-number">
              {emergencyPhone}
            </a>
          ) : (
            <span className="muted">{t('concerns.emergency.socialMissing')}</span>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('concerns.emergency.general')}</dt>
        <dd>
          <a href="tel:112" className="emergency-number">
            112
          </a>
          <span className="dd-detail">{t('concerns.emergency.generalHint')}</span>
        </dd>
      </div>
    </dl>
  );
}
