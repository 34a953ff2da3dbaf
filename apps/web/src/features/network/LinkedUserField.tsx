import type { CaseFormOptions } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { useCaseFormOptions } from '../../api/cases';
import { type Option, SelectInput } from '../../components/fields';

export type Worker = CaseFormOptions['networkUsers'][number];

interface Props {
  value: string | null;
  /** The member's name: labels a link kept to someone who is no longer among the workers. */
  memberName: string;
  onChange: (userId: string | null, worker: Worker | null) => void;
  error?: string | undefined;
}

/**
 * The Verkosto user a professional member is, chosen from the county's workers and purchasers. It is only a link:
 * being a member opens nothing to them. The workers are read when the field is first shown.
 */
export function LinkedUserField({ value, memberName, onChange, error }: Props) {
  const { t } = useTranslation();
  const query = useCaseFormOptions();
  const workers = query.data?.networkUsers ?? [];
  const options: Option<string>[] = workers.map((w) => ({
    value: w.id,
    label: w.displayName,
    detail: `${w.title}, ${w.unitName}`,
  }));
  // A link to someone no longer in the list stays as it is until it is changed.
  if (value && query.data && !workers.some((w) => w.id === value)) {
    options.unshift({ value, label: memberName });
  }
  return (
    <SelectInput
      id="network-user"
      label={t('network.form.user')}
      description={t('network.form.userHint')}
      placeholder={t('form.choose')}
      noneLabel={t('network.form.noUser')}
      value={value}
      onChange={(id) => onChange(id, workers.find((w) => w.id === id) ?? null)}
      options={options}
      error={error}
      isDisabled={!query.data}
    />
  );
}
