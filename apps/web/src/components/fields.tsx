import type { ReactNode } from 'react';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  RadioButton,
  RadioField,
  RadioGroup,
  Select,
  SelectValue,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

/**
 * Form fields on react-aria-components. Label, hint, error and control in that order;
 * the error is tied to the control with aria-describedby and aria-invalid by react-aria.
 * Validation is ours (shared schemas and server answers), so native browser bubbles stay off.
 */

interface FieldBase {
  /** The id of the control itself, so the error summary can link to it. */
  id: string;
  label: string;
  description?: ReactNode;
  /** Translated error message; the field is invalid while this is set. */
  error?: string | undefined;
  isRequired?: boolean;
  isDisabled?: boolean;
  className?: string;
}

function RequiredMark() {
  const { t } = useTranslation();
  return <span className="required-mark"> ({t('form.required')})</span>;
}

/** What stands above every control: the label, then the hint, then the error. */
function FieldIntro({
  label,
  description,
  error,
  isRequired,
  labelClassName = 'field-label',
}: Pick<FieldBase, 'label' | 'description' | 'error' | 'isRequired'> & { labelClassName?: string }) {
  return (
    <>
      <Label className={labelClassName}>
        {label}
        {isRequired && <RequiredMark />}
      </Label>
      {description && (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      )}
      <FieldError className="field-error">
        <Icon name="alert" />
        <span>{error}</span>
      </FieldError>
    </>
  );
}

interface TextInputProps extends FieldBase {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'password' | 'date' | 'search';
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'tel' | 'email' | 'search';
  maxLength?: number;
  size?: 'short' | 'medium' | 'long';
  /** Switch spelling help off for names and codes. */
  spellCheck?: boolean;
}

export function TextInput(props: TextInputProps) {
  const { id, label, description, error, isRequired, isDisabled, value, onChange } = props;
  return (
    <TextField
      id={id}
      className={`field ${props.className ?? ''}`}
      value={value}
      onChange={onChange}
      type={props.type ?? 'text'}
      autoComplete={props.autoComplete}
      inputMode={props.inputMode}
      maxLength={props.maxLength}
      isInvalid={Boolean(error)}
      isRequired={isRequired}
      isDisabled={isDisabled}
      validationBehavior="aria"
    >
      <FieldIntro label={label} description={description} error={error} isRequired={isRequired} />
      <Input className={`input input-${props.size ?? 'long'}`} spellCheck={props.spellCheck} />
    </TextField>
  );
}

interface TextAreaInputProps extends FieldBase {
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
  rows?: number;
}

export function TextAreaInput(props: TextAreaInputProps) {
  const { id, label, description, error, isRequired, value, onChange } = props;
  return (
    <TextField
      id={id}
      className={`field ${props.className ?? ''}`}
      value={value}
      onChange={onChange}
      maxLength={props.maxLength}
      isInvalid={Boolean(error)}
      isRequired={isRequired}
      validationBehavior="aria"
    >
      <FieldIntro label={label} description={description} error={error} isRequired={isRequired} />
      <TextArea className="input textarea" rows={props.rows ?? 4} />
    </TextField>
  );
}

export interface Option<K extends string> {
  value: K;
  label: string;
  /** A second line under the label, such as a worker's title. */
  detail?: string;
}

interface SelectInputProps<K extends string> extends FieldBase {
  value: K | null;
  onChange: (value: K | null) => void;
  options: readonly Option<K>[];
  placeholder: string;
  /** Label of an explicit "none" choice, for optional selects that may be cleared. */
  noneLabel?: string;
  /** The label is read by screen readers only, where a heading or legend already says it. */
  hideLabel?: boolean;
}

const NONE = '__none__';

export function SelectInput<K extends string>(props: SelectInputProps<K>) {
  const { id, label, description, error, isRequired, isDisabled, value, onChange, options, noneLabel } =
    props;
  const items: Option<string>[] = noneLabel ? [{ value: NONE, label: noneLabel }, ...options] : [...options];
  return (
    <Select
      id={id}
      className={`field ${props.className ?? ''}`}
      value={value ?? (noneLabel ? NONE : null)}
      onChange={(key) => {
        const picked = key === null || key === NONE ? null : String(key);
        onChange(options.find((o) => o.value === picked)?.value ?? null);
      }}
      placeholder={props.placeholder}
      isInvalid={Boolean(error)}
      isRequired={isRequired}
      isDisabled={isDisabled}
      validationBehavior="aria"
    >
      <FieldIntro
        label={label}
        description={description}
        error={error}
        isRequired={isRequired}
        labelClassName={props.hideLabel ? 'visually-hidden' : 'field-label'}
      />
      <Button className="select-button">
        <SelectValue className="select-value">
          {({ isPlaceholder, selectedText, defaultChildren }) =>
            isPlaceholder ? defaultChildren : selectedText
          }
        </SelectValue>
        <Icon name="chevronDown" />
      </Button>
      <Popover className="popover" placement="bottom start">
        <ListBox className="listbox" items={items}>
          {(item) => (
            <ListBoxItem id={item.value} textValue={item.label} className="listbox-item">
              <span className="listbox-item-label">{item.label}</span>
              {item.detail && <span className="listbox-item-detail">{item.detail}</span>}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}

function CheckboxBox() {
  return (
    <span className="checkbox-box" aria-hidden="true">
      <Icon name="check" />
    </span>
  );
}

interface CheckboxInputProps {
  id: string;
  label: ReactNode;
  isSelected: boolean;
  onChange: (selected: boolean) => void;
  /** The id of an element that explains the choice. */
  describedBy?: string;
  error?: string | undefined;
  isDisabled?: boolean;
  className?: string;
}

export function CheckboxInput(props: CheckboxInputProps) {
  return (
    <Checkbox
      id={props.id}
      className={`checkbox ${props.className ?? ''}`}
      isSelected={props.isSelected}
      onChange={props.onChange}
      isInvalid={Boolean(props.error)}
      isDisabled={props.isDisabled}
      aria-describedby={props.describedBy}
      validationBehavior="aria"
    >
      <CheckboxBox />
      <span className="checkbox-label">{props.label}</span>
    </Checkbox>
  );
}

interface CheckboxGroupInputProps<K extends string> extends FieldBase {
  value: readonly K[];
  onChange: (value: K[]) => void;
  options: readonly Option<K>[];
}

export function CheckboxGroupInput<K extends string>(props: CheckboxGroupInputProps<K>) {
  const { id, label, description, error, value, onChange, options } = props;
  return (
    <CheckboxGroup
      id={id}
      className={`field checkbox-group ${props.className ?? ''}`}
      value={[...value]}
      onChange={(next) => onChange(options.filter((o) => next.includes(o.value)).map((o) => o.value))}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
    >
      <FieldIntro label={label} description={description} error={error} />
      <div className="checkbox-columns">
        {options.map((o) => (
          <Checkbox key={o.value} value={o.value} className="checkbox">
            <CheckboxBox />
            <span className="checkbox-label">{o.label}</span>
          </Checkbox>
        ))}
      </div>
    </CheckboxGroup>
  );
}

interface RadioGroupInputProps<K extends string> extends FieldBase {
  value: K | null;
  onChange: (value: K) => void;
  /** Each choice; its `detail` is read out as the choice's description. */
  options: readonly Option<K>[];
}

/** One choice of a few, each with room for a line that explains it. */
export function RadioGroupInput<K extends string>(props: RadioGroupInputProps<K>) {
  const { id, label, description, error, isRequired, isDisabled, value, onChange, options } = props;
  return (
    <RadioGroup
      id={id}
      className={`field radio-group ${props.className ?? ''}`}
      value={value}
      onChange={(next) => {
        const picked = options.find((o) => o.value === next);
        if (picked) onChange(picked.value);
      }}
      isInvalid={Boolean(error)}
      isRequired={isRequired}
      isDisabled={isDisabled}
      validationBehavior="aria"
    >
      <FieldIntro label={label} description={description} error={error} isRequired={isRequired} />
      <div className="radio-options">
        {options.map((o) => (
          <RadioField key={o.value} value={o.value} className="radio">
            <RadioButton className="radio-button">
              <span className="radio-circle" aria-hidden="true" />
              <span className="radio-label">{o.label}</span>
            </RadioButton>
            {o.detail && (
              <Text slot="description" className="radio-description">
                {o.detail}
              </Text>
            )}
          </RadioField>
        ))}
      </div>
    </RadioGroup>
  );
}
