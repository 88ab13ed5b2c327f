import { useEffect, useState, type ReactNode } from 'react';
import { describedBy, FieldError } from './field-error';

export interface CharacterCountProps {
  id: string;
  name: string;
  label: ReactNode;
  labelSize?: 's' | 'm' | 'l';
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  rows?: number;
}

function remainingText(remaining: number): string {
  const n = Math.abs(remaining).toLocaleString('en-GB');
  const characters = Math.abs(remaining) === 1 ? 'character' : 'characters';
  return remaining >= 0 ? `You have ${n} ${characters} remaining` : `You have ${n} ${characters} too many`;
}

/**
 * GOV.UK character count: a textarea whose limit is told up front and counted down as the user types.
 * Typing past the limit is allowed (the form says so on submit), as the pattern advises. The count
 * is announced politely once typing pauses, not at every key.
 */
export function CharacterCount({ id, name, label, labelSize, hint, error, value, onChange, maxLength, rows = 5 }: CharacterCountProps) {
  const remaining = maxLength - value.length;
  const [announced, setAnnounced] = useState(remainingText(remaining));
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(remainingText(remaining)), 1000);
    return () => clearTimeout(timer);
  }, [remaining]);

  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const infoId = `${id}-info`;
  const over = remaining < 0;
  return (
    <div className={error ? 'govuk-form-group govuk-form-group--error govuk-character-count' : 'govuk-form-group govuk-character-count'}>
      <label className={labelSize ? `govuk-label govuk-label--${labelSize}` : 'govuk-label'} htmlFor={id}>
        {label}
      </label>
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
        className={['govuk-textarea', 'govuk-js-character-count', (error || over) && 'govuk-textarea--error'].filter(Boolean).join(' ')}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(hintId, errorId, infoId)}
      />
      <div id={infoId} className="govuk-visually-hidden">
        You can enter up to {maxLength.toLocaleString('en-GB')} characters
      </div>
      <div className={over ? 'govuk-error-message govuk-character-count__status' : 'govuk-hint govuk-character-count__status'} aria-hidden="true">
        {remainingText(remaining)}
      </div>
      <div className="govuk-character-count__sr-status govuk-visually-hidden" aria-live="polite">
        {announced}
      </div>
    </div>
  );
}
