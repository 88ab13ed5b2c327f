import { Fragment, type ReactNode } from 'react';
import { describedBy, FieldError } from './field-error';

export interface RadioOption {
  value: string;
  label: ReactNode;
  hint?: string;
  /**
   * Questions that apply only to this answer (GOV.UK conditional reveal): shown under the radio
   * while it is chosen. Kept in the page while hidden, so the radio's aria-controls always resolves.
   */
  conditional?: ReactNode;
}

export interface RadiosProps {
  /** The first radio gets this id, so an error summary link can focus it; the others `${id}-${value}`. */
  id: string;
  name: string;
  legend: ReactNode;
  /** The legend as the page heading, for a page that asks one question. */
  legendAsHeading?: boolean;
  legendSize?: 's' | 'm' | 'l';
  hint?: string;
  error?: string;
  options: RadioOption[];
  value: string | undefined;
  onChange: (value: string) => void;
  inline?: boolean;
  small?: boolean;
}

/** GOV.UK radios in a fieldset whose legend asks the question. */
export function Radios({
  id,
  name,
  legend,
  legendAsHeading = false,
  legendSize = 'm',
  hint,
  error,
  options,
  value,
  onChange,
  inline = false,
  small = false,
}: RadiosProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const classes = ['govuk-radios', inline && 'govuk-radios--inline', small && 'govuk-radios--small'].filter(Boolean).join(' ');

  return (
    <div className={error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(hintId, errorId)}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>
          {legendAsHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
        </legend>
        {hint && (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        )}
        {errorId && error && <FieldError id={errorId} message={error} />}
        <div className={classes} data-module="govuk-radios">
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option.value}`;
            const optionHintId = option.hint ? `${optionId}-item-hint` : undefined;
            const conditionalId = option.conditional ? `${optionId}-conditional` : undefined;
            return (
              <Fragment key={option.value}>
                <div className="govuk-radios__item">
                  <input
                    className="govuk-radios__input"
                    id={optionId}
                    name={name}
                    type="radio"
                    value={option.value}
                    checked={value === option.value}
                    onChange={() => onChange(option.value)}
                    aria-describedby={optionHintId}
                    aria-controls={conditionalId}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={optionId}>
                    {option.label}
                  </label>
                  {option.hint && (
                    <div id={optionHintId} className="govuk-hint govuk-radios__hint">
                      {option.hint}
                    </div>
                  )}
                </div>
                {option.conditional && (
                  <div
                    id={conditionalId}
                    className={value === option.value ? 'govuk-radios__conditional' : 'govuk-radios__conditional govuk-radios__conditional--hidden'}
                  >
                    {option.conditional}
                  </div>
                )}
              </Fragment>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
