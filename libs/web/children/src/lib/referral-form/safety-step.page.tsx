import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button, Textarea } from '@mace/web-ui';
import { withoutServerErrors } from './referral-draft';
import { useReferralDraft } from './referral-draft.context';
import { STEP_PATHS } from './referral-steps';
import { errorSummaryOf, hasErrors, StepLayout, useChanging, type FieldErrors } from './step-layout.component';
import { NARRATIVE_MAX, requiredText } from './validation';

const QUESTIONS = [
  {
    field: 'dangerStatement',
    label: 'Danger statement',
    hint: 'What are you worried will happen to the child if nothing changes? For example: “We are worried that Jo will be seriously hurt while carrying drugs for older men.”',
    missing: 'Enter the danger statement',
  },
  {
    field: 'safetyGoal',
    label: 'Safety goal',
    hint: 'What needs to be true for everyone to feel the child is safe enough?',
    missing: 'Enter the safety goal',
  },
  {
    field: 'childVoice',
    label: 'The child’s voice',
    hint: 'What the child says about their situation, in their words where you can. Say so if you have not been able to ask.',
    missing: 'Enter what the child says, or that you have not been able to ask',
  },
  {
    field: 'strengths',
    label: 'Strengths',
    hint: 'What is working well: people, places and activities that keep the child safe.',
    missing: 'Enter the strengths around the child',
  },
] as const;
type SafetyField = (typeof QUESTIONS)[number]['field'];
const ORDER = QUESTIONS.map((q) => [q.field, q.field] as const);

/** Step 6: the safety-planning statements (Signs of Safety). */
export function SafetyStepPage() {
  const { draft, update } = useReferralDraft();
  const navigate = useNavigate();
  const changing = useChanging();
  const [form, setForm] = useState<Record<SafetyField, string>>({
    dangerStatement: draft.dangerStatement,
    safetyGoal: draft.safetyGoal,
    childVoice: draft.childVoice,
    strengths: draft.strengths,
  });
  const [errors, setErrors] = useState<FieldErrors>(() => ({ ...draft.serverErrors }));
  const summary = useMemo(() => errorSummaryOf(errors, ORDER), [errors]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: FieldErrors = Object.fromEntries(
      QUESTIONS.map((q) => [q.field, requiredText(form[q.field], q.missing, NARRATIVE_MAX, q.label)]),
    );
    if (hasErrors(found)) {
      setErrors(found);
      return;
    }
    update({
      dangerStatement: form.dangerStatement.trim(),
      safetyGoal: form.safetyGoal.trim(),
      childVoice: form.childVoice.trim(),
      strengths: form.strengths.trim(),
      serverErrors: withoutServerErrors(draft, QUESTIONS.map((q) => q.field)),
    });
    navigate(changing ? STEP_PATHS.checkAnswers : STEP_PATHS.sharing);
  }

  return (
    <StepLayout title="Danger, safety and the child’s voice" back={STEP_PATHS.riskLevel} errors={summary}>
      <h1 className="govuk-heading-l">Danger, safety and the child’s voice</h1>
      <form noValidate onSubmit={submit}>
        {QUESTIONS.map((q) => (
          <Textarea
            key={q.field}
            id={q.field}
            name={q.field}
            label={q.label}
            labelSize="m"
            hint={q.hint}
            value={form[q.field]}
            error={errors[q.field]}
            onChange={(value) => setForm({ ...form, [q.field]: value })}
          />
        ))}
        <Button>Continue</Button>
      </form>
    </StepLayout>
  );
}
