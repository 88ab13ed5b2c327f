import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { INTELLIGENCE_STATUS_LABELS, IntelligenceStatus, Permission } from '@mace/shared-domain';
import { Loading, QueryFailed, useCursorPaging } from '@mace/web-children';
import { IntelligenceReportsDocument, type IntelligenceSummaryFragment } from '@mace/web-data-access';
import { useHasPermission } from '@mace/web-shell';
import { ButtonLink, Checkboxes, FilterPanel, Pagination, usePageTitle } from '@mace/web-ui';
import { excerpt } from '../common/intelligence-labels';
import { intelligencePath, SUBMIT_PATH } from '../common/intelligence-paths';
import { formatInstant } from '../common/london-time';
import { PoliceSubNavigation } from '../common/police-sub-navigation.component';
import { IntelligenceStatusTag } from '../common/status-tag.component';
import { listSearch, queueFirst, readListQuery, toIntelligenceFilter, type ListQuery } from './list-query';

/** Your agency's intelligence (partners), or the district's with the grading queue first (police). */
export function IntelligenceListPage() {
  const can = useHasPermission();
  const police = can(Permission.INTEL_READ_FULL);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const query = readListQuery(params);
  const { after, previous, next } = useCursorPaging();
  const { data, error, loading } = useQuery(IntelligenceReportsDocument, {
    variables: { filter: toIntelligenceFilter(query), first: 25, after },
    fetchPolicy: 'cache-and-network',
  });
  const title = police ? 'Intelligence' : 'Your agency’s intelligence';
  usePageTitle(title);
  if (error && !data) return <QueryFailed error={error} what="Intelligence" />;

  const apply = (value: ListQuery) => navigate({ search: listSearch(value) });
  const rows = data ? (police ? queueFirst(data.intelligenceReports.nodes) : data.intelligenceReports.nodes) : [];

  return (
    <>
      {police && <PoliceSubNavigation />}
      <h1 className="govuk-heading-l">{title}</h1>
      {can(Permission.INTEL_SUBMIT) && <ButtonLink to={SUBMIT_PATH}>Share intelligence</ButtonLink>}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter">
          <FilterPanel value={query} label="Filter intelligence" onApply={apply}>
            {(draft, setDraft) => (
              <>
                <Checkboxes
                  id="status"
                  name="status"
                  legend="Status"
                  legendSize="s"
                  small
                  values={draft.statuses}
                  onChange={(values) => setDraft({ ...draft, statuses: values as IntelligenceStatus[] })}
                  options={(Object.keys(INTELLIGENCE_STATUS_LABELS) as IntelligenceStatus[]).map((value) => ({ value, label: INTELLIGENCE_STATUS_LABELS[value] }))}
                />
                <Checkboxes
                  id="mine"
                  name="mine"
                  legend="Submitted by"
                  legendSize="s"
                  small
                  values={draft.mine ? ['mine'] : []}
                  onChange={(values) => setDraft({ ...draft, mine: values.includes('mine') })}
                  options={[{ value: 'mine', label: 'Your agency only' }]}
                />
              </>
            )}
          </FilterPanel>
        </div>
        <div className="govuk-grid-column-three-quarters">
          {!data ? (
            <Loading />
          ) : (
            <>
              <p className="govuk-body" aria-live="polite">
                {data.intelligenceReports.totalCount === 1 ? '1 item' : `${data.intelligenceReports.totalCount} items`}
                {police && ' – those awaiting grading are listed first'}
              </p>
              <IntelligenceTable rows={rows} police={police} />
              <Pagination previous={previous} next={next(data.intelligenceReports.pageInfo)} />
            </>
          )}
          {loading && data && <p className="govuk-visually-hidden">Updating</p>}
        </div>
      </div>
    </>
  );
}

function IntelligenceTable({ rows, police }: { rows: readonly IntelligenceSummaryFragment[]; police: boolean }) {
  if (rows.length === 0) return <p className="govuk-body">There is no intelligence to show.</p>;
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-visually-hidden">Intelligence</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Reference</th>
          <th scope="col" className="govuk-table__header">Submitted</th>
          <th scope="col" className="govuk-table__header">Status</th>
          <th scope="col" className="govuk-table__header">{police ? 'Sanitised text' : 'What can be shared'}</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr className="govuk-table__row" key={row.id}>
            <td className="govuk-table__cell">
              <Link className="govuk-link" to={intelligencePath(row.id)}>
                {row.reference}
              </Link>
            </td>
            <td className="govuk-table__cell">
              {formatInstant(row.submittedAt)}
              <span className="govuk-hint govuk-!-display-block govuk-!-margin-bottom-0 govuk-!-font-size-16">
                {row.mine ? 'Your agency' : row.submittedByAgency.name}
              </span>
            </td>
            <td className="govuk-table__cell">
              <IntelligenceStatusTag status={row.status} />
            </td>
            <td className="govuk-table__cell">{row.sanitisedText ? excerpt(row.sanitisedText) : row.status === IntelligenceStatus.SUBMITTED ? 'Awaiting grading' : 'Not shared with partners'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
