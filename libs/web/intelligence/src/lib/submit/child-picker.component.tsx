import { useLazyQuery } from '@apollo/client/react';
import { useState } from 'react';
import { SearchChildrenDocument } from '@mace/web-data-access';
import { Button, TextInput } from '@mace/web-ui';
import type { ChosenChild } from './submit-form';

/**
 * Find children the caller may see by name and add them. Not a <form>: it sits inside the
 * intelligence form, so its search button is a plain button.
 */
export function ChildPicker({ chosen, onAdd, onRemove }: { chosen: readonly ChosenChild[]; onAdd: (child: ChosenChild) => void; onRemove: (id: string) => void }) {
  const [term, setTerm] = useState('');
  const [search, { data, loading, called }] = useLazyQuery(SearchChildrenDocument);
  // Only children whose record the caller may open can be named; the others show only where they are known.
  const found = (data?.searchChildren ?? []).flatMap((result) => (result.child ? [result.child] : []));

  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset" aria-describedby="children-hint">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Which children is it about? (optional)</legend>
        <div id="children-hint" className="govuk-hint">
          Only children your agency works with can be named here. Leave this out if you do not know.
        </div>
        {chosen.length > 0 && (
          <ul className="govuk-list" aria-label="Children chosen">
            {chosen.map((child) => (
              <li key={child.id}>
                {child.fullName}{' '}
                <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-left-2" onClick={() => onRemove(child.id)}>
                  Remove<span className="govuk-visually-hidden"> {child.fullName}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <TextInput id="child-term" name="child-term" label="Child’s name" value={term} onChange={(event) => setTerm(event.target.value)} inputClassName="govuk-input--width-20" />
        <Button type="button" variant="secondary" onClick={() => term.trim() && void search({ variables: { term: term.trim(), first: 10 } })}>
          Find child
        </Button>
        <div aria-live="polite">
          {loading && <p className="govuk-body">Searching…</p>}
          {called && !loading && data && found.length === 0 && <p className="govuk-body">No child you may see matches “{term}”.</p>}
          {found.length > 0 && (
            <ul className="govuk-list">
              {found.map((child) => (
                <li key={child.id}>
                  {child.fullName}
                  {child.dateOfBirth && <span className="govuk-hint govuk-!-display-inline"> born {child.dateOfBirth}</span>}{' '}
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-left-2"
                    disabled={chosen.some((c) => c.id === child.id)}
                    onClick={() => onAdd({ id: child.id, fullName: child.fullName })}
                  >
                    Add<span className="govuk-visually-hidden"> {child.fullName}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </fieldset>
    </div>
  );
}
