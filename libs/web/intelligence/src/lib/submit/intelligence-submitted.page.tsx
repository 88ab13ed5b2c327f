import { Link, Navigate, useLocation } from 'react-router';
import { Panel, usePageTitle } from '@mace/web-ui';
import { INTELLIGENCE_PATH, intelligencePath, SUBMIT_PATH } from '../common/intelligence-paths';
import { useIntelligenceDraft } from './submit-draft.context';
import { useEffect } from 'react';
import { emptySubmitForm } from './submit-form';

export interface SubmittedState {
  reference: string;
  id: string;
}

function isSubmitted(state: unknown): state is SubmittedState {
  return typeof state === 'object' && state !== null && typeof (state as SubmittedState).reference === 'string';
}

/** Confirmation with the reference and what happens next. */
export function IntelligenceSubmittedPage() {
  const { state } = useLocation();
  const { form, setForm } = useIntelligenceDraft();
  usePageTitle('Intelligence sent');
  // The draft is done with: another "Share intelligence" starts afresh.
  useEffect(() => {
    if (isSubmitted(state)) setForm(emptySubmitForm(form.districtId));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on arrival
  }, []);
  if (!isSubmitted(state)) return <Navigate to={SUBMIT_PATH} replace />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title="Intelligence sent">
          Your reference
          <br />
          <strong>{state.reference}</strong>
        </Panel>
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">The police SPOC will grade it; you will see a sanitised version if it can be shared.</p>
        <p className="govuk-body">If a child is in immediate danger, call 999.</p>
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to={intelligencePath(state.id)}>
              View the intelligence you sent
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to={INTELLIGENCE_PATH}>
              Your agency’s intelligence
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to={SUBMIT_PATH}>
              Share more intelligence
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}
