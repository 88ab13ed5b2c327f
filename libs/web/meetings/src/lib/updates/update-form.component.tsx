import { useMutation } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { ConflictSummary } from '@mace/web-actions';
import { errorSummaryOf, type FieldErrors } from '@mace/web-children';
import { PreMeetingUpdatesDocument, SaveAgendaItemUpdateDocument, type AgendaItemUpdateFieldsFragment, apiFormErrors, CONFLICT } from '@mace/web-data-access';
import { Button, CharacterCount, ErrorSummary, NotificationBanner, usePageTitle } from '@mace/web-ui';
import { UPDATE_TEXT_MAX } from '../common/form-rules';
import { formFrom, toSaveInput, UPDATE_PART_LABELS, UPDATE_PARTS, updateFormErrors, type UpdateForm as Form } from './update-form';

const ORDER = UPDATE_PARTS.map((part) => [part, part] as const);

export interface UpdateFormProps {
  meetingId: string;
  itemId: string;
  agencyName: string;
  /** The agency's saved update, if any: the form starts from it and sends its version. */
  saved: AgendaItemUpdateFieldsFragment | undefined;
  title: string;
}

/** The caller's agency's structured update on one item; each part optional, at least one given. */
export function UpdateForm({ meetingId, itemId, agencyName, saved, title }: UpdateFormProps) {
  const [form, setForm] = useState<Form>(() => formFrom(saved ?? undefined));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState(false);
  const [save, { loading }] = useMutation(SaveAgendaItemUpdateDocument, {
    // A first save adds the update to the item's list, which the answer alone does not.
    refetchQueries: [{ query: PreMeetingUpdatesDocument, variables: { meetingId } }],
  });
  const summary = useMemo(() => (errors[CONFLICT] ? [] : errorSummaryOf(errors, ORDER)), [errors]);
  usePageTitle(title, summary.length > 0 || Boolean(errors[CONFLICT]));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setDone(false);
    const found = updateFormErrors(form);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await save({ variables: { input: toSaveInput(itemId, saved?.version, form) } });
      setDone(true);
    } catch (caught) {
      setErrors(apiFormErrors(caught, UPDATE_PARTS, 'Your agency cannot post an update on this item'));
    }
  }

  return (
    <form noValidate onSubmit={submit} aria-labelledby="your-update-heading">
      {done && <NotificationBanner type="success" heading="Your agency’s update has been saved" />}
      {errors[CONFLICT] && (
        <ConflictSummary title="Someone else at your agency changed this update">It changed while you were editing it, and your changes have not been saved.</ConflictSummary>
      )}
      {summary.length > 0 && <ErrorSummary errors={summary} />}
      <h2 className="govuk-heading-m" id="your-update-heading">
        Update from {agencyName}
      </h2>
      <p className="govuk-body">Answer what you can. Everyone at the meeting who can see this item reads your update.</p>
      {UPDATE_PARTS.map((part) => (
        <CharacterCount
          key={part}
          id={part}
          name={part}
          label={UPDATE_PART_LABELS[part].label}
          labelSize="s"
          hint={UPDATE_PART_LABELS[part].hint}
          maxLength={UPDATE_TEXT_MAX}
          value={form[part]}
          error={errors[part]}
          onChange={(value) => setForm((current) => ({ ...current, [part]: value }))}
        />
      ))}
      <Button disabled={loading}>{saved ? 'Save changes' : 'Post the update'}</Button>
    </form>
  );
}
