import { useMutation } from '@tanstack/react-query';
import type { PersonDetail } from '@verkosto/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { revealPersonField } from '../../api/persons';
import { Icon } from '../../components/Icon';
import { PendingButton } from '../../components/PendingButton';

type Address = NonNullable<PersonDetail['address']>;

/** Shows the masked identity code; "Show" asks the server for the whole code, which logs the reveal. */
export function IdentityCodeReveal({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const [code, setCode] = useState<string | null>(null);
  const reveal = useMutation({
    mutationFn: () => revealPersonField(person.id, 'identityCode'),
    onSuccess: (result) => setCode(result.identityCode ?? null),
  });
  if (!person.hasIdentityCode || !person.identityCodeMasked) {
    return <span className="muted">{t('persons.noIdentityCode')}</span>;
  }
  const status = reveal.isError ? t('persons.reveal.failed') : code ? t('persons.reveal.wasLogged') : '';
  return (
    <div className="reveal">
      <span className="code">{code ?? person.identityCodeMasked}</span>
      {code ? (
        <Button className="button button-quiet button-small" onPress={() => setCode(null)}>
          {t('persons.reveal.hide')}
        </Button>
      ) : (
        <PendingButton
          className="button button-secondary button-small"
          onPress={() => reveal.mutate()}
          pending={reveal.isPending}
          aria-label={t('persons.reveal.showIdentityCodeLabel')}
          aria-describedby="identity-code-logged"
        >
          <Icon name="eye" />
          {t('persons.reveal.showIdentityCode')}
        </PendingButton>
      )}
      {!code && (
        <span id="identity-code-logged" className="reveal-note">
          {t('persons.reveal.logged')}
        </span>
      )}
      <span role="status" className="reveal-note">
        {status}
      </span>
    </div>
  );
}

function AddressLines({ address }: { address: Address }) {
  const { t } = useTranslation();
  const cityLine = [address.postalCode, address.city].filter(Boolean).join(' ');
  if (!address.streetAddress && !cityLine)
    return <span className="muted">{t('persons.detail.noAddress')}</span>;
  return (
    <span className="address">
      {address.streetAddress && <span>{address.streetAddress}</span>}
      {cityLine && <span>{cityLine}</span>}
    </span>
  );
}

/** The address, or under address protection a notice and a reveal that is logged. */
export function AddressReveal({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const [revealed, setRevealed] = useState<Address | null>(null);
  const reveal = useMutation({
    mutationFn: () => revealPersonField(person.id, 'address'),
    onSuccess: (result) =>
      setRevealed(result.address ?? { streetAddress: null, postalCode: null, city: null }),
  });

  if (!person.addressProtection) {
    return person.address ? (
      <AddressLines address={person.address} />
    ) : (
      <span className="muted">{t('persons.detail.noAddress')}</span>
    );
  }
  const shown = revealed ?? person.address;
  const status = reveal.isError ? t('persons.reveal.failed') : revealed ? t('persons.reveal.wasLogged') : '';
  return (
    <div className="protected">
      <p className="protected-label">
        <Icon name="lock" />
        {t('persons.detail.addressProtected')}
      </p>
      {shown ? (
        <>
          <AddressLines address={shown} />
          {revealed && (
            <Button className="button button-quiet button-small" onPress={() => setRevealed(null)}>
              {t('persons.reveal.hide')}
            </Button>
          )}
        </>
      ) : (
        <>
          <span className="reveal-note">{t('persons.detail.addressProtectedHelp')}</span>
          <PendingButton
            className="button button-secondary button-small"
            onPress={() => reveal.mutate()}
            pending={reveal.isPending}
            aria-describedby="address-logged"
          >
            <Icon name="eye" />
            {t('persons.reveal.showAddress')}
          </PendingButton>
          <span id="address-logged" className="reveal-note">
            {t('persons.reveal.logged')}
          </span>
        </>
      )}
      <span role="status" className="reveal-note">
        {status}
      </span>
    </div>
  );
}
