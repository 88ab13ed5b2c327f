import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  ErrorCode,
  LAWFUL_BASIS_LABELS,
  REFERRAL_STATUS_LABELS,
  RISK_LEVEL_LABELS,
  ReferralStatus,
  RiskLevel,
  SCREENING_ANSWER_LABELS,
  TriageDecision,
} from '@mace/shared-domain';
import { AgenciesDocument, DecideReferralDocument, readApiError, ReferralDocument, type ReferralQuery } from '@mace/web-data-access';
import { BackLink, Button, DateInput, ErrorSummary, Radios, Select, SummaryList, Textarea, usePageTitle, type DateParts } from '@mace/web-ui';
import { formatDate, formatDateTime } from '../common/format-date';
import { optionsFrom } from '../common/labelled-list';
import { Loading, QueryFailed } from '../common/page-state';
import { RiskTag } from '../common/risk-tag.component';
import { isoDate } from '../referral-form/referral-draft';
import { AWARENESS_LABELS } from '../referral-form/referral-labels';
import { errorSummaryOf, hasErrors, type FieldErrors } from '../referral-form/step-layout.component';
import { londonToday, NARRATIVE_MAX, requiredText } from '../referral-form/validation';
import type { TriageBoardState } from './triage-board.page';
import { TRIAGE_DECISION_LABELS } from './triage-labels';
import '../common/children.css';

type Referral = ReferralQuery['referral'];

const LEVELS = [RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW, RiskLevel.NONE];
const ORDER = [
  ['decision', 'decision'],
  ['rationale', 'rationale'],
  ['provisionalLevel', 'provisionalLevel'],
  ['nextReviewOn', 'nextReviewOn-day'],
  ['leadAgencyId', 'leadAgencyId'],
] as const;
const CONFLICT = 'conflict';

export function TriageDecidePage() {
  const { referralId = '' } = useParams();
  const { data, error, loading } = useQuery(ReferralDocument, { variables: { id: referralId }, fetchPolicy: 'network-only' });
  if (error) return <QueryFailed error={error} what="Referral" />;
  if (loading || !data) return <Loading />;
  return <DecideReferral referral={data.referral} />;
}

function DecideReferral({ referral }: { referral: Referral }) {
  const navigate = useNavigate();
  const [decision, setDecision] = useState<TriageDecision | ''>('');
  const [rationale, setRationale] = useState('');
  const [provisionalLevel, setProvisionalLevel] = useState<RiskLevel | ''>('');
  const [nextReview, setNextReview] = useState<DateParts>({ day: '', month: '', year: '' });
  const [leadAgencyId, setLeadAgencyId] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const agencies = useQuery(AgenciesDocument, { variables: { filter: { districtId: referral.district.id } } });
  const [decide, { loading }] = useMutation(DecideReferralDocument);
  const summary = useMemo(() => (errors[CONFLICT] ? [] : errorSummaryOf(errors, ORDER)), [errors]);
  usePageTitle(`Decide the referral for ${referral.child.fullName}`, summary.length > 0 || Boolean(errors[CONFLICT]));

  const accepting = decision === TriageDecision.ACCEPTED;
  const decided = referral.status !== ReferralStatus.AWAITING_TRIAGE;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const reviewGiven = Object.values(nextReview).some((part) => part.trim());
    const reviewDate = reviewGiven ? isoDate(nextReview) : null;
    const found: FieldErrors = {
      decision: decision ? undefined : 'Select a decision',
      rationale: requiredText(rationale, 'Enter the reason for the decision', NARRATIVE_MAX, 'Reason'),
      provisionalLevel: accepting && !provisionalLevel ? 'Select the provisional level of risk' : undefined,
      nextReviewOn:
        accepting && reviewGiven
          ? !reviewDate
            ? 'Next review date must be a real date'
            : reviewDate < londonToday()
              ? 'Next review date must be today or in the future'
              : undefined
          : undefined,
    };
    if (hasErrors(found)) {
      setErrors(found);
      return;
    }
    try {
      const { data } = await decide({
        variables: {
          input: {
            referralId: referral.id,
            version: referral.version,
            decision: decision as TriageDecision,
            rationale: rationale.trim(),
            ...(accepting
              ? { provisionalLevel: provisionalLevel as RiskLevel, nextReviewOn: reviewDate, leadAgencyId: leadAgencyId || null }
              : {}),
          },
        },
      });
      if (!data) return;
      const state: TriageBoardState = {
        decided: { childName: referral.child.fullName, decision: REFERRAL_STATUS_LABELS[data.decideReferral.status] },
      };
      navigate('/triage', { state });
    } catch (caught) {
      const api = readApiError(caught);
      if (api.code === ErrorCode.CONFLICT) setErrors({ [CONFLICT]: 'Someone else decided this referral' });
      else if (api.code === ErrorCode.BAD_USER_INPUT) {
        const byField: FieldErrors = {};
        for (const [key, message] of Object.entries(api.fields)) byField[key.replace(/^input\./, '')] = message;
        // A message about a field this form does not show (such as the version) is shown for the whole form.
        const shown = ORDER.some(([field]) => byField[field]);
        setErrors(shown ? byField : { form: Object.values(byField)[0] ?? api.message ?? 'Check the decision and try again' });
      } else setErrors({ form: 'Sorry, there is a problem with the service. Try again later.' });
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/triage">Back to triage</BackLink>
        {errors[CONFLICT] && <ConflictSummary referralId={referral.id} />}
        {summary.length > 0 && <ErrorSummary errors={summary} />}
        <span className="govuk-caption-l">Triage</span>
        <h1 className="govuk-heading-l">{referral.child.fullName}</h1>

        <ReferralDetails referral={referral} />

        {decided ? (
          <>
            <h2 className="govuk-heading-m">Decision</h2>
            <SummaryList
              rows={[
                { key: 'Decision', value: REFERRAL_STATUS_LABELS[referral.status] },
                { key: 'Reason', value: <span className="app-pre-line">{referral.decisionRationale ?? ''}</span> },
                ...(referral.provisionalLevel ? [{ key: 'Provisional level', value: <RiskTag level={referral.provisionalLevel} /> }] : []),
                { key: 'Decided', value: `${formatDateTime(referral.decidedAt)}${referral.decidedBy ? ` by ${referral.decidedBy}` : ''}` },
              ]}
            />
          </>
        ) : (
          <form noValidate onSubmit={submit}>
            <h2 className="govuk-heading-m">Your decision</h2>
            <Radios
              id="decision"
              name="decision"
              legend="What is the decision?"
              legendSize="s"
              value={decision}
              error={errors['decision']}
              onChange={(value) => setDecision(value as TriageDecision)}
              options={optionsFrom(TRIAGE_DECISION_LABELS)}
            />
            <Textarea
              id="rationale"
              name="rationale"
              label="Reason for the decision"
              labelSize="s"
              hint="The referrer sees this."
              value={rationale}
              error={errors['rationale']}
              onChange={setRationale}
            />
            {accepting && (
              <div className="govuk-inset-text">
                <Radios
                  id="provisionalLevel"
                  name="provisionalLevel"
                  legend="Provisional level of risk"
                  legendSize="s"
                  hint={`The referrer suggested ${RISK_LEVEL_LABELS[referral.referrerLevel].toLowerCase()}; the screening suggested ${RISK_LEVEL_LABELS[referral.suggestedLevel].toLowerCase()}.`}
                  value={provisionalLevel}
                  error={errors['provisionalLevel']}
                  onChange={(value) => setProvisionalLevel(value as RiskLevel)}
                  options={LEVELS.map((value) => ({ value, label: RISK_LEVEL_LABELS[value] }))}
                />
                <DateInput
                  id="nextReviewOn"
                  legend="Next review date (optional)"
                  legendSize="s"
                  hint="Leave blank to use the usual review interval for this level"
                  value={nextReview}
                  error={errors['nextReviewOn']}
                  onChange={setNextReview}
                />
                <Select
                  id="leadAgencyId"
                  name="leadAgencyId"
                  label="Lead agency (optional)"
                  labelSize="s"
                  value={leadAgencyId}
                  error={errors['leadAgencyId']}
                  onChange={setLeadAgencyId}
                  options={[
                    { value: '', label: 'Not decided yet' },
                    ...(agencies.data?.agencies.nodes ?? []).filter((a) => a.active).map((a) => ({ value: a.id, label: a.name })),
                  ]}
                />
              </div>
            )}
            <Button disabled={loading}>Record decision</Button>
          </form>
        )}
        <p className="govuk-body">
          <Link to="/triage" className="govuk-link">
            Back to all referrals waiting
          </Link>
        </p>
      </div>
    </div>
  );
}

function ReferralDetails({ referral }: { referral: Referral }) {
  return (
    <>
      <SummaryList
        rows={[
          { key: 'Date of birth', value: `${formatDate(referral.child.dateOfBirth)} (age ${referral.child.ageInYears})` },
          { key: 'District', value: referral.district.name },
          { key: 'Referred', value: `${formatDateTime(referral.submittedAt)} by ${referral.referrer.displayName}, ${referral.referrerAgency.name}` },
          { key: 'Concerns', value: <span className="app-pre-line">{referral.concerns}</span> },
          {
            key: 'Suggested level',
            value: (
              <>
                <RiskTag level={referral.suggestedLevel} />
                {referral.suggestedBecause.length > 0 && (
                  <ul className="govuk-list govuk-list--bullet govuk-!-margin-top-2">
                    {referral.suggestedBecause.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                )}
              </>
            ),
          },
          { key: 'Referrer’s level', value: <RiskTag level={referral.referrerLevel} /> },
          ...(referral.overrideReason ? [{ key: 'Why the referrer’s level differs', value: referral.overrideReason }] : []),
          { key: 'Danger statement', value: <span className="app-pre-line">{referral.dangerStatement}</span> },
          { key: 'Safety goal', value: <span className="app-pre-line">{referral.safetyGoal}</span> },
          { key: 'The child’s voice', value: <span className="app-pre-line">{referral.childVoice}</span> },
          { key: 'Strengths', value: <span className="app-pre-line">{referral.strengths}</span> },
          { key: 'The child knows', value: AWARENESS_LABELS[referral.childAware] },
          { key: 'The family knows', value: AWARENESS_LABELS[referral.familyAware] },
          { key: 'Lawful basis', value: LAWFUL_BASIS_LABELS[referral.lawfulBasis] },
        ]}
      />
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Screening answers</span>
        </summary>
        <div className="govuk-details__text">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-visually-hidden">Screening answers</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Indicator</th>
                <th scope="col" className="govuk-table__header">Last six months</th>
                <th scope="col" className="govuk-table__header">Earlier</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {referral.answers.map((answer) => (
                <tr className="govuk-table__row" key={answer.questionKey}>
                  <td className="govuk-table__cell">{answer.questionText}</td>
                  <td className="govuk-table__cell">{SCREENING_ANSWER_LABELS[answer.lastSixMonths]}</td>
                  <td className="govuk-table__cell">{SCREENING_ANSWER_LABELS[answer.earlier]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}

/**
 * Another chair decided first (the version moved on). A full reload, not a client navigation, so
 * the page reads the referral afresh.
 */
function ConflictSummary({ referralId }: { referralId: string }) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => summary.current?.focus(), []);
  return (
    <div ref={summary} className="govuk-error-summary" tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">Someone else decided this referral</h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">
            It changed while you were reading it, and your decision has not been saved.{' '}
            <a href={`/triage/${referralId}`} className="govuk-link">
              Reload the referral
            </a>{' '}
            to see what was decided.
          </p>
        </div>
      </div>
    </div>
  );
}
