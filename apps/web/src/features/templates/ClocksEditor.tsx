import type { CasePhase } from '@verkosto/domain';
import { useRef } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { RadioGroupInput, SelectInput, TextInput } from '../../components/fields';
import { Icon } from '../../components/Icon';
import { type ClockDraft, type DeadlineUnit, deadlineUnits, emptyClock } from './template-draft';

/** A template holds at most this many clocks (the shared schema's limit). */
const MAX_CLOCKS = 10;

interface Props {
  clocks: ClockDraft[];
  /** The phases the template has now: a clock stops when the case reaches one of them. */
  phases: readonly CasePhase[];
  onChange: (clocks: ClockDraft[], changedPaths: readonly string[]) => void;
  errorOf: (path: string) => string | undefined;
}

/** The statutory clocks of a template: what must happen, under which law, and by when. */
export function ClocksEditor({ clocks, phases, onChange, errorOf }: Props) {
  const { t } = useTranslation();
  const addRef = useRef<HTMLButtonElement>(null);

  const update = (i: number, values: Partial<ClockDraft>, fields: readonly string[]) => {
    onChange(
      clocks.map((c, j) => (j === i ? { ...c, ...values } : c)),
      fields.map((f) => `clocks.${i}.${f}`),
    );
  };

  const remove = (i: number) => {
    // Later rows move up a place: their errors no longer match their paths, so all clock errors go.
    onChange(
      clocks.filter((_, j) => j !== i),
      clocks.flatMap((_, j) =>
        ['label', 'source', 'workingDays', 'months', 'metByPhase', 'key'].map((f) => `clocks.${j}.${f}`),
      ),
    );
    // The removed row's button is gone: focus waits on the add button instead of the page's start.
    addRef.current?.focus();
  };

  return (
    <fieldset className="fieldset" id="template-clocks">
      <legend>{t('templates.form.clocks')}</legend>
      <p className="field-description">{t('templates.form.clocksHint')}</p>
      {errorOf('clocks') && (
        <p className="field-error" id="template-clocks-error">
          <Icon name="alert" />
          <span>{errorOf('clocks')}</span>
        </p>
      )}
      {clocks.length === 0 && <p className="muted">{t('templates.form.noClocks')}</p>}
      {clocks.map((clock, i) => {
        const n = i + 1;
        const id = `template-clock-${i}`;
        return (
          <fieldset key={clock.uid} className="fieldset template-clock">
            <legend>{t('templates.form.clockN', { n })}</legend>
            <TextInput
              id={`${id}-label`}
              label={t('templates.form.clockLabel')}
              description={t('templates.form.clockLabelHint')}
              value={clock.label}
              onChange={(label) => update(i, { label }, ['label', 'key'])}
              maxLength={120}
              error={errorOf(`clocks.${i}.label`) ?? errorOf(`clocks.${i}.key`)}
              isRequired
            />
            <TextInput
              id={`${id}-source`}
              label={t('templates.form.clockSource')}
              description={t('templates.form.clockSourceHint')}
              value={clock.source}
              onChange={(source) => update(i, { source }, ['source'])}
              maxLength={120}
              size="medium"
              error={errorOf(`clocks.${i}.source`)}
              isRequired
            />
            <RadioGroupInput<DeadlineUnit>
              id={`${id}-unit`}
              label={t('templates.form.clockUnit')}
              description={t('templates.form.clockStarts')}
              value={clock.unit}
              onChange={(unit) => update(i, { unit }, ['workingDays', 'months'])}
              options={deadlineUnits.map((u) => ({ value: u, label: t(`templates.unit.${u}`) }))}
              isRequired
            />
            <TextInput
              id={`${id}-amount`}
              label={t(`templates.amount.${clock.unit}`)}
              value={clock.amount}
              onChange={(amount) => update(i, { amount }, ['workingDays', 'months'])}
              inputMode="numeric"
              maxLength={3}
              size="short"
              error={errorOf(`clocks.${i}.${clock.unit}`) ?? errorOf(`clocks.${i}.workingDays`)}
              isRequired
            />
            <SelectInput
              id={`${id}-met-by`}
              label={t('templates.form.clockMetBy')}
              description={t('templates.form.clockMetByHint')}
              placeholder={t('form.choose')}
              value={clock.metByPhase}
              onChange={(metByPhase) => update(i, { metByPhase }, ['metByPhase'])}
              options={phases
                .filter((p) => p !== 'referral')
                .map((p) => ({ value: p, label: t(`enums.casePhase.${p}`) }))}
              error={errorOf(`clocks.${i}.metByPhase`)}
              isRequired
            />
            <div className="template-clock-actions">
              <Button
                className="button button-secondary button-small"
                aria-label={t('templates.form.removeClockN', { n })}
                onPress={() => remove(i)}
              >
                {t('templates.form.removeClock')}
              </Button>
            </div>
          </fieldset>
        );
      })}
      {clocks.length < MAX_CLOCKS && (
        <Button
          ref={addRef}
          className="button button-secondary"
          onPress={() => onChange([...clocks, emptyClock()], ['clocks'])}
        >
          <Icon name="plus" />
          {t('templates.form.addClock')}
        </Button>
      )}
    </fieldset>
  );
}
