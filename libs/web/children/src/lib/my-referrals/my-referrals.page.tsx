import { useQuery } from '@apollo/client/react';
import { ReferralStatus, REFERRAL_STATUS_LABELS } from '@mace/shared-domain';
import { ReferralsDocument } from '@mace/web-data-access';
import { ButtonLink, Pagination, Tag, usePageTitle, type TagColour } from '@mace/web-ui';
import { useCursorPaging } from '../common/cursor-paging';
import { formatDateTime, formatDay } from '../common/format-date';
import { Loading, QueryFailed } from '../common/page-state';
import { RiskTag } from '../common/risk-tag.component';
import '../common/children.css';

const STATUS_COLOURS: Record<ReferralStatus, TagColour> = {
  [ReferralStatus.AWAITING_TRIAGE]: 'blue',
  [ReferralStatus.ACCEPTED]: 'green',
  [ReferralStatus.SIGNPOSTED]: 'purple',
  [ReferralStatus.NO_FURTHER_ACTION]: 'grey',
  [ReferralStatus.STRATEGY_MEETING]: 'orange',
};

/** Referrals the caller's agency made, newest first, with what the triage decided and why. */
export function MyReferralsPage() {
  usePageTitle('Your referrals');
  const paging = useCursorPaging();
  const { data, error, loading } = useQuery(ReferralsDocument, {
    variables: { filter: { mine: true }, first: 20, after: paging.after },
    fetchPolicy: 'cache-and-network',
  });

  if (error) return <QueryFailed error={error} what="Referrals" />;
  const connection = data?.referrals;

  return (
    <>
      <h1 className="govuk-heading-l">Your referrals</h1>
      <p className="govuk-body">Referrals made by your agency, newest first.</p>
      <ButtonLink to="/referrals/new">Make a referral</ButtonLink>
      {loading && !connection && <Loading />}
      {connection && connection.nodes.length === 0 && <p className="govuk-body">Your agency has not made any referrals yet.</p>}
      {connection && connection.nodes.length > 0 && (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">
            {connection.totalCount === 1 ? '1 referral' : `${connection.totalCount} referrals`}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Child</th>
              <th scope="col" className="govuk-table__header">Sent</th>
              <th scope="col" className="govuk-table__header">Your level</th>
              <th scope="col" className="govuk-table__header">Decision</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {connection.nodes.map((referral) => (
              <tr className="govuk-table__row" key={referral.id}>
                <th scope="row" className="govuk-table__header">
                  {referral.child.fullName}
                  <span className="govuk-hint govuk-!-margin-bottom-0">{referral.district.name}</span>
                </th>
                <td className="govuk-table__cell">
                  {formatDay(referral.submittedAt)}
                  <span className="govuk-hint govuk-!-margin-bottom-0">by {referral.referrer.displayName}</span>
                </td>
                <td className="govuk-table__cell">
                  <RiskTag level={referral.referrerLevel} />
                </td>
                <td className="govuk-table__cell">
                  <Tag colour={STATUS_COLOURS[referral.status]}>{REFERRAL_STATUS_LABELS[referral.status]}</Tag>
                  {referral.decisionRationale && <p className="govuk-body govuk-!-margin-top-2 app-pre-line">{referral.decisionRationale}</p>}
                  {referral.decidedAt && (
                    <span className="govuk-hint govuk-!-margin-bottom-0">
                      {formatDateTime(referral.decidedAt)}
                      {referral.decidedBy ? ` by ${referral.decidedBy}` : ''}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination label="Referral pages" previous={paging.previous} next={paging.next(connection?.pageInfo)} />
    </>
  );
}
