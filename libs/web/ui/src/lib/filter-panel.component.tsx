import { useState, type FormEvent, type ReactNode } from 'react';
import { Button } from './button.component';
import './filter-panel.component.css';

export interface FilterPanelProps<T> {
  /** The filters in force: the starting point of the choices. */
  value: T;
  /** Names the form for assistive technology, e.g. "Filter and sort children". */
  label: string;
  /** The panel's heading level under the page's headings. */
  headingLevel?: 2 | 3;
  onApply: (value: T) => void;
  /** The fields, given the choices so far and a way to change them. */
  children: (draft: T, setDraft: (next: T) => void) => ReactNode;
}

/**
 * The MOJ filter layout around a form applied on submit, so the list beside it does not jump
 * while the user is still choosing.
 */
export function FilterPanel<T>({ value, label, headingLevel = 2, onApply, children }: FilterPanelProps<T>) {
  const [draft, setDraft] = useState(value);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(draft);
  }

  return (
    <div className="moj-filter">
      <div className="moj-filter__header">
        <div className="moj-filter__header-title">
          <Heading className="govuk-heading-m">Filter</Heading>
        </div>
      </div>
      <div className="moj-filter__content">
        <form className="moj-filter__options" noValidate onSubmit={submit} aria-label={label}>
          {children(draft, setDraft)}
          <Button>Apply filters</Button>
        </form>
      </div>
    </div>
  );
}
