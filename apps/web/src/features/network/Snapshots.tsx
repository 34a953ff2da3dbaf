import { useQueryClient } from '@tanstack/react-query';
import { type Network, zSnapshotInput } from '@verkosto/domain';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { refreshNetwork, saveSnapshot } from '../../api/network';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectInput, TextInput } from '../../components/fields';
import { Icon } from '../../components/Icon';
import { PendingButton } from '../../components/PendingButton';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { formatDate, formatTime } from '../../i18n/format';
import { SnapshotCompare } from './SnapshotCompare';

interface Props {
  network: Network;
  clientName: string;
  onSaved: () => void;
}

/** Dated copies of the map, and comparing two of them. */
export function Snapshots({ network, clientName, onSaved }: Props) {
  const { t } = useTranslation();
  const { snapshots } = network;
  const when = (at: string) => t('network.snapshots.when', { date: formatDate(at), time: formatTime(at) });

  return (
    <section aria-labelledby="network-snapshots" className="network-snapshots">
      <h3 id="network-snapshots">{t('network.snapshots.heading')}</h3>
      <p>{t('network.snapshots.intro')}</p>
      {network.canEdit && <SaveSnapshot caseId={network.caseId} onSaved={onSaved} />}
      {snapshots.length === 0 ? (
        <p className="muted">{t('network.snapshots.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table-compact">
            <caption className="visually-hidden">{t('network.snapshots.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('network.snapshots.takenAt')}</th>
                <th scope="col">{t('network.snapshots.takenBy')}</th>
                <th scope="col">{t('network.snapshots.note')}</th>
              </tr>
            </thead>
            <tbody>
              {snapshots.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{when(s.takenAt)}</th>
                  <td>{s.takenBy}</td>
                  <td className="prewrap">{s.note ?? t('network.snapshots.noNote')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {snapshots.length >= 2 && <CompareSnapshots network={network} clientName={clientName} />}
    </section>
  );
}

function SaveSnapshot({ caseId, onSaved }: { caseId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const { errors, attempt, submit, fieldError, clearFieldErrors, isPending } = useCheckedSubmit({
    schema: zSnapshotInput,
    send: (body) => saveSnapshot(caseId, body.note),
    onSuccess: () => {
      void refreshNetwork(queryClient, caseId);
      setNote('');
      onSaved();
    },
  });
  return (
    <>
      <ErrorSummary
        errors={errors}
        fields={[{ path: 'note', controlId: 'network-snapshot-note', label: t('network.snapshots.note') }]}
        focusKey={attempt}
      />
      <Form
        className="form network-snapshot-form no-print"
        validationBehavior="aria"
        onSubmit={(event) => submit(event, { note })}
      >
        <TextInput
          id="network-snapshot-note"
          label={t('network.snapshots.note')}
          description={t('network.snapshots.noteHint')}
          value={note}
          onChange={(value) => {
            setNote(value);
            clearFieldErrors(['note']);
          }}
          maxLength={300}
          error={fieldError('note')}
        />
        <div className="form-actions">
          <PendingButton type="submit" className="button button-secondary" pending={isPending}>
            <Icon name="download" />
            {t('network.snapshots.save')}
          </PendingButton>
        </div>
      </Form>
    </>
  );
}

function CompareSnapshots({ network, clientName }: { network: Network; clientName: string }) {
  const { t } = useTranslation();
  const { snapshots } = network;
  // The list comes newest first or oldest first; either way the two latest are the default pair.
  const byTime = [...snapshots].sort((a, b) => a.takenAt.localeCompare(b.takenAt));
  const [earlierId, setEarlierId] = useState<string | null>(byTime.at(-2)?.id ?? null);
  const [laterId, setLaterId] = useState<string | null>(byTime.at(-1)?.id ?? null);
  const [pair, setPair] = useState<[string, string] | null>(null);
  const [problem, setProblem] = useState(false);
  const options = byTime.map((s) => ({
    value: s.id,
    label: t('network.snapshots.option', {
      date: formatDate(s.takenAt),
      time: formatTime(s.takenAt),
      name: s.takenBy,
    }),
    detail: s.note ?? undefined,
  }));

  const compare = () => {
    const ok = earlierId !== null && laterId !== null && earlierId !== laterId;
    setProblem(!ok);
    setPair(ok ? [earlierId, laterId] : null);
  };

  return (
    <section aria-labelledby="network-compare" className="network-compare-section">
      <h3 id="network-compare">{t('network.snapshots.compareHeading')}</h3>
      <div className="field-row no-print">
        <SelectInput
          id="network-compare-earlier"
          label={t('network.snapshots.earlier')}
          placeholder={t('form.choose')}
          value={earlierId}
          onChange={setEarlierId}
          options={options}
          error={problem ? t('network.snapshots.chooseTwo') : undefined}
        />
        <SelectInput
          id="network-compare-later"
          label={t('network.snapshots.later')}
          placeholder={t('form.choose')}
          value={laterId}
          onChange={setLaterId}
          options={options}
          error={problem ? t('network.snapshots.chooseTwo') : undefined}
        />
      </div>
      <div className="form-actions no-print">
        <Button className="button button-secondary" onPress={compare}>
          {t('network.snapshots.compare')}
        </Button>
      </div>
      {pair && <SnapshotCompare earlierId={pair[0]} laterId={pair[1]} clientName={clientName} />}
    </section>
  );
}
