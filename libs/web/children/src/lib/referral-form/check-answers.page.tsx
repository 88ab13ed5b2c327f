import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState, type ReactNode } from 'react';
import { Navigate, useNavigate } from 'react-router';
import {
  EDUCATION_STATUS_LABELS,
  ErrorCode,
  ETHNICITY_LABELS,
  EXPLOITATION_TYPE_LABELS,
  GENDER_LABELS,
  LAWFUL_BASIS_LABELS,
  LOOKED_AFTER_STATUS_LABELS,
  OFFENDING_MODEL_LABELS,
  RISK_LEVEL_LABELS,
  SCREENING_ANSWER_LABELS,
  VULNERABILITY_LABELS,
} from '@mace/shared-domain';
import { DistrictsDocument, readApiError, ScreeningToolDocument, SubmitReferralDocument } from '@mace/web-data-access';
import { Button, SummaryList, type ErrorSummaryItem, type SummaryListRow } from '@mace/web-ui';
import { formatDate } from '../common/format-date';
import { labelledList, orNotRecorded } from '../common/labelled-list';
import { serverErrorsFrom, serverErrorSummary } from './api-errors';
import { isoDate, knownAsList, type DraftField } from './referral-draft';
import { useReferralDraft } from './referral-draft.context';
import { AWARENESS_LABELS } from './referral-labels';
import { FIELD_LOCATIONS, STEP_PATHS, withChange } from './referral-steps';
import { sectionsOf } from './screening-sections';
import { StepLayout } from './step-layout.component';
import { firstIncompletePage, toSubmitInput } from './submit-input';
import '../common/children.css';

export interface ConfirmationState {
  referralId: string;
  childName: string;
  districtName: string;
}

/** Step 8: everything on one page, each answer with a link back to change it; then submit. */
export function CheckAnswersPage() {
  const { draft, update, reset } = useReferralDraft();
  const navigate = useNavigate();
  const districts = useQuery(DistrictsDocument).data?.districts ?? [];
  const tool = useQuery(ScreeningToolDocument).data?.screeningTool;
  const [submitReferral, { loading }] = useMutation(SubmitReferralDocument);
  const [formError, setFormError] = useState<string[]>([]);
  // Set with the reset, so the emptied draft does not send the user back to the first page on the way out.
  const [sent, setSent] = useState(false);
  const summary = useMemo<ErrorSummaryItem[]>(
    () => [...formError.map((text) => ({ text })), ...serverErrorSummary(draft.serverErrors)],
    [formError, draft.serverErrors],
  );

  const incomplete = firstIncompletePage(draft, { ...STEP_PATHS, screening: STEP_PATHS.screening(1) });
  if (sent) return null;
  if (incomplete) return <Navigate to={incomplete} replace />;

  const districtName = draft.existingChild?.districtName ?? districts.find((d) => d.id === draft.districtId)?.name ?? '';
  const change = (field: Exclude<DraftField, 'answers' | 'toolVersion' | 'suggestedLevel'>, what: string) => ({
    to: withChange(FIELD_LOCATIONS[field].path, FIELD_LOCATIONS[field].id),
    text: 'Change',
    visuallyHiddenText: what,
  });

  const childRows: SummaryListRow[] = draft.existingChild
    ? [
        {
          key: 'Child',
          value: (
            <>
              {draft.existingChild.fullName} (already known to the MACE)
              <br />
              Born {formatDate(draft.existingChild.dateOfBirth)}, {draft.existingChild.districtName}
            </>
          ),
          action: { to: withChange(STEP_PATHS.child), text: 'Change', visuallyHiddenText: 'the child' },
        },
      ]
    : [
        { key: 'Name', value: `${draft.givenName} ${draft.familyName}`, action: change('givenName', 'name') },
        { key: 'Known as', value: knownAsList(draft.knownAs).join(', ') || 'None given', action: change('knownAs', 'other names') },
        { key: 'Date of birth', value: formatDate(isoDate(draft.dateOfBirth)), action: change('dateOfBirth', 'date of birth') },
        { key: 'District', value: districtName, action: change('districtId', 'district') },
        { key: 'Gender', value: draft.gender ? GENDER_LABELS[draft.gender] : '', action: change('gender', 'gender') },
        { key: 'Ethnicity (self-defined)', value: ETHNICITY_LABELS[draft.ethnicitySelfDefined], action: change('ethnicitySelfDefined', 'ethnicity (self-defined)') },
        { key: 'Ethnicity (observed)', value: ETHNICITY_LABELS[draft.ethnicityObserved], action: change('ethnicityObserved', 'ethnicity (observed)') },
        { key: 'Address', value: <span className="app-pre-line">{orNotRecorded(draft.address)}</span>, action: change('address', 'address') },
        { key: 'Postcode', value: orNotRecorded(draft.postcode), action: change('postcode', 'postcode') },
        { key: 'Education', value: EDUCATION_STATUS_LABELS[draft.educationStatus], action: change('educationStatus', 'education') },
        { key: 'School, college or provider', value: orNotRecorded(draft.schoolName), action: change('schoolName', 'school') },
        { key: 'Looked-after status', value: LOOKED_AFTER_STATUS_LABELS[draft.lookedAfterStatus], action: change('lookedAfterStatus', 'looked-after status') },
        { key: 'Social worker', value: orNotRecorded(draft.socialWorkerName), action: change('socialWorkerName', 'social worker') },
        { key: 'Exploitation types', value: labelledList(draft.exploitationTypes, EXPLOITATION_TYPE_LABELS, 'None given'), action: change('exploitationTypes', 'exploitation types') },
        { key: 'Offending models', value: labelledList(draft.offendingModels, OFFENDING_MODEL_LABELS, 'Not known'), action: change('offendingModels', 'offending models') },
        { key: 'Vulnerabilities', value: labelledList(draft.vulnerabilities, VULNERABILITY_LABELS, 'None given'), action: change('vulnerabilities', 'vulnerabilities') },
      ];

  const sections = tool && tool.version === draft.toolVersion ? sectionsOf(tool.questions) : [];
  const screeningRows: SummaryListRow[] = sections.flatMap((section, index) =>
    section.questions.map((q) => {
      const answer = draft.answers[q.key];
      const text = (value: string | undefined): ReactNode => (value ? SCREENING_ANSWER_LABELS[value as keyof typeof SCREENING_ANSWER_LABELS] : 'Not answered');
      return {
        key: q.text,
        value: (
          <>
            In the last six months: {text(answer?.lastSixMonths)}
            <br />
            Earlier: {text(answer?.earlier)}
          </>
        ),
        action: { to: withChange(STEP_PATHS.screening(index + 1)), text: 'Change', visuallyHiddenText: `answer to: ${q.text}` },
      };
    }),
  );

  async function submit() {
    if (loading) return;
    setFormError([]);
    try {
      const { data } = await submitReferral({ variables: { input: toSubmitInput(draft) } });
      if (!data) return;
      const state: ConfirmationState = {
        referralId: data.submitReferral.id,
        childName: data.submitReferral.child.fullName,
        districtName: data.submitReferral.district.name,
      };
      setSent(true);
      reset();
      navigate(STEP_PATHS.confirmation, { replace: true, state });
    } catch (caught) {
      const api = readApiError(caught);
      if (api.code === ErrorCode.BAD_USER_INPUT) {
        const { byField, other } = serverErrorsFrom(api.fields);
        update({ serverErrors: byField });
        setFormError(other.length || Object.keys(byField).length ? other : [api.message ?? 'Check your answers and try again']);
      } else if (api.code === ErrorCode.NOT_FOUND) {
        update({ existingChild: null, serverErrors: { givenName: 'You can no longer see the child you chose. Check the child’s details again.' } });
      } else {
        setFormError(['Sorry, there is a problem with the service. Your answers have been kept. Try again later.']);
      }
    }
  }

  return (
    <StepLayout title="Check your answers before sending the referral" back={STEP_PATHS.sharing} errors={summary}>
      <h1 className="govuk-heading-l">Check your answers before sending the referral</h1>

      <h2 className="govuk-heading-m">The child</h2>
      <SummaryList rows={childRows} />

      <h2 className="govuk-heading-m">Concerns</h2>
      <SummaryList rows={[{ key: 'What you are worried about', value: <span className="app-pre-line">{draft.concerns}</span>, action: change('concerns', 'concerns') }]} />

      <h2 className="govuk-heading-m">Screening</h2>
      {screeningRows.length > 0 ? <SummaryList rows={screeningRows} /> : <p className="govuk-body">{Object.keys(draft.answers).length} questions answered.</p>}

      <h2 className="govuk-heading-m">Level of risk</h2>
      <SummaryList
        rows={[
          { key: 'Suggested level', value: draft.suggestedLevel ? RISK_LEVEL_LABELS[draft.suggestedLevel] : 'Not scored' },
          { key: 'Your level', value: draft.referrerLevel ? RISK_LEVEL_LABELS[draft.referrerLevel] : '', action: change('referrerLevel', 'your level of risk') },
          ...(draft.overrideReason
            ? [{ key: 'Why your level differs', value: <span className="app-pre-line">{draft.overrideReason}</span>, action: change('overrideReason', 'why your level differs') }]
            : []),
        ]}
      />

      <h2 className="govuk-heading-m">Danger, safety and the child’s voice</h2>
      <SummaryList
        rows={[
          { key: 'Danger statement', value: <span className="app-pre-line">{draft.dangerStatement}</span>, action: change('dangerStatement', 'danger statement') },
          { key: 'Safety goal', value: <span className="app-pre-line">{draft.safetyGoal}</span>, action: change('safetyGoal', 'safety goal') },
          { key: 'The child’s voice', value: <span className="app-pre-line">{draft.childVoice}</span>, action: change('childVoice', 'the child’s voice') },
          { key: 'Strengths', value: <span className="app-pre-line">{draft.strengths}</span>, action: change('strengths', 'strengths') },
        ]}
      />

      <h2 className="govuk-heading-m">Consent and sharing</h2>
      <SummaryList
        rows={[
          { key: 'The child knows', value: draft.childAware ? AWARENESS_LABELS[draft.childAware] : '', action: change('childAware', 'whether the child knows') },
          { key: 'The family knows', value: draft.familyAware ? AWARENESS_LABELS[draft.familyAware] : '', action: change('familyAware', 'whether the family knows') },
          { key: 'Lawful basis for sharing', value: draft.lawfulBasis ? LAWFUL_BASIS_LABELS[draft.lawfulBasis] : '', action: change('lawfulBasis', 'lawful basis') },
        ]}
      />

      <h2 className="govuk-heading-m">Now send your referral</h2>
      <p className="govuk-body">
        By sending this referral you confirm that, to the best of your knowledge, the details you are providing are correct.
        It goes to the MACE chair for {districtName || 'the district'}, who decides at the daily triage what happens next.
      </p>
      <Button type="button" onClick={submit} disabled={loading}>
        Accept and send
      </Button>
    </StepLayout>
  );
}
