import { useMutation } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { LINK_CONFIDENCE_LABELS, LINK_RELATION_LABELS, type LinkConfidence, type LinkRelation } from '@mace/shared-domain';
import { errorSummaryOf, optionsFrom, type FieldErrors } from '@mace/web-children';
import { CreateLinkDocument, type EntityRefFieldsFragment, apiFormErrors } from '@mace/web-data-access';
import { Button, DateInput, ErrorSummary, Radios, Textarea, usePageTitle } from '@mace/web-ui';
import { EndPicker } from './end-picker.component';
import { emptyLinkForm, linkFormErrors, relationsFor, toCreateLinkInput, type LinkForm } from './link-form';
import { STALE_EDIT } from '../common/stale-edit';

const ORDER = [
  ['from', 'from-kind'],
  ['to', 'to-kind'],
  ['relation', 'relation'],
  ['confidence', 'confidence'],
  ['validFrom', 'validFrom-day'],
  ['validTo', 'validTo-day'],
  ['note', 'note'],
] as const;
const FIELDS = ORDER.map(([field]) => field);

export interface LinkFormViewProps {
  title: string;
  /** The record the link starts from, when the page is about one. */
  fixedFrom?: EntityRefFieldsFragment;
  /** The intelligence the link rests on. */
  intelligenceId?: string;
  suggestions?: readonly EntityRefFieldsFragment[];
  onDone: () => void;
}

/** Link two records: both ends found or made here, then the relation, its dates and how sure we are. */
export function LinkFormView({ title, fixedFrom, intelligenceId, suggestions, onDone }: LinkFormViewProps) {
  const [form, setForm] = useState<LinkForm>(() => emptyLinkForm(fixedFrom));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [createLink, { loading }] = useMutation(CreateLinkDocument);
  const summary = useMemo(() => errorSummaryOf(errors, ORDER), [errors]);
  usePageTitle(title, summary.length > 0);
  const set = (change: Partial<LinkForm>) => setForm((current) => ({ ...current, ...change }));
  const relations = relationsFor(form.from?.kind, form.to?.kind);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const found = linkFormErrors(form);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await createLink({ variables: { input: toCreateLinkInput(form, intelligenceId) } });
      onDone();
    } catch (caught) {
      setErrors(apiFormErrors(caught, FIELDS, 'You are not allowed to link these records', STALE_EDIT));
    }
  }

  return (
    <>
      {summary.length > 0 && <ErrorSummary errors={summary} />}
      <h1 className="govuk-heading-l">{title}</h1>
      <form noValidate onSubmit={submit}>
        {fixedFrom ? (
          <p className="govuk-body">
            From <strong>{fixedFrom.label}</strong>
          </p>
        ) : (
          <EndPicker id="from-" legend="First record" value={form.from} error={errors['from']} suggestions={suggestions} onChange={(from) => set({ from })} />
        )}
        <EndPicker id="to-" legend="Linked to" value={form.to} error={errors['to']} suggestions={fixedFrom ? suggestions : undefined} onChange={(to) => set({ to })} />
        <Radios
          id="relation"
          name="relation"
          legend="How are they linked?"
          hint={form.from && form.to ? `${form.from.label} … ${form.to.label}` : undefined}
          value={relations.includes(form.relation as LinkRelation) ? form.relation : ''}
          error={errors['relation']}
          onChange={(value) => set({ relation: value as LinkRelation })}
          options={relations.map((value) => ({ value, label: LINK_RELATION_LABELS[value] }))}
        />
        <Radios
          id="confidence"
          name="confidence"
          legend="How confident are you?"
          inline
          value={form.confidence}
          error={errors['confidence']}
          onChange={(value) => set({ confidence: value as LinkConfidence })}
          options={optionsFrom(LINK_CONFIDENCE_LABELS)}
        />
        <DateInput id="validFrom" legend="When did the link begin? (optional)" legendSize="s" hint="For example, 1 3 2026" value={form.validFrom} error={errors['validFrom']} onChange={(validFrom) => set({ validFrom })} />
        <DateInput id="validTo" legend="When did it end? (optional)" legendSize="s" hint="Leave empty if it continues" value={form.validTo} error={errors['validTo']} onChange={(validTo) => set({ validTo })} />
        <Textarea id="note" name="note" label="Note (optional)" value={form.note} error={errors['note']} onChange={(note) => set({ note })} rows={3} />
        <Button disabled={loading}>Save the link</Button>
      </form>
    </>
  );
}
