import { useQuery } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { SCREENING_ANSWER_LABELS, type ScreeningAnswer } from '@mace/shared-domain';
import { ScreeningToolDocument } from '@mace/web-data-access';
import { Button, Radios } from '@mace/web-ui';
import { optionsFrom } from '../common/labelled-list';
import { Loading, QueryFailed } from '../common/page-state';
import { withoutServerErrors, type ScreeningDraftAnswer } from './referral-draft';
import { useReferralDraft } from './referral-draft.context';
import { STEP_PATHS, withChange } from './referral-steps';
import { questionId, sectionsOf } from './screening-sections';
import { errorSummaryOf, hasErrors, StepLayout, useChanging, type FieldErrors } from './step-layout.component';

const ANSWER_OPTIONS = optionsFrom(SCREENING_ANSWER_LABELS);

/** Step 4: the screening tool, one page per section; every question asked for two periods. */
export function ScreeningStepPage() {
  const { section = '1' } = useParams();
  // A fresh form per section, so one section's errors do not show on the next.
  return <ScreeningSectionForm key={section} sectionNumber={Number(section)} />;
}

function ScreeningSectionForm({ sectionNumber }: { sectionNumber: number }) {
  const { draft, update } = useReferralDraft();
  const navigate = useNavigate();
  const changing = useChanging();
  const { data, error, loading } = useQuery(ScreeningToolDocument);
  const tool = data?.screeningTool;
  const sections = useMemo(() => (tool ? sectionsOf(tool.questions) : []), [tool]);
  const section = sections[sectionNumber - 1];
  // A draft not yet answered (no version) or answered against this version keeps its answers;
  // answers to another version of the tool cannot be kept.
  const sameTool = tool && (draft.toolVersion === null || draft.toolVersion === tool.version);
  const [answers, setAnswers] = useState<Record<string, ScreeningDraftAnswer>>(() => draft.answers);
  // Once the referrer answers on this page, the answers in state are for this version.
  const [answeredHere, setAnsweredHere] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>(() => ({ form: sectionNumber === 1 ? draft.serverErrors.answers : undefined }));
  const order = useMemo(
    () =>
      (section?.questions ?? []).flatMap((q) => [
        [`${q.key}.lastSixMonths`, questionId(q.key, 'lastSixMonths')] as const,
        [`${q.key}.earlier`, questionId(q.key, 'earlier')] as const,
      ]),
    [section],
  );
  const summary = useMemo(() => errorSummaryOf(errors, order), [errors, order]);

  if (error) return <QueryFailed error={error} what="Screening tool" />;
  if (loading || !tool) return <Loading />;
  if (!section) return <Navigate to={STEP_PATHS.screening(1)} replace />;

  const current = sameTool || answeredHere ? answers : {};
  const back = sectionNumber === 1 ? STEP_PATHS.concerns : STEP_PATHS.screening(sectionNumber - 1);
  const last = sectionNumber === sections.length;

  function answer(key: string, period: keyof ScreeningDraftAnswer, value: ScreeningAnswer) {
    setAnswers({ ...current, [key]: { ...current[key], [period]: value } });
    setAnsweredHere(true);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!tool) return;
    const found: FieldErrors = {};
    section.questions.forEach((q, index) => {
      const label = section.questions.length > 1 ? ` for question ${index + 1}` : '';
      if (!current[q.key]?.lastSixMonths) found[`${q.key}.lastSixMonths`] = `Select whether this happened in the last six months${label}`;
      if (!current[q.key]?.earlier) found[`${q.key}.earlier`] = `Select whether this happened earlier${label}`;
    });
    if (hasErrors(found)) {
      setErrors(found);
      return;
    }
    update({ answers: current, toolVersion: tool.version, serverErrors: withoutServerErrors(draft, ['answers']) });
    if (!last) navigate(changing ? withChange(STEP_PATHS.screening(sectionNumber + 1)) : STEP_PATHS.screening(sectionNumber + 1));
    else navigate(STEP_PATHS.riskLevel);
  }

  return (
    <StepLayout title={`Screening: ${section.title}`} back={back} errors={summary} wide>
      <h1 className="govuk-heading-l">
        {section.title}
        <span className="govuk-caption-m">
          Screening, part {sectionNumber} of {sections.length}
        </span>
      </h1>
      <p className="govuk-body">For each indicator, say whether it applied in the last six months, and whether it applied earlier.</p>
      <form noValidate onSubmit={submit}>
        {section.questions.map((q, index) => (
          <div key={q.key} className="govuk-!-margin-bottom-6">
            <h2 className="govuk-heading-m">
              {section.questions.length > 1 && <span className="govuk-visually-hidden">Question {index + 1}: </span>}
              {q.text}
            </h2>
            {q.hint && <p className="govuk-hint">{q.hint}</p>}
            <div className="govuk-grid-row">
              <div className="govuk-grid-column-one-half">
                <Radios
                  id={questionId(q.key, 'lastSixMonths')}
                  name={questionId(q.key, 'lastSixMonths')}
                  legend={
                    <>
                      In the last six months<span className="govuk-visually-hidden">: {q.text}</span>
                    </>
                  }
                  legendSize="s"
                  inline
                  small
                  value={current[q.key]?.lastSixMonths}
                  error={errors[`${q.key}.lastSixMonths`]}
                  onChange={(value) => answer(q.key, 'lastSixMonths', value as ScreeningAnswer)}
                  options={ANSWER_OPTIONS}
                />
              </div>
              <div className="govuk-grid-column-one-half">
                <Radios
                  id={questionId(q.key, 'earlier')}
                  name={questionId(q.key, 'earlier')}
                  legend={
                    <>
                      Earlier<span className="govuk-visually-hidden">: {q.text}</span>
                    </>
                  }
                  legendSize="s"
                  inline
                  small
                  value={current[q.key]?.earlier}
                  error={errors[`${q.key}.earlier`]}
                  onChange={(value) => answer(q.key, 'earlier', value as ScreeningAnswer)}
                  options={ANSWER_OPTIONS}
                />
              </div>
            </div>
            <hr className="govuk-section-break govuk-section-break--visible" />
          </div>
        ))}
        <Button>Continue</Button>
      </form>
    </StepLayout>
  );
}
