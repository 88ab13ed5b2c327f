import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { INTELLIGENCE_PROVENANCE_LABELS, IntelligenceProvenance } from '@mace/shared-domain';
import { formatDate, londonToday } from '@mace/web-children';
import { SubmitIntelligenceDocument, apiFormErrors } from '@mace/web-data-access';
import { useCurrentUser } from '@mace/web-shell';
import { BackLink, Button, ErrorSummary, SummaryList, usePageTitle } from '@mace/web-ui';
import { SUBMIT_DONE_PATH, SUBMIT_PATH } from '../common/intelligence-paths';
import { calendarDate, submitFormErrors, toSubmitInput } from './submit-form';
import { useIntelligenceDraft } from './submit-draft.context';
import type { SubmittedState } from './intelligence-submitted.page';
import { STALE_EDIT } from '../common/stale-edit';

const change = (field: string, what: string) => ({ to: `${SUBMIT_PATH}#${field}`, text: 'Change', visuallyHiddenText: what });
const orNone = (value: string) => (value.trim() ? value : 'Not given');

/** Check your answers before sending: nothing is stored until "Send intelligence". */
export function CheckIntelligencePage() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { form } = useIntelligenceDraft();
  const [error, setError] = useState<string>();
  const [send, { loading }] = useMutation(SubmitIntelligenceDocument);
  usePageTitle('Check your answers before sending', Boolean(error));

  // Opened directly, or the draft is incomplete: back to the form.
  if (Object.keys(submitFormErrors(form, londonToday())).length > 0) return <Navigate to={SUBMIT_PATH} replace />;

  async function confirm() {
    if (loading) return;
    try {
      const result = await send({ variables: { input: toSubmitInput(form) } });
      const sent = result.data?.submitIntelligence;
      if (!sent) return;
      const state: SubmittedState = { reference: sent.reference, id: sent.id };
      navigate(SUBMIT_DONE_PATH, { replace: true, state });
    } catch (caught) {
      const errors = apiFormErrors(caught, [], 'You are not allowed to share intelligence in this district', STALE_EDIT);
      setError(Object.values(errors)[0]);
    }
  }

  const date = calendarDate(form.occurredOn);
  const district = user.districts.find((d) => d.id === form.districtId)?.name ?? '';
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={SUBMIT_PATH}>Back</BackLink>
        {error && <ErrorSummary errors={[{ text: error }]} />}
        <h1 className="govuk-heading-l">Check your answers before sending</h1>
        <SummaryList
          rows={[
            { key: 'What happened', value: <span className="app-intel-pre">{form.what}</span>, action: change('what', 'what happened') },
            { key: 'When', value: [date ? formatDate(date) : '', form.occurredTime].filter(Boolean).join(', ') || 'Not given', action: change('occurredOn-day', 'when it happened') },
            { key: 'Where', value: orNone(form.place), action: change('place', 'where it happened') },
            { key: 'Who was involved', value: <span className="app-intel-pre">{orNone(form.who)}</span>, action: change('who', 'who was involved') },
            {
              key: 'How you know',
              value: form.provenance ? INTELLIGENCE_PROVENANCE_LABELS[form.provenance as IntelligenceProvenance] : '',
              action: change('provenance', 'how you know'),
            },
            { key: 'More about how you know', value: orNone(form.provenanceDetail), action: change('provenanceDetail', 'more about how you know') },
            { key: 'Children', value: form.children.length ? form.children.map((c) => c.fullName).join(', ') : 'None named', action: change('child-term', 'the children') },
            ...(user.districts.length > 1 ? [{ key: 'District', value: district, action: change('districtId', 'the district') }] : []),
          ]}
        />
        <h2 className="govuk-heading-m">Now send your intelligence</h2>
        <p className="govuk-body">The police SPOC will read everything you wrote. Partners will only ever see a sanitised version, if it can be shared.</p>
        <Button type="button" disabled={loading} onClick={() => void confirm()}>
          Send intelligence
        </Button>
      </div>
    </div>
  );
}
