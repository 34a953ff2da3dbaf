import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';

/** The button that opens a record's form: "edit" named for the record, or "add" for a new one. */
export function RecordFormTrigger(props: { editFor: string | null; add: string }) {
  const { t } = useTranslation();
  if (props.editFor !== null)
    return (
      <Button className="button button-secondary button-small" aria-label={props.editFor}>
        <Icon name="edit" />
        {t('admin.edit')}
      </Button>
    );
  return (
    <Button className="button button-primary">
      <Icon name="plus" />
      {props.add}
    </Button>
  );
}
