import { useQueryClient } from '@tanstack/react-query';
import { type LegalBasis, legalBases, STATED_ACCESS_HOURS, zStateLegalBasis } from '@verkosto/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { caseKey } from '../../api/cases';
import { stateLegalBasis } from '../../api/stated-access';
import { ErrorSummary, type SummaryField } from '../../components/ErrorSummary';
import { FormDialog } from '../../components/FormDialog';
import { RadioGroupInput, TextAreaInput } from '../../components/fields';
import { noErrors } from '../../components/form-errors';
import { Icon } from '../../components/Icon';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';

interface Props {
  /** The case of another service that nothing opens to the user. */
  caseId: string;
  unit: string;
  organisation: string;
}

/**
 * Stating a legal basis to read another service's case of a client the user works with. The
 * statement opens that case to this user only, to read, for a few hours; every read is logged with
 * the basis, and the user's team lead reviews it.
 */
export function StateLegalBasisDialog({ caseId, unit, organisation }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [isOpen, setOpen] = useState(false);
  const [legalBasis, setLegalBasis] = useState<LegalBasis | null>(null);
  const [explanation, setExplanation] = useState('');
  const { errors, setErrors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: zStateLegalBasis,
    send: (body) => stateLegalBasis(caseId, body),
    onSuccess: (stated) => {
      // Whatever was known of the case before (a 404) is no longer true.
      queryClient.removeQueries({ queryKey: caseKey(stated.caseId) });
      setOpen(false);
      void navigate(`/cases/${stated.caseId}`);
    },
  });

  const openChange = (open: boolean) => {
    setOpen(open);
    if (open) {
      setLegalBasis(null);
      setExplanation('');
      setErrors(noErrors);
    }
  };

  const idPrefix = `stated-${caseId}`;
  const fields: SummaryField[] = [
    { path: 'legalBasis', controlId: `${idPrefix}-basis`, label: t('statedAccess.form.legalBasis') },
    { path: 'explanation', controlId: `${idPrefix}-explanation`, label: t('statedAccess.form.explanation') },
  ];

  return (
    <FormDialog
      trigger={
        <Button
          className="button button-secondary button-small"
          aria-label={t('statedAccess.openFor', { unit })}
        >
          {t('statedAccess.open')}
        </Button>
      }
      isOpen={isOpen}
      onOpenChange={openChange}
      pending={isPending}
      wide
      title={t('statedAccess.form.title')}
      header={
        <>
          <p>{t('statedAccess.form.intro', { unit, organisation })}</p>
          <div className="notice notice-warning">
            <Icon name="alert" />
            <p>{t('statedAccess.form.consequences', { hours: STATED_ACCESS_HOURS })}</p>
          </div>
          <ErrorSummary
            errors={errors}
            fields={fields}
            focusKey={attempt}
            action={
              errors.general === 'access_not_needed' ? (
                <Link to={`/cases/${caseId}`} className="button button-secondary">
                  {t('statedAccess.form.openCase')}
                </Link>
              ) : undefined
            }
          />
        </>
      }
      onSubmit={(event) => submit(event, { legalBasis: legalBasis ?? undefined, explanation })}
      submitText={t('statedAccess.form.submit')}
    >
      <RadioGroupInput
        id={`${idPrefix}-basis`}
        label={t('statedAccess.form.legalBasis')}
        description={t('statedAccess.form.legalBasisHint')}
        value={legalBasis}
        onChange={(value) => {
          setLegalBasis(value);
          clearFieldErrors(['legalBasis']);
        }}
        options={legalBases.map((b) => ({
          value: b,
          label: t(`enums.legalBasis.${b}`),
          detail: t(`enums.legalBasisLaw.${b}`),
        }))}
        error={fieldError('legalBasis')}
        isRequired
      />
      <TextAreaInput
        id={`${idPrefix}-explanation`}
        label={t('statedAccess.form.explanation')}
        description={t('statedAccess.form.explanationHint')}
        value={explanation}
        onChange={(value) => {
          setExplanation(value);
          clearFieldErrors(['explanation']);
        }}
        maxLength={1000}
        error={fieldError('explanation')}
        isRequired
      />
    </FormDialog>
  );
}
