import { describedBy, FieldError } from './field-error';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectProps {
  id: string;
  name: string;
  label: string;
  labelSize?: 's' | 'm';
  hint?: string;
  error?: string;
  options: SelectOption[];
  value: string;
  onChange: (value: string) => void;
  /** Fill the container, e.g. in a narrow filter panel. */
  fullWidth?: boolean;
}

/** GOV.UK select. Use radios instead when there are few options. */
export function Select({ id, name, label, labelSize, hint, error, options, value, onChange, fullWidth = false }: SelectProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <label className={labelSize ? `govuk-label govuk-label--${labelSize}` : 'govuk-label'} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      )}
      {errorId && error && <FieldError id={errorId} message={error} />}
      <select
        id={id}
        name={name}
        className={['govuk-select', error && 'govuk-select--error', fullWidth && 'govuk-!-width-full'].filter(Boolean).join(' ')}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(hintId, errorId)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
