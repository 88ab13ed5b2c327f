import type { InputHTMLAttributes } from 'react';

export interface TextInputProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'className' | 'aria-describedby'> {
  id: string;
  name: string;
  label: string;
  labelSize?: 's' | 'm';
  hint?: string;
  error?: string;
  /** Extra classes for the input, such as a GOV.UK width class. */
  inputClassName?: string;
}

export function TextInput({ id, name, label, labelSize, hint, error, inputClassName, type = 'text', ...inputProps }: TextInputProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const inputClasses = ['govuk-input', error && 'govuk-input--error', inputClassName].filter(Boolean).join(' ');

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
      {error && (
        <p id={errorId} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      <input {...inputProps} id={id} name={name} type={type} className={inputClasses} aria-describedby={describedBy} />
    </div>
  );
}
