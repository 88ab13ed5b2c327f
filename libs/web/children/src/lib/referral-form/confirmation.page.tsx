import { Link, Navigate, useLocation } from 'react-router';
import { Panel, usePageTitle } from '@mace/web-ui';
import type { ConfirmationState } from './check-answers.page';

/** After submitting: the draft is gone; the referral's details came in the navigation state. */
export function ReferralConfirmationPage() {
  const state = useLocation().state as ConfirmationState | null;
  usePageTitle('Referral sent');
  if (!state?.referralId) return <Navigate to="/referrals" replace />;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title="Referral sent">
          for {state.childName}
        </Panel>
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">
          The MACE chair for {state.districtName} looks at new referrals at the daily triage, usually by the end of the
          next working day. They will decide whether to accept the child to the MACE, signpost to another service, send the
          referral to a strategy meeting or children’s social care, or close it with no further action.
        </p>
        <p className="govuk-body">
          You can see the decision and the reason for it in{' '}
          <Link to="/referrals" className="govuk-link">
            your referrals
          </Link>
          .
        </p>
        <p className="govuk-body">If a child is in immediate danger, call 999. Do not wait for the triage.</p>
        <p className="govuk-body">
          <Link to="/referrals/new" className="govuk-link">
            Make another referral
          </Link>
        </p>
      </div>
    </div>
  );
}
