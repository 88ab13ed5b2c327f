import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ActionFiguresDocument, ActionsDocument } from '@mace/web-data-access';
import { formatDate, Loading, OverdueTag, QueryFailed, useCursorPaging } from '@mace/web-children';
import { useCurrentUser } from '@mace/web-shell';
import { BarChart, Pagination, usePageTitle } from '@mace/web-ui';
import { ActionFiguresTable } from './action-figures-table.component';
import { readDashboardQuery, writeDashboardQuery, type DashboardQuery } from './dashboard-period';
import { PeriodForm } from './period-form.component';

const PAGE_SIZE = 25;

/**
 * The chair's dashboard: what is overdue across the district now, and how each agency did with the
 * actions set in a period. The district and the period are in the address.
 */
export function DashboardPage() {
  usePageTitle('Actions dashboard');
  const user = useCurrentUser();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const paging = useCursorPaging();
  const query = readDashboardQuery(params, user.districts);
  const district = user.districts.find((d) => d.id === query.districtId);

  const overdue = useQuery(ActionsDocument, {
    variables: { filter: { districtId: query.districtId, overdue: true }, first: PAGE_SIZE, after: paging.after },
    skip: !district,
    fetchPolicy: 'cache-and-network',
  });
  const figures = useQuery(ActionFiguresDocument, {
    variables: { districtId: query.districtId, from: query.from, to: query.to },
    skip: !district,
    fetchPolicy: 'cache-and-network',
  });

  function show(next: DashboardQuery) {
    navigate({ search: writeDashboardQuery(next).toString() });
  }

  const error = overdue.error ?? figures.error;
  if (error) return <QueryFailed error={error} what="Dashboard" />;
  if (!district) {
    return (
      <>
        <h1 className="govuk-heading-l">Actions dashboard</h1>
        <p className="govuk-body">You do not cover a district, so there is nothing to show.</p>
      </>
    );
  }

  const connection = overdue.data?.actions;
  const result = figures.data?.actionFigures;
  const period = `${formatDate(query.from)} to ${formatDate(query.to)}`;

  return (
    <>
      <span className="govuk-caption-l">{district.name}</span>
      <h1 className="govuk-heading-l">Actions dashboard</h1>

      <h2 className="govuk-heading-m">Overdue actions</h2>
      {!connection ? (
        <Loading />
      ) : connection.nodes.length === 0 ? (
        <p className="govuk-body">No actions are overdue in {district.name}.</p>
      ) : (
        <>
          <p className="govuk-body govuk-!-font-weight-bold" role="status">
            {connection.totalCount === 1 ? '1 action is overdue' : `${connection.totalCount} actions are overdue`}
          </p>
          <table className="govuk-table app-table--compact">
            <caption className="govuk-table__caption govuk-visually-hidden">Overdue actions in {district.name}, most overdue first</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Child</th>
                <th scope="col" className="govuk-table__header">Action</th>
                <th scope="col" className="govuk-table__header">Owner</th>
                <th scope="col" className="govuk-table__header">Due</th>
                <th scope="col" className="govuk-table__header">Overdue</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {connection.nodes.map((action) => (
                <tr className="govuk-table__row" key={action.id}>
                  <td className="govuk-table__cell">
                    <Link to={`/children/${action.child.id}`} className="govuk-link">
                      {action.child.fullName}
                    </Link>
                  </td>
                  <td className="govuk-table__cell">
                    <Link to={`/actions/${action.id}`} className="govuk-link">
                      {action.description}
                    </Link>
                  </td>
                  <td className="govuk-table__cell">
                    {action.ownerAgency.name}
                    {action.ownerName && <span className="govuk-hint govuk-!-margin-bottom-0">{action.ownerName}</span>}
                  </td>
                  <td className="govuk-table__cell">{formatDate(action.dueOn)}</td>
                  <td className="govuk-table__cell">
                    <OverdueTag days={action.daysOverdue} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination label="Overdue actions pages" previous={paging.previous} next={paging.next(connection.pageInfo)} />
        </>
      )}

      <h2 className="govuk-heading-m govuk-!-margin-top-6">Agency accountability</h2>
      <p className="govuk-body">
        Actions set from {period}, and what has become of them. “Done on time” means done on or before the due date.
      </p>
      {/* Re-mounted when the address changes, so the fields always show the period in force. */}
      <PeriodForm key={params.toString()} query={query} districts={user.districts} onApply={show} />
      {!result ? (
        <Loading />
      ) : result.agencies.length === 0 ? (
        <p className="govuk-body">No actions were set in {district.name} from {period}.</p>
      ) : (
        <>
          <ActionFiguresTable figures={result} caption={`Actions set from ${period}, by agency`} />
          <BarChart
            caption="Done on time, by agency"
            labelHeader="Agency"
            valueHeader="Done on time, of the actions set"
            rows={result.agencies.map((row) => ({
              key: row.agency.id,
              label: row.agency.name,
              value: row.doneOnTime,
              outOf: row.set,
              colour: 'teal',
            }))}
          />
        </>
      )}
    </>
  );
}
