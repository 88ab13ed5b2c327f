import type { ReactNode } from 'react';
import { describedBy, FieldError } from './field-error';

export interface CheckboxOption {
  value: string;
  label: ReactNode;
  hint?: string;
}

export interface CheckboxesProps {
  /** The first checkbox gets this id, so an error summary link can focus it; the others `${id}-${value}`. */
  id: string;
  name: string;
  legend: ReactNode;
  legendSize?: 's' | 'm' | 'l';
  hint?: string;
  error?: string;
  options: CheckboxOption[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  small?: boolean;
}

/** GOV.UK checkboxes in a fieldset: "select all that apply". */
export function Checkboxes({ id, name, legend, legendSize = 'm', hint, error, options, values, onChange, small = false }: CheckboxesProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;

  function toggle(value: string, checked: boolean) {
    // Keep the options' order, whatever order they were ticked in.
    const next = new Set(values);
    if (checked) next.add(value);
    else next.delete(value);
    onChange(options.map((option) => option.value).filter((v) => next.has(v)));
  }

  return (
    <div className={error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(hintId, errorId)}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        {hint && (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        )}
        {errorId && error && <FieldError id={errorId} message={error} />}
        <div className={small ? 'govuk-checkboxes govuk-checkboxes--small' : 'govuk-checkboxes'} data-module="govuk-checkboxes">
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option.value}`;
            const optionHintId = option.hint ? `${optionId}-item-hint` : undefined;
            return (
              <div className="govuk-checkboxes__item" key={option.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={optionId}
                  name={name}
                  type="checkbox"
                  value={option.value}
                  checked={values.includes(option.value)}
                  onChange={(event) => toggle(option.value, event.target.checked)}
                  aria-describedby={optionHintId}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={optionId}>
                  {option.label}
                </label>
                {option.hint && (
                  <div id={optionHintId} className="govuk-hint govuk-checkboxes__hint">
                    {option.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
