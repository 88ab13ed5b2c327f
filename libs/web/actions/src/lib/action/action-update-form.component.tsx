import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ACTION_STATUS_LABELS, ErrorCode, Permission } from '@mace/shared-domain';
import { AgencyUsersDocument, readApiError, UpdateActionDocument, type ActionDetailFragment } from '@mace/web-data-access';
import { errorSummaryOf, hasErrors, NARRATIVE_MAX, optionalText, type FieldErrors } from '@mace/web-children';
import { useHasPermission } from '@mace/web-shell';
import { Button, ErrorSummary, Select, Textarea, usePageTitle } from '@mace/web-ui';
import { ConflictSummary } from '../common/conflict-summary.component';
import { StatusChoiceFields } from '../common/status-choice.component';
import { fieldsOf, nextStatuses, NO_STATUS_CHOICE, reasonFieldId, statusChoiceErrors, statusInput, type StatusChoice } from '../common/status-choice';
import type { ActionPageState } from './action.page';

const CONFLICT = 'conflict';

/** Log progress, change the status or name the owner; sends the version read, so a stale form is refused. */
export function ActionUpdateForm({ action }: { action: ActionDetailFragment }) {
  const navigate = useNavigate();
  const has = useHasPermission();
  // Naming a person needs the agency's users, which only user:read may list; without it the field is left out.
  const canChooseOwner = has(Permission.USER_READ);
  const users = useQuery(AgencyUsersDocument, { variables: { agencyId: action.ownerAgency.id }, skip: !canChooseOwner });
  const [choice, setChoice] = useState<StatusChoice>(NO_STATUS_CHOICE);
  const [note, setNote] = useState('');
  const [ownerUserId, setOwnerUserId] = useState(action.ownerUserId ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [update, { loading }] = useMutation(UpdateActionDocument);

  const order = useMemo(
    () =>
      [
        ['status', 'status'],
        ['outcomeNote', 'outcomeNote'],
        ['reason', reasonFieldId('', choice.status)],
        ['note', 'note'],
        ['ownerUserId', 'ownerUserId'],
      ] as const,
    [choice.status],
  );
  const summary = useMemo(() => (errors[CONFLICT] ? [] : errorSummaryOf(errors, order)), [errors, order]);
  // The page set this title; saying so again, only with the error prefix when the form shows errors.
  usePageTitle(`Action for ${action.child.fullName}`, summary.length > 0 || Boolean(errors[CONFLICT]));
  const ownerChanged = canChooseOwner && ownerUserId !== (action.ownerUserId ?? '');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const found: FieldErrors = {
      ...statusChoiceErrors(choice),
      note: optionalText(note, NARRATIVE_MAX, 'Progress note'),
    };
    if (!choice.status && !note.trim() && !ownerChanged) found['form'] = 'Choose a new status, enter a progress note or change the owner';
    if (hasErrors(found)) {
      setErrors(found);
      return;
    }
    try {
      await update({
        variables: {
          input: {
            id: action.id,
            version: action.version,
            ...statusInput(choice),
            ...(note.trim() ? { note: note.trim() } : {}),
            ...(ownerChanged && ownerUserId ? { ownerUserId } : {}),
          },
        },
      });
      const state: ActionPageState = { saved: choice.status ? `Action marked as ${ACTION_STATUS_LABELS[choice.status].toLowerCase()}` : 'Action updated' };
      navigate(`/actions/${action.id}`, { replace: true, state });
    } catch (caught) {
      const api = readApiError(caught);
      if (api.code === ErrorCode.CONFLICT) setErrors({ [CONFLICT]: 'conflict' });
      else if (api.code === ErrorCode.BAD_USER_INPUT) {
        const byField = fieldsOf(api.fields);
        const shown = order.some(([field]) => byField[field]);
        // A message about something this form does not show (such as the version) is shown for the whole form.
        setErrors(shown ? byField : { form: Object.values(byField)[0] ?? api.message ?? 'Check the update and try again' });
      } else if (api.code === ErrorCode.FORBIDDEN) setErrors({ form: 'You cannot update this action' });
      else setErrors({ form: 'Sorry, there is a problem with the service. Try again later.' });
    }
  }

  return (
    <form noValidate onSubmit={submit} aria-labelledby="update-heading">
      <h2 className="govuk-heading-m" id="update-heading">
        Update this action
      </h2>
      {errors[CONFLICT] && (
        <ConflictSummary title="Someone else updated this action">
          It changed while you were reading it, and your update has not been saved.
        </ConflictSummary>
      )}
      {summary.length > 0 && <ErrorSummary errors={summary} />}
      <StatusChoiceFields
        legend="Status"
        statuses={nextStatuses(action.status, action.canCancel)}
        keepLabel={`No change (${ACTION_STATUS_LABELS[action.status].toLowerCase()})`}
        value={choice}
        onChange={setChoice}
        errors={errors}
      />
      <Textarea
        id="note"
        name="note"
        label="Progress note (optional)"
        labelSize="s"
        hint="What has been done since the last update. Everyone who can see the action can read it."
        value={note}
        error={errors['note']}
        onChange={setNote}
        rows={4}
      />
      {canChooseOwner && (
        <Select
          id="ownerUserId"
          name="ownerUserId"
          label={`Owner at ${action.ownerAgency.name}`}
          labelSize="s"
          value={ownerUserId}
          error={errors['ownerUserId']}
          onChange={setOwnerUserId}
          options={ownerOptions(action, users.data?.users.nodes ?? [])}
        />
      )}
      <Button disabled={loading}>Save update</Button>
    </form>
  );
}

/** The owner agency's people; "No one named" only while no one is, as an owner can be changed but not removed. */
function ownerOptions(action: ActionDetailFragment, people: readonly { id: string; displayName: string }[]) {
  const current = action.ownerUserId;
  return [
    ...(current ? [] : [{ value: '', label: 'No one named' }]),
    // Until the list arrives (or if the owner has left the agency), the current owner is still shown.
    ...(current && !people.some((person) => person.id === current) ? [{ value: current, label: action.ownerName ?? 'Current owner' }] : []),
    ...people.map((person) => ({ value: person.id, label: person.displayName })),
  ];
}
