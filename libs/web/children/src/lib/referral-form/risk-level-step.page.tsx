import { useQuery } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { RISK_LEVEL_LABELS, RiskLevel, type ScreeningAnswer } from '@mace/shared-domain';
import { ScoreScreeningDocument, ScreeningToolDocument } from '@mace/web-data-access';
import { Button, InsetText, Radios, Textarea } from '@mace/web-ui';
import { Loading } from '../common/page-state';
import { RiskTag } from '../common/risk-tag.component';
import { withoutServerErrors } from './referral-draft';
import { useReferralDraft } from './referral-draft.context';
import { STEP_PATHS } from './referral-steps';
import { sectionsOf } from './screening-sections';
import { errorSummaryOf, hasErrors, StepLayout, useChanging, type FieldErrors } from './step-layout.component';
import { NARRATIVE_MAX, requiredText } from './validation';

const LEVELS = [RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW, RiskLevel.NONE];
const ORDER = [
  ['referrerLevel', 'referrerLevel'],
  ['overrideReason', 'overrideReason'],
] as const;

/** Step 5: the level the screening suggests and why; the referrer's own level, with a reason when it differs. */
export function RiskLevelStepPage() {
  const { draft, update } = useReferralDraft();
  const navigate = useNavigate();
  const changing = useChanging();
  const answers = useMemo(
    () =>
      Object.entries(draft.answers)
        .filter(([, a]) => a.lastSixMonths && a.earlier)
        .map(([questionKey, a]) => ({
          questionKey,
          lastSixMonths: a.lastSixMonths as ScreeningAnswer,
          earlier: a.earlier as ScreeningAnswer,
        })),
    [draft.answers],
  );
  const { data, error, loading } = useQuery(ScoreScreeningDocument, {
    variables: { input: { toolVersion: draft.toolVersion ?? 0, answers } },
    skip: draft.toolVersion === null,
    fetchPolicy: 'network-only',
  });
  const suggestion = data?.scoreScreening;
  const [chosenLevel, setLevel] = useState<RiskLevel | ''>(draft.referrerLevel);
  const [overrideReason, setOverrideReason] = useState(draft.overrideReason);
  const [errors, setErrors] = useState<FieldErrors>(() => ({
    referrerLevel: draft.serverErrors.referrerLevel,
    overrideReason: draft.serverErrors.overrideReason,
  }));
  const summary = useMemo(() => errorSummaryOf(errors, ORDER), [errors]);

  const tool = useQuery(ScreeningToolDocument).data?.screeningTool;
  const lastSection = tool ? sectionsOf(tool.questions).length : 1;
  // Start from the suggestion: most referrers agree with it, and those who do not say why.
  const level = chosenLevel || suggestion?.level || '';

  if (draft.toolVersion === null) return <Navigate to={STEP_PATHS.screening(1)} replace />;

  const differs = Boolean(suggestion && level && level !== suggestion.level);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!suggestion) return;
    const found: FieldErrors = {
      referrerLevel: level ? undefined : 'Select the level of risk you think the child is at',
      overrideReason: differs
        ? requiredText(overrideReason, 'Explain why your level differs from the suggested level', NARRATIVE_MAX, 'Reason')
        : undefined,
    };
    if (hasErrors(found)) {
      setErrors(found);
      return;
    }
    update({
      referrerLevel: level,
      suggestedLevel: suggestion.level,
      overrideReason: differs ? overrideReason.trim() : '',
      serverErrors: withoutServerErrors(draft, ['referrerLevel', 'overrideReason']),
    });
    navigate(changing ? STEP_PATHS.checkAnswers : STEP_PATHS.safety);
  }

  return (
    <StepLayout title="Level of risk" back={STEP_PATHS.screening(lastSection)} errors={summary}>
      <h1 className="govuk-heading-l">Level of risk</h1>
      {loading && <Loading />}
      {error && <p className="govuk-body">Sorry, we could not score the screening. Go back and try again.</p>}
      {suggestion && (
        <>
          <h2 className="govuk-heading-m">
            Suggested level: <RiskTag level={suggestion.level} />
          </h2>
          {suggestion.because.length > 0 ? (
            <>
              <p className="govuk-body">The screening suggests this because:</p>
              <ul className="govuk-list govuk-list--bullet">
                {suggestion.because.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </>
          ) : (
            <p className="govuk-body">No answer raised the level.</p>
          )}
          {suggestion.notKnownCount > 0 && (
            <InsetText>
              {suggestion.notKnownCount === 1 ? '1 answer was' : `${suggestion.notKnownCount} answers were`} ‘Not known’. The
              level may be higher than suggested.
            </InsetText>
          )}
          <form noValidate onSubmit={submit}>
            <Radios
              id="referrerLevel"
              name="referrerLevel"
              legend="What level of risk do you think the child is at?"
              hint="Use your professional judgement. If it differs from the suggestion, say why."
              value={level}
              error={errors['referrerLevel']}
              onChange={(value) => setLevel(value as RiskLevel)}
              options={LEVELS.map((value) => ({
                value,
                label: value === suggestion.level ? `${RISK_LEVEL_LABELS[value]} (suggested)` : RISK_LEVEL_LABELS[value],
              }))}
            />
            {differs && (
              <Textarea
                id="overrideReason"
                name="overrideReason"
                label="Why is your level different from the suggested level?"
                labelSize="s"
                value={overrideReason}
                error={errors['overrideReason']}
                onChange={setOverrideReason}
              />
            )}
            <Button>Continue</Button>
          </form>
        </>
      )}
    </StepLayout>
  );
}
