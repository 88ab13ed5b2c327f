import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { CHILD_STATUS_LABELS } from '@mace/shared-domain';
import { ChildrenDocument, DistrictsDocument } from '@mace/web-data-access';
import { Pagination, Tag, usePageTitle } from '@mace/web-ui';
import { useCursorPaging } from '../common/cursor-paging';
import { formatDate, formatDay } from '../common/format-date';
import { Loading, QueryFailed } from '../common/page-state';
import { RiskTag } from '../common/risk-tag.component';
import { ChildListFilter } from './child-list-filter.component';
import { hasFilters, ORDER_LABELS, readChildListQuery, toFilterInput, writeChildListQuery, type ChildListQuery } from './child-list-query';

const PAGE_SIZE = 20;

export function ChildListPage() {
  usePageTitle('Children');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const query = readChildListQuery(params);
  const paging = useCursorPaging();
  const after = paging.after;

  const districts = useQuery(DistrictsDocument);
  const { data, error, loading } = useQuery(ChildrenDocument, {
    variables: { filter: toFilterInput(query), orderBy: query.orderBy, first: PAGE_SIZE, after },
  });

  function apply(next: ChildListQuery) {
    navigate({ search: writeChildListQuery(next).toString() });
  }

  if (error) return <QueryFailed error={error} what="Children" />;

  const connection = data?.children;
  const count = connection?.totalCount ?? 0;

  return (
    <>
      <h1 className="govuk-heading-l">Children</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter-from-desktop">
          {/* Re-mounted when the address changes, so the panel always shows the filters in force. */}
          <ChildListFilter key={params.toString()} query={query} districts={districts.data?.districts ?? []} onApply={apply} />
        </div>
        <div className="govuk-grid-column-three-quarters-from-desktop">
          {loading && !connection ? (
            <Loading />
          ) : (
            <>
              <p className="govuk-body govuk-!-font-weight-bold" role="status">
                {count === 1 ? '1 child' : `${count} children`}
                {hasFilters(query) ? ' match the filters' : ''}
              </p>
              {hasFilters(query) && (
                <p className="govuk-body">
                  <Link to={{ search: writeChildListQuery({ ...query, districtId: '', riskLevels: [], statuses: [], reviewDue: false }).toString() }} className="govuk-link">
                    Clear filters
                  </Link>
                </p>
              )}
              {connection && connection.nodes.length > 0 && (
                <table className="govuk-table">
                  <caption className="govuk-table__caption govuk-visually-hidden">Children, sorted by {ORDER_LABELS[query.orderBy].toLowerCase()}</caption>
                  <thead className="govuk-table__head">
                    <tr className="govuk-table__row">
                      <th scope="col" className="govuk-table__header">Name</th>
                      <th scope="col" className="govuk-table__header">Date of birth</th>
                      <th scope="col" className="govuk-table__header">District</th>
                      <th scope="col" className="govuk-table__header">Risk</th>
                      <th scope="col" className="govuk-table__header">Status</th>
                      <th scope="col" className="govuk-table__header">Next review</th>
                      <th scope="col" className="govuk-table__header">Updated</th>
                    </tr>
                  </thead>
                  <tbody className="govuk-table__body">
                    {connection.nodes.map((child) => (
                      <tr className="govuk-table__row" key={child.id}>
                        <th scope="row" className="govuk-table__header">
                          <Link to={`/children/${child.id}`} className="govuk-link">
                            {child.fullName}
                          </Link>
                        </th>
                        <td className="govuk-table__cell">
                          {formatDate(child.dateOfBirth)}
                          <br />
                          <span className="govuk-hint govuk-!-margin-bottom-0">Age {child.ageInYears}</span>
                        </td>
                        <td className="govuk-table__cell">{child.district.name}</td>
                        <td className="govuk-table__cell">
                          <RiskTag level={child.riskLevel} />
                        </td>
                        <td className="govuk-table__cell">{CHILD_STATUS_LABELS[child.status]}</td>
                        <td className="govuk-table__cell">
                          {child.nextReviewOn ? formatDate(child.nextReviewOn) : 'None set'}
                          {child.reviewDue && (
                            <>
                              <br />
                              <Tag colour="red">Review due</Tag>
                            </>
                          )}
                        </td>
                        <td className="govuk-table__cell">{formatDay(child.updatedAt)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {connection && connection.nodes.length === 0 && (
                <p className="govuk-body">No children to show. {hasFilters(query) ? 'Try fewer filters.' : ''}</p>
              )}
              <Pagination label="Children pages" previous={paging.previous} next={paging.next(connection?.pageInfo)} />
            </>
          )}
        </div>
      </div>
    </>
  );
}
