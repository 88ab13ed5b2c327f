import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ActionsDocument, type ActionSummaryFragment } from '@mace/web-data-access';
import { Loading, QueryFailed, useCursorPaging } from '@mace/web-children';
import { useCurrentUser } from '@mace/web-shell';
import { NotificationBanner, Pagination, usePageTitle, type SelectOption } from '@mace/web-ui';
import { ActionsTable } from './actions-table.component';
import { InboxFilter } from './inbox-filter.component';
import { hasFilters, readInboxQuery, toFilterInput, withoutFilters, writeInboxQuery, type InboxQuery } from './inbox-query';

const PAGE_SIZE = 25;

/**
 * The agency inbox: the caller's agency's actions by default, filtered and sorted from the address,
 * with several updated at once.
 */
export function InboxPage() {
  usePageTitle('Actions');
  const user = useCurrentUser();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const query = readInboxQuery(params);
  const paging = useCursorPaging();
  const [updated, setUpdated] = useState<number | null>(null);

  const { data, error, loading, refetch } = useQuery(ActionsDocument, {
    variables: { filter: toFilterInput(query, { id: user.id, agencyId: user.agency.id }), orderBy: query.orderBy, first: PAGE_SIZE, after: paging.after },
    fetchPolicy: 'cache-and-network',
  });

  function apply(next: InboxQuery) {
    setUpdated(null);
    navigate({ search: writeInboxQuery(next).toString() });
  }

  if (error) return <QueryFailed error={error} what="Actions" />;

  const connection = data?.actions;
  const count = connection?.totalCount ?? 0;
  const whose = query.allAgencies ? 'you can see' : `of ${user.agency.name}`;

  return (
    <>
      {updated !== null && (
        <NotificationBanner type="success" heading={updated === 1 ? '1 action updated' : `${updated} actions updated`} />
      )}
      <h1 className="govuk-heading-l">Actions</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter-from-desktop">
          {/* Re-mounted when the address changes, so the panel always shows the filters in force. */}
          <InboxFilter
            key={params.toString()}
            query={query}
            agencyName={user.agency.name}
            districts={user.districts}
            children={distinctOptions(connection?.nodes, (a) => ({ value: a.child.id, label: a.child.fullName }))}
            owners={distinctOptions(connection?.nodes, (a) => (a.ownerUserId && a.ownerName ? { value: a.ownerUserId, label: a.ownerName } : null))}
            onApply={apply}
          />
        </div>
        <div className="govuk-grid-column-three-quarters-from-desktop">
          {loading && !connection ? (
            <Loading />
          ) : (
            <>
              <p className="govuk-body govuk-!-font-weight-bold" role="status">
                {count === 1 ? '1 action' : `${count} actions`} {whose}
                {hasFilters(query) ? ' match the filters' : ''}
              </p>
              {hasFilters(query) && (
                <p className="govuk-body">
                  <Link to={{ search: writeInboxQuery(withoutFilters(query)).toString() }} className="govuk-link">
                    Clear filters
                  </Link>
                </p>
              )}
              {connection && connection.nodes.length > 0 ? (
                <ActionsTable
                  // A new page or filter starts with nothing selected.
                  key={`${params.toString()}`}
                  actions={connection.nodes}
                  onUpdated={(n) => {
                    setUpdated(n);
                    void refetch();
                  }}
                />
              ) : (
                <p className="govuk-body">No actions to show. {hasFilters(query) ? 'Try fewer filters.' : ''}</p>
              )}
              <Pagination label="Actions pages" previous={paging.previous} next={paging.next(connection?.pageInfo)} />
            </>
          )}
        </div>
      </div>
    </>
  );
}

/** Options from the listed actions, once each, by label. */
function distinctOptions(
  actions: readonly ActionSummaryFragment[] | undefined,
  pick: (action: ActionSummaryFragment) => SelectOption | null,
): SelectOption[] {
  const byValue = new Map<string, SelectOption>();
  for (const action of actions ?? []) {
    const option = pick(action);
    if (option) byValue.set(option.value, option);
  }
  return [...byValue.values()].sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
}
