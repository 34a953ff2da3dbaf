import type { CaseFormOptions, NetworkMember } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { CheckboxGroupInput, SelectInput } from '../../components/fields';
import { unavailableReason } from './meeting-draft';

interface WorkerProps {
  idPrefix: string;
  workers: CaseFormOptions['pairWorkers'];
  workerId: string | null;
  pairWorkerId: string | null;
  onChange: (change: { workerId?: string | null; pairWorkerId?: string | null }) => void;
  workerError?: string | undefined;
  pairError?: string | undefined;
}

/** One worker, or two for pair work: the second is chosen from the others. */
export function WorkerFields(props: WorkerProps) {
  const { t } = useTranslation();
  const { idPrefix, workers, workerId, pairWorkerId, onChange } = props;
  const option = (w: WorkerProps['workers'][number]) => ({
    value: w.id,
    label: w.displayName,
    detail: `${w.title}, ${w.unitName}`,
  });
  return (
    <div className="field-row">
      <SelectInput
        id={`${idPrefix}-worker`}
        label={t('meetings.form.worker')}
        placeholder={t('form.choose')}
        value={workerId}
        onChange={(value) =>
          onChange({ workerId: value, ...(value && value === pairWorkerId ? { pairWorkerId: null } : {}) })
        }
        options={workers.map(option)}
        error={props.workerError}
        isRequired
      />
      <SelectInput
        id={`${idPrefix}-pair-worker`}
        label={t('meetings.form.pairWorker')}
        description={t('meetings.form.pairWorkerHint')}
        placeholder={t('form.choose')}
        noneLabel={t('meetings.form.noPairWorker')}
        value={pairWorkerId}
        onChange={(value) => onChange({ pairWorkerId: value })}
        options={workers.filter((w) => w.id !== workerId).map(option)}
        error={props.pairError}
      />
    </div>
  );
}

interface ParticipantProps {
  id: string;
  members: readonly NetworkMember[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
}

/**
 * The network members to invite: only those the client wants may be chosen. The others are listed
 * with the reason, so nobody wonders where they went.
 */
export function ParticipantChoice({ id, members, value, onChange, error }: ParticipantProps) {
  const { t } = useTranslation();
  const choosable = members.filter((m) => unavailableReason(m) === null);
  const others = members.filter((m) => unavailableReason(m) !== null);
  return (
    <div className="participant-choice">
      {choosable.length > 0 ? (
        <CheckboxGroupInput
          id={id}
          label={t('meetings.form.participants')}
          description={t('meetings.form.participantsHint')}
          value={value}
          onChange={onChange}
          options={choosable.map((m) => ({
            value: m.id,
            label: t('meetings.participants.nameAndRelation', { name: m.name, relation: m.relation }),
          }))}
          error={error}
        />
      ) : (
        <p className="muted" id={id}>
          {t('meetings.form.noneWanted')}
        </p>
      )}
      {others.length > 0 && (
        <div className="participant-unavailable">
          <p className="field-label">{t('meetings.form.unavailable')}</p>
          <ul>
            {others.map((m) => (
              <li key={m.id}>
                {t('meetings.participants.nameAndRelation', { name: m.name, relation: m.relation })}
                <span className="cell-detail">
                  {t(`meetings.form.unavailableReason.${unavailableReason(m) ?? 'not_asked'}`)}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
