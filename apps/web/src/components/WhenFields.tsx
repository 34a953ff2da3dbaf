import { TextInput } from './fields';

interface When {
  date: string;
  time: string;
  duration: string;
}

interface Props {
  /** Prefix of the fields' ids, so the error summary can point at them. */
  idPrefix: string;
  labels: { date: string; time: string; timeHint: string; duration: string; durationHint: string };
  value: When;
  /** A change, with the error paths it answers (the server names the instant `startsAt`). */
  onChange: (patch: Partial<When>, paths: readonly string[]) => void;
  errors: { date?: string | undefined; time?: string | undefined; duration?: string | undefined };
}

/** When something happens and for how long: a date, a local time and minutes, on one row. */
export function WhenFields({ idPrefix, labels, value, onChange, errors }: Props) {
  return (
    <div className="field-row">
      <TextInput
        id={`${idPrefix}-date`}
        type="date"
        size="medium"
        label={labels.date}
        value={value.date}
        onChange={(date) => onChange({ date }, ['date', 'startsAt'])}
        error={errors.date}
        isRequired
      />
      <TextInput
        id={`${idPrefix}-time`}
        size="short"
        label={labels.time}
        description={labels.timeHint}
        inputMode="numeric"
        value={value.time}
        onChange={(time) => onChange({ time }, ['time', 'startsAt'])}
        error={errors.time}
        isRequired
      />
      <TextInput
        id={`${idPrefix}-duration`}
        size="short"
        label={labels.duration}
        description={labels.durationHint}
        inputMode="numeric"
        value={value.duration}
        onChange={(duration) => onChange({ duration }, ['duration', 'durationMinutes'])}
        error={errors.duration}
        isRequired
      />
    </div>
  );
}
