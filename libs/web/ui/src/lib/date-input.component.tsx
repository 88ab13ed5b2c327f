import type { ReactNode } from 'react';
import { describedBy, FieldError } from './field-error';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export interface DateInputProps {
  /** The day input gets `${id}-day`, which is what an error summary should link to. */
  id: string;
  legend: ReactNode;
  legendSize?: 's' | 'm' | 'l';
  hint?: string;
  error?: string;
  /** Which parts the error is about, to highlight only those inputs; all when omitted. */
  errorParts?: (keyof DateParts)[];
  value: DateParts;
  onChange: (value: DateParts) => void;
}

const PARTS: { key: keyof DateParts; label: string; width: string }[] = [
  { key: 'day', label: 'Day', width: 'govuk-input--width-2' },
  { key: 'month', label: 'Month', width: 'govuk-input--width-2' },
  { key: 'year', label: 'Year', width: 'govuk-input--width-4' },
];

/** GOV.UK date input: three numeric fields in a fieldset. */
export function DateInput({ id, legend, legendSize = 'm', hint, error, errorParts, value, onChange }: DateInputProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy(hintId, errorId)}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        {hint && (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        )}
        {errorId && error && <FieldError id={errorId} message={error} />}
        <div className="govuk-date-input" id={id}>
          {PARTS.map((part) => {
            const partError = error && (!errorParts || errorParts.includes(part.key));
            return (
              <div className="govuk-date-input__item" key={part.key}>
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${part.key}`}>
                    {part.label}
                  </label>
                  <input
                    className={['govuk-input govuk-date-input__input', part.width, partError && 'govuk-input--error']
                      .filter(Boolean)
                      .join(' ')}
                    id={`${id}-${part.key}`}
                    name={`${id}-${part.key}`}
                    type="text"
                    inputMode="numeric"
                    value={value[part.key]}
                    onChange={(event) => onChange({ ...value, [part.key]: event.target.value })}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
