import { useMutation } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ACTION_CATEGORY_LABELS, ErrorCode } from '@mace/shared-domain';
import { readApiError, UpdateActionsDocument, type ActionSummaryFragment } from '@mace/web-data-access';
import { ActionTags, errorSummaryOf, formatDate, hasErrors, NARRATIVE_MAX, optionalText, type FieldErrors } from '@mace/web-children';
import { Button, ErrorSummary, Textarea } from '@mace/web-ui';
import { ConflictSummary } from '../common/conflict-summary.component';
import { StatusChoiceFields } from '../common/status-choice.component';
import {
  fieldsOf,
  isUnfinished,
  nextStatuses,
  NO_STATUS_CHOICE,
  reasonFieldId,
  statusChoiceErrors,
  statusInput,
  type StatusChoice,
} from '../common/status-choice';

/** The API takes at most this many actions in one update. */
const MOST_AT_ONCE = 50;
const PREFIX = 'bulk-';
const CONFLICT = 'conflict';

export interface ActionsTableProps {
  actions: readonly ActionSummaryFragment[];
  /** Called with how many actions were updated. */
  onUpdated: (count: number) => void;
}

/**
 * The inbox table with a checkbox on each action the caller may update, and one form that gives
 * the selected actions a new status together. All or nothing: the API changes none if any is stale.
 */
export function ActionsTable({ actions, onUpdated }: ActionsTableProps) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [choice, setChoice] = useState<StatusChoice>(NO_STATUS_CHOICE);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [updateActions, { loading }] = useMutation(UpdateActionsDocument);

  const selectable = actions.filter((action) => action.canUpdate && isUnfinished(action.status));
  const chosen = selectable.filter((action) => selected.has(action.id));
  // Cancelling is offered only when the caller may cancel every selected action (the district's chair).
  const canCancel = chosen.length > 0 && chosen.every((action) => action.canCancel);
  // Derived from strings, not arrays, so the summary (which takes focus when it changes) stays the same between renders.
  const firstSelectable = actions.find((action) => action.canUpdate && isUnfinished(action.status))?.id ?? '';
  const summary = useMemo(
    () => (errors[CONFLICT] ? [] : errorSummaryOf(errors, fieldOrder(choice.status, firstSelectable))),
    [errors, choice.status, firstSelectable],
  );

  function toggle(id: string, checked: boolean) {
    const next = new Set(selected);
    if (checked) next.add(id);
    else next.delete(id);
    setSelected(next);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const found: FieldErrors = {
      actions:
        chosen.length === 0
          ? 'Select the actions to update'
          : chosen.length > MOST_AT_ONCE
            ? `Select ${MOST_AT_ONCE} actions or fewer`
            : undefined,
      ...statusChoiceErrors(choice, 'Select the new status'),
      note: optionalText(note, NARRATIVE_MAX, 'Progress note'),
    };
    if (hasErrors(found)) {
      setErrors(found);
      return;
    }
    const { status, ...notes } = statusInput(choice);
    if (!status) return;
    try {
      const { data } = await updateActions({
        variables: {
          input: {
            actions: chosen.map((action) => ({ id: action.id, version: action.version })),
            status,
            ...notes,
            ...(note.trim() ? { note: note.trim() } : {}),
          },
        },
      });
      setSelected(new Set());
      setChoice(NO_STATUS_CHOICE);
      setNote('');
      setErrors({});
      onUpdated(data?.updateActions.length ?? chosen.length);
    } catch (caught) {
      const api = readApiError(caught);
      if (api.code === ErrorCode.CONFLICT) setErrors({ [CONFLICT]: 'conflict' });
      else if (api.code === ErrorCode.BAD_USER_INPUT) {
        const byField = fieldsOf(api.fields);
        const shown = fieldOrder(choice.status, firstSelectable).some(([field]) => byField[field]);
        setErrors(shown ? byField : { form: Object.values(byField)[0] ?? api.message ?? 'Check the update and try again' });
      } else if (api.code === ErrorCode.FORBIDDEN || api.code === ErrorCode.NOT_FOUND) {
        setErrors({ form: 'You cannot update one of the selected actions. None of them has changed.' });
      } else setErrors({ form: 'Sorry, there is a problem with the service. Try again later.' });
    }
  }

  return (
    <form noValidate onSubmit={submit} aria-label="Actions, and an update for the selected ones">
      {errors[CONFLICT] && (
        <ConflictSummary title="Someone else updated one of these actions">
          None of the selected actions has changed.
        </ConflictSummary>
      )}
      {summary.length > 0 && <ErrorSummary errors={summary} />}
      <div className={errors['actions'] ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
        {errors['actions'] && (
          <p className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {errors['actions']}
          </p>
        )}
        <table className="govuk-table app-table--compact">
          <caption className="govuk-table__caption govuk-visually-hidden">Actions; select some to update them together</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Select</span>
              </th>
              <th scope="col" className="govuk-table__header">Child</th>
              <th scope="col" className="govuk-table__header">Action</th>
              <th scope="col" className="govuk-table__header">Category</th>
              <th scope="col" className="govuk-table__header">Owner</th>
              <th scope="col" className="govuk-table__header">Due</th>
              <th scope="col" className="govuk-table__header">Status</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {actions.map((action) => {
              const id = `${PREFIX}select-${action.id}`;
              const canSelect = action.canUpdate && isUnfinished(action.status);
              return (
                <tr className="govuk-table__row" key={action.id}>
                  <td className="govuk-table__cell">
                    {canSelect && (
                      <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                        <div className="govuk-checkboxes__item">
                          <input
                            className="govuk-checkboxes__input"
                            id={id}
                            name="selected"
                            type="checkbox"
                            value={action.id}
                            checked={selected.has(action.id)}
                            onChange={(event) => toggle(action.id, event.target.checked)}
                          />
                          <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                            <span className="govuk-visually-hidden">
                              Select the action for {action.child.fullName}: {action.description}
                            </span>
                          </label>
                        </div>
                      </div>
                    )}
                  </td>
                  <td className="govuk-table__cell">
                    <Link to={`/children/${action.child.id}`} className="govuk-link">
                      {action.child.fullName}
                    </Link>
                  </td>
                  <td className="govuk-table__cell">
                    <Link to={`/actions/${action.id}`} className="govuk-link">
                      {action.description}
                    </Link>
                  </td>
                  <td className="govuk-table__cell">{ACTION_CATEGORY_LABELS[action.category]}</td>
                  <td className="govuk-table__cell">
                    {action.ownerAgency.name}
                    {action.ownerName && <span className="govuk-hint govuk-!-margin-bottom-0">{action.ownerName}</span>}
                  </td>
                  <td className="govuk-table__cell">{formatDate(action.dueOn)}</td>
                  <td className="govuk-table__cell">
                    <ActionTags action={action} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      {selectable.length > 0 && (
        <div>
          <h2 className="govuk-heading-m">Update selected</h2>
          <p className="govuk-body" role="status">
            {chosen.length === 1 ? '1 action selected' : `${chosen.length} actions selected`}
          </p>
          <StatusChoiceFields
            idPrefix={PREFIX}
            legend="New status"
            statuses={nextStatuses(undefined, canCancel)}
            value={choice}
            onChange={setChoice}
            errors={errors}
          />
          <Textarea
            id={`${PREFIX}note`}
            name="note"
            label="Progress note (optional)"
            labelSize="s"
            hint="Added to the update log of each selected action"
            value={note}
            error={errors['note']}
            onChange={setNote}
            rows={3}
          />
          <Button disabled={loading}>Update selected</Button>
        </div>
      )}
    </form>
  );
}

/** The form's fields in page order, each with the id its error links to. */
function fieldOrder(status: StatusChoice['status'], firstSelectable: string) {
  return [
    ['actions', `${PREFIX}select-${firstSelectable}`],
    ['status', `${PREFIX}status`],
    ['outcomeNote', `${PREFIX}outcomeNote`],
    ['reason', reasonFieldId(PREFIX, status)],
    ['note', `${PREFIX}note`],
  ] as const;
}
