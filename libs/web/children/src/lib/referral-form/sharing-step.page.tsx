import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { LAWFUL_BASIS_LABELS, type Awareness, type LawfulBasis } from '@mace/shared-domain';
import { Button, Radios } from '@mace/web-ui';
import { optionsFrom } from '../common/labelled-list';
import { withoutServerErrors } from './referral-draft';
import { useReferralDraft } from './referral-draft.context';
import { AWARENESS_LABELS } from './referral-labels';
import { STEP_PATHS } from './referral-steps';
import { errorSummaryOf, hasErrors, StepLayout, type FieldErrors } from './step-layout.component';

const ORDER = [
  ['childAware', 'childAware'],
  ['familyAware', 'familyAware'],
  ['lawfulBasis', 'lawfulBasis'],
] as const;

/** Step 7: who knows about the referral, and the lawful basis for sharing. */
export function SharingStepPage() {
  const { draft, update } = useReferralDraft();
  const navigate = useNavigate();
  const [form, setForm] = useState({ childAware: draft.childAware, familyAware: draft.familyAware, lawfulBasis: draft.lawfulBasis });
  const [errors, setErrors] = useState<FieldErrors>(() => ({ ...draft.serverErrors }));
  const summary = useMemo(() => errorSummaryOf(errors, ORDER), [errors]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: FieldErrors = {
      childAware: form.childAware ? undefined : 'Select whether the child knows about this referral',
      familyAware: form.familyAware ? undefined : 'Select whether the family knows about this referral',
      lawfulBasis: form.lawfulBasis ? undefined : 'Select the lawful basis for sharing this information',
    };
    if (hasErrors(found)) {
      setErrors(found);
      return;
    }
    update({ ...form, serverErrors: withoutServerErrors(draft, ['childAware', 'familyAware', 'lawfulBasis']) });
    navigate(STEP_PATHS.checkAnswers);
  }

  return (
    <StepLayout title="Consent and sharing" back={STEP_PATHS.safety} errors={summary}>
      <h1 className="govuk-heading-l">Consent and sharing</h1>
      <form noValidate onSubmit={submit}>
        <Radios
          id="childAware"
          name="childAware"
          legend="Does the child know about this referral?"
          inline
          value={form.childAware}
          error={errors['childAware']}
          onChange={(v) => setForm({ ...form, childAware: v as Awareness })}
          options={optionsFrom(AWARENESS_LABELS)}
        />
        <Radios
          id="familyAware"
          name="familyAware"
          legend="Does the family know about this referral?"
          inline
          value={form.familyAware}
          error={errors['familyAware']}
          onChange={(v) => setForm({ ...form, familyAware: v as Awareness })}
          options={optionsFrom(AWARENESS_LABELS)}
        />
        <Radios
          id="lawfulBasis"
          name="lawfulBasis"
          legend="What is the lawful basis for sharing this information?"
          hint="You can share without consent where it is needed to keep a child safe."
          value={form.lawfulBasis}
          error={errors['lawfulBasis']}
          onChange={(v) => setForm({ ...form, lawfulBasis: v as LawfulBasis })}
          options={optionsFrom(LAWFUL_BASIS_LABELS)}
        />
        <Button>Continue</Button>
      </form>
    </StepLayout>
  );
}
