import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button, Textarea } from '@mace/web-ui';
import { withoutServerErrors } from './referral-draft';
import { useReferralDraft } from './referral-draft.context';
import { STEP_PATHS } from './referral-steps';
import { errorSummaryOf, StepLayout, useChanging, type FieldErrors } from './step-layout.component';
import { NARRATIVE_MAX, requiredText } from './validation';

/** Step 3: the concerns, in the referrer's own words. */
export function ConcernsStepPage() {
  const { draft, update } = useReferralDraft();
  const navigate = useNavigate();
  const changing = useChanging();
  const [concerns, setConcerns] = useState(draft.concerns);
  const [errors, setErrors] = useState<FieldErrors>(() => ({ concerns: draft.serverErrors.concerns }));
  const summary = useMemo(() => errorSummaryOf(errors, [['concerns', 'concerns']]), [errors]);
  const back = draft.existingChild ? STEP_PATHS.possibleMatches : STEP_PATHS.childDetails;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const error = requiredText(concerns, 'Describe what you are worried about', NARRATIVE_MAX, 'Concerns');
    if (error) {
      setErrors({ concerns: error });
      return;
    }
    update({ concerns: concerns.trim(), serverErrors: withoutServerErrors(draft, ['concerns']) });
    navigate(changing ? STEP_PATHS.checkAnswers : STEP_PATHS.screening(1));
  }

  const child = draft.existingChild?.fullName ?? `${draft.givenName} ${draft.familyName}`;
  return (
    <StepLayout title="What are you worried about?" back={back} errors={summary}>
      <form noValidate onSubmit={submit}>
        <Textarea
          id="concerns"
          name="concerns"
          label={`What are you worried about for ${child}?`}
          labelAsHeading
          labelSize="l"
          hint="In your own words: what has happened, what you have seen or been told, by whom and when. Include places, people and vehicles if you know them."
          rows={10}
          value={concerns}
          error={errors['concerns']}
          onChange={setConcerns}
        />
        <Button>Continue</Button>
      </form>
    </StepLayout>
  );
}
