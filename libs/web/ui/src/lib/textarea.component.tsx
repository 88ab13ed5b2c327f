import type { ReactNode } from 'react';
import { describedBy, FieldError } from './field-error';

export interface TextareaProps {
  id: string;
  name: string;
  label: ReactNode;
  /** The label as the page heading, for a page that asks one question. */
  labelAsHeading?: boolean;
  labelSize?: 's' | 'm' | 'l';
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
}

export function Textarea({ id, name, label, labelAsHeading = false, labelSize, hint, error, value, onChange, rows = 5 }: TextareaProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const labelClass = labelSize ? `govuk-label govuk-label--${labelSize}` : 'govuk-label';
  const labelElement = (
    <label className={labelClass} htmlFor={id}>
      {label}
    </label>
  );
  return (
    <div className={error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      {labelAsHeading ? <h1 className="govuk-label-wrapper">{labelElement}</h1> : labelElement}
      {hint && (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      )}
      {errorId && error && <FieldError id={errorId} message={error} />}
      <textarea
        id={id}
        name={name}
        rows={rows}
        className={error ? 'govuk-textarea govuk-textarea--error' : 'govuk-textarea'}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(hintId, errorId)}
      />
    </div>
  );
}
