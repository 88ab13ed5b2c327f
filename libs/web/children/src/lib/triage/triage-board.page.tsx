import { useQuery } from '@apollo/client/react';
import { Link, useLocation } from 'react-router';
import { ReferralStatus } from '@mace/shared-domain';
import { ReferralsDocument } from '@mace/web-data-access';
import { NotificationBanner, Pagination, SummaryList, usePageTitle } from '@mace/web-ui';
import { useCursorPaging } from '../common/cursor-paging';
import { formatDate, formatDateTime } from '../common/format-date';
import { Loading, QueryFailed } from '../common/page-state';
import { RiskTag } from '../common/risk-tag.component';
import { shorten } from './triage-labels';
import '../common/children.css';

export interface TriageBoardState {
  decided?: { childName: string; decision: string };
}

/** The daily triage: referrals waiting for a decision in the chair's districts, oldest first. */
export function TriageBoardPage() {
  usePageTitle('Triage');
  const paging = useCursorPaging();
  const decided = (useLocation().state as TriageBoardState | null)?.decided;
  const { data, error, loading } = useQuery(ReferralsDocument, {
    variables: { filter: { statuses: [ReferralStatus.AWAITING_TRIAGE] }, first: 50, after: paging.after },
    fetchPolicy: 'cache-and-network',
  });

  if (error) return <QueryFailed error={error} what="Referrals" />;
  const connection = data?.referrals;

  return (
    <>
      {decided && (
        <NotificationBanner type="success" heading={`Decision recorded for ${decided.childName}`}>
          <p className="govuk-body">{decided.decision}. The referrer can now see it.</p>
        </NotificationBanner>
      )}
      <h1 className="govuk-heading-l">Triage</h1>
      <p className="govuk-body">Referrals waiting for a decision, oldest first.</p>
      {loading && !connection && <Loading />}
      {connection && (
        <>
          <p className="govuk-body govuk-!-font-weight-bold" role="status">
            {connection.totalCount === 1 ? '1 referral waiting' : `${connection.totalCount} referrals waiting`}
          </p>
          {connection.nodes.length === 0 && <p className="govuk-body">There are no referrals waiting for triage.</p>}
          {connection.nodes.map((referral) => (
            <div className="govuk-summary-card" key={referral.id}>
              <div className="govuk-summary-card__title-wrapper">
                <h2 className="govuk-summary-card__title">
                  {referral.child.fullName}
                  <span className="govuk-!-font-weight-regular">, age {referral.child.ageInYears}</span>
                </h2>
                <ul className="govuk-summary-card__actions">
                  <li className="govuk-summary-card__action">
                    <Link to={`/triage/${referral.id}`} className="govuk-link">
                      Decide<span className="govuk-visually-hidden"> the referral for {referral.child.fullName}</span>
                    </Link>
                  </li>
                </ul>
              </div>
              <div className="govuk-summary-card__content">
                <SummaryList
                  rows={[
                    { key: 'Referred', value: `${formatDateTime(referral.submittedAt)} by ${referral.referrer.displayName}, ${referral.referrerAgency.name}` },
                    { key: 'District', value: referral.district.name },
                    { key: 'Date of birth', value: formatDate(referral.child.dateOfBirth) },
                    { key: 'Suggested level', value: <RiskTag level={referral.suggestedLevel} /> },
                    { key: 'Referrer’s level', value: <RiskTag level={referral.referrerLevel} /> },
                    { key: 'Concerns', value: <span className="app-pre-line">{shorten(referral.concerns)}</span> },
                  ]}
                />
              </div>
            </div>
          ))}
          <Pagination label="Referral pages" previous={paging.previous} next={paging.next(connection.pageInfo)} />
        </>
      )}
    </>
  );
}
