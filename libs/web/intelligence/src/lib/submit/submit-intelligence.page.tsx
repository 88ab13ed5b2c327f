import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { errorSummaryOf, londonToday } from '@mace/web-children';
import { useCurrentUser } from '@mace/web-shell';
import { BackLink, Button, DateInput, ErrorSummary, Radios, Select, Textarea, TextInput, useFocusHash, usePageTitle } from '@mace/web-ui';
import { INTELLIGENCE_PATH, SUBMIT_CHECK_PATH } from '../common/intelligence-paths';
import { ChildPicker } from './child-picker.component';
import { provenanceOptions, submitFormErrors, withChild, type SubmitForm } from './submit-form';
import { useIntelligenceDraft } from './submit-draft.context';

const ORDER = [
  ['what', 'what'],
  ['occurredOn', 'occurredOn-day'],
  ['occurredTime', 'occurredTime'],
  ['place', 'place'],
  ['who', 'who'],
  ['provenance', 'provenance'],
  ['provenanceDetail', 'provenanceDetail'],
  ['districtId', 'districtId'],
] as const;

/** The partnership intelligence form: what, when, where, who, how you know, which children. */
export function SubmitIntelligencePage() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { form, setForm } = useIntelligenceDraft();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const summary = useMemo(() => errorSummaryOf(errors, ORDER), [errors]);
  usePageTitle('Share intelligence', summary.length > 0);
  useFocusHash();
  const set = (change: Partial<SubmitForm>) => setForm((current) => ({ ...current, ...change }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = submitFormErrors(form, londonToday());
    setErrors(found);
    if (Object.keys(found).length === 0) navigate(SUBMIT_CHECK_PATH);
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={INTELLIGENCE_PATH}>Back</BackLink>
        {summary.length > 0 && <ErrorSummary errors={summary} />}
        <h1 className="govuk-heading-l">Share intelligence</h1>
        <p className="govuk-body">
          Tell the police about something you saw, heard or were told that may be linked to the exploitation of a child. The police single point of
          contact (SPOC) reads and grades everything shared.
        </p>
        <form noValidate onSubmit={submit}>
          <Textarea
            id="what"
            name="what"
            label="What happened?"
            labelSize="m"
            hint="Describe what you saw or were told, in your own words. Include descriptions of people and vehicles, and registrations if you have them."
            value={form.what}
            error={errors['what']}
            onChange={(what) => set({ what })}
            rows={8}
          />
          <DateInput
            id="occurredOn"
            legend="When did it happen? (optional)"
            hint="For example, 27 3 2026"
            value={form.occurredOn}
            error={errors['occurredOn']}
            onChange={(occurredOn) => set({ occurredOn })}
          />
          <TextInput
            id="occurredTime"
            name="occurredTime"
            label="Time (optional)"
            hint="For example, 3:15pm, or ‘after school’"
            inputClassName="govuk-input--width-20"
            value={form.occurredTime}
            error={errors['occurredTime']}
            onChange={(event) => set({ occurredTime: event.target.value })}
          />
          <TextInput
            id="place"
            name="place"
            label="Where did it happen? (optional)"
            labelSize="m"
            hint="An address, a street, or a description of the place"
            value={form.place}
            error={errors['place']}
            onChange={(event) => set({ place: event.target.value })}
          />
          <Textarea
            id="who"
            name="who"
            label="Who was involved? (optional)"
            labelSize="m"
            hint="Names, nicknames or descriptions of anyone involved"
            value={form.who}
            error={errors['who']}
            onChange={(who) => set({ who })}
            rows={3}
          />
          <Radios
            id="provenance"
            name="provenance"
            legend="How do you know?"
            value={form.provenance}
            error={errors['provenance']}
            onChange={(value) => set({ provenance: value as SubmitForm['provenance'] })}
            options={provenanceOptions()}
          />
          <Textarea
            id="provenanceDetail"
            name="provenanceDetail"
            label="Tell us more about how you know (optional)"
            hint="For example, who told you and when. Only the police will see this."
            value={form.provenanceDetail}
            error={errors['provenanceDetail']}
            onChange={(provenanceDetail) => set({ provenanceDetail })}
            rows={3}
          />
          <ChildPicker
            chosen={form.children}
            onAdd={(child) => set({ children: withChild(form.children, child) })}
            onRemove={(id) => set({ children: form.children.filter((child) => child.id !== id) })}
          />
          {user.districts.length > 1 && (
            <Select
              id="districtId"
              name="districtId"
              label="District"
              labelSize="m"
              value={form.districtId}
              error={errors['districtId']}
              onChange={(districtId) => set({ districtId })}
              options={[{ value: '', label: 'Select a district' }, ...user.districts.map((d) => ({ value: d.id, label: d.name }))]}
            />
          )}
          <Button>Continue</Button>
        </form>
      </div>
    </div>
  );
}
