import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { BreakGlassAccessesDocument } from '@mace/web-data-access';
import { Pagination, Tag, usePageTitle } from '@mace/web-ui';
import { useCursorPaging } from '../common/cursor-paging';
import { formatDateTime } from '../common/format-date';
import { Loading, QueryFailed } from '../common/page-state';
import '../common/children.css';

const PAGE_SIZE = 20;

/**
 * For auditors: every break-glass opening, newest first. The child is named by id only: auditors
 * review who opened a record and why, and see no child records themselves.
 */
export function BreakGlassReviewPage() {
  usePageTitle('Break-glass openings');
  const paging = useCursorPaging();
  // When the page was opened: an opening is active if it expires after this.
  const [now] = useState(() => Date.now());
  const { data, error } = useQuery(BreakGlassAccessesDocument, { variables: { first: PAGE_SIZE, after: paging.after } });

  if (error) return <QueryFailed error={error} what="Break-glass openings" />;
  const connection = data?.breakGlassAccesses;

  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Break-glass openings</h1>
          <p className="govuk-body">
            A practitioner who is not involved with a child can open the child’s record in an emergency (break-glass), when
            the child may be at immediate risk and the people involved cannot be reached in time. They must give a reason,
            and the record stays open to them for a limited time.
          </p>
          <p className="govuk-body">
            Every opening is listed here, newest first, so you can check that each one was justified. Each opening is also in
            the audit trail, as a consultation of the child’s record with the reason given.
          </p>
        </div>
      </div>

      {!connection ? (
        <Loading />
      ) : (
        <>
          <p className="govuk-body govuk-!-font-weight-bold" role="status">
            {connection.totalCount === 1 ? '1 opening' : `${connection.totalCount} openings`}
          </p>
          {connection.nodes.length > 0 ? (
            <table className="govuk-table app-table--compact">
              <caption className="govuk-table__caption govuk-visually-hidden">Break-glass openings, newest first</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Opened</th>
                  <th scope="col" className="govuk-table__header">Who</th>
                  <th scope="col" className="govuk-table__header">Agency</th>
                  <th scope="col" className="govuk-table__header">Child reference</th>
                  <th scope="col" className="govuk-table__header">Reason</th>
                  <th scope="col" className="govuk-table__header">Open until</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {connection.nodes.map((opening) => {
                  const active = new Date(opening.expiresAt).getTime() > now;
                  return (
                    <tr className="govuk-table__row" key={opening.id}>
                      <th scope="row" className="govuk-table__header">
                        {formatDateTime(opening.openedAt)}
                      </th>
                      <td className="govuk-table__cell">{opening.user.displayName}</td>
                      <td className="govuk-table__cell">{opening.agency.name}</td>
                      <td className="govuk-table__cell app-reference">{opening.childRef}</td>
                      <td className="govuk-table__cell app-pre-line">{opening.reason}</td>
                      <td className="govuk-table__cell">
                        {active ? 'Expires' : 'Expired'} {formatDateTime(opening.expiresAt)}
                        {active && (
                          <>
                            <br />
                            <Tag colour="green">Active</Tag>
                          </>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          ) : (
            <p className="govuk-body">No records have been opened in an emergency.</p>
          )}
          <Pagination label="Break-glass openings pages" previous={paging.previous} next={paging.next(connection.pageInfo)} />
        </>
      )}
    </>
  );
}
