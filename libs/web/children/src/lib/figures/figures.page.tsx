import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  CHILD_STATUS_LABELS,
  ETHNICITY_LABELS,
  EXPLOITATION_TYPE_LABELS,
  GENDER_LABELS,
  RISK_LEVEL_LABELS,
  RiskLevel,
} from '@mace/shared-domain';
import { ChildStatisticsDocument, PseudonymisedChildrenDocument } from '@mace/web-data-access';
import { useCurrentUser } from '@mace/web-shell';
import { BarChart, Button, InsetText, Pagination, Select, usePageTitle, type BarColour } from '@mace/web-ui';
import { hasFilters, readChildListQuery, toFilterInput, writeChildListQuery, type ChildListQuery } from '../child-list/child-list-query';
import { useCursorPaging } from '../common/cursor-paging';
import { Loading, QueryFailed } from '../common/page-state';
import { RiskTag } from '../common/risk-tag.component';
import { FiguresFilter } from './figures-filter.component';
import '../common/children.css';

const PAGE_SIZE = 20;

// The risk tags' colours, so a level looks the same in the chart and in the list.
const RISK_BAR_COLOURS: Record<RiskLevel, BarColour> = {
  [RiskLevel.HIGH]: 'red',
  [RiskLevel.MEDIUM]: 'orange',
  [RiskLevel.LOW]: 'yellow',
  [RiskLevel.NONE]: 'grey',
};

/**
 * Figures for analysts and chairs: counts over their districts (or one of them), then the children
 * under pseudonyms. The district, the list's filters and its page are in the address.
 */
export function FiguresPage() {
  usePageTitle('Figures');
  const user = useCurrentUser();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const paging = useCursorPaging();
  const requested = readChildListQuery(params);
  // A district that is not the user's (an old bookmark, say) would be refused by the API: show all theirs instead.
  const district = user.districts.find((d) => d.id === requested.districtId);
  const query: ChildListQuery = { ...requested, districtId: district?.id ?? '' };
  const listFilters = hasFilters({ ...query, districtId: '' });

  const statistics = useQuery(ChildStatisticsDocument, { variables: { districtId: district?.id } });
  const list = useQuery(PseudonymisedChildrenDocument, {
    variables: { filter: toFilterInput(query), first: PAGE_SIZE, after: paging.after },
  });

  function show(next: ChildListQuery) {
    navigate({ search: writeChildListQuery(next).toString() });
  }

  const error = statistics.error ?? list.error;
  if (error) return <QueryFailed error={error} what="Figures" />;

  const figures = statistics.data?.childStatistics;
  const connection = list.data?.pseudonymisedChildren;
  const where = district ? district.name : 'all your districts';

  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Figures</h1>
          <p className="govuk-body">How many children the MACE knows in your districts, by risk level, status and district, and a list of them for analysis.</p>
          <InsetText>
            Names, dates of birth and addresses are withheld. Each child is shown under a pseudonym, such as C-1A2B3C4D, that
            does not identify them. Each page of the list you open is recorded in the audit trail.
          </InsetText>
          {/* Re-mounted when the address changes, so the select always shows the district in force. */}
          <DistrictChooser
            key={query.districtId}
            districtId={query.districtId}
            districts={user.districts}
            onChoose={(districtId) => show({ ...query, districtId })}
          />

          {!figures ? (
            <Loading />
          ) : (
            <>
              <h2 className="govuk-heading-m">Children in {where}</h2>
              <dl className="app-key-figures">
                <div className="app-key-figures__item">
                  <dt className="govuk-body govuk-!-margin-bottom-1">Children known to the MACE</dt>
                  <dd className="govuk-heading-xl govuk-!-margin-bottom-0">{figures.total}</dd>
                </div>
                <div className="app-key-figures__item">
                  <dt className="govuk-body govuk-!-margin-bottom-1">Overdue for review</dt>
                  <dd className="govuk-heading-xl govuk-!-margin-bottom-0">{figures.reviewOverdue}</dd>
                </div>
              </dl>
              <BarChart
                caption="By risk level"
                labelHeader="Risk level"
                valueHeader="Children"
                total={figures.total}
                rows={figures.byRisk.map(({ riskLevel, count }) => ({
                  key: riskLevel,
                  label: RISK_LEVEL_LABELS[riskLevel],
                  value: count,
                  colour: RISK_BAR_COLOURS[riskLevel],
                }))}
              />
              <BarChart
                caption="By status"
                labelHeader="Status"
                valueHeader="Children"
                total={figures.total}
                rows={figures.byStatus.map(({ status, count }) => ({
                  key: status,
                  label: CHILD_STATUS_LABELS[status],
                  value: count,
                  colour: 'teal',
                }))}
              />
              {figures.byDistrict.length > 1 && (
                <BarChart
                  caption="By district"
                  labelHeader="District"
                  valueHeader="Children"
                  total={figures.total}
                  rows={figures.byDistrict.map(({ district: d, count }) => ({ key: d.id, label: d.name, value: count, colour: 'blue' }))}
                />
              )}
            </>
          )}
        </div>
      </div>

      <h2 className="govuk-heading-l govuk-!-margin-top-6">Children under pseudonyms</h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter-from-desktop">
          <FiguresFilter key={params.toString()} query={query} onApply={show} />
        </div>
        <div className="govuk-grid-column-three-quarters-from-desktop">
          {!connection ? (
            <Loading />
          ) : (
            <>
              <p className="govuk-body govuk-!-font-weight-bold" role="status">
                {connection.totalCount === 1 ? '1 child' : `${connection.totalCount} children`} in {where}
                {listFilters ? ' match the filters' : ''}
              </p>
              {listFilters && (
                <p className="govuk-body">
                  <Link to={{ search: writeChildListQuery({ ...query, riskLevels: [], statuses: [], reviewDue: false }).toString() }} className="govuk-link">
                    Clear filters
                  </Link>
                </p>
              )}
              {connection.nodes.length > 0 ? (
                <table className="govuk-table app-table--compact">
                  <caption className="govuk-table__caption govuk-visually-hidden">Children in {where} under pseudonyms, without names</caption>
                  <thead className="govuk-table__head">
                    <tr className="govuk-table__row">
                      <th scope="col" className="govuk-table__header">Pseudonym</th>
                      <th scope="col" className="govuk-table__header">District</th>
                      <th scope="col" className="govuk-table__header govuk-table__header--numeric">Age</th>
                      <th scope="col" className="govuk-table__header">Gender</th>
                      <th scope="col" className="govuk-table__header">Ethnicity</th>
                      <th scope="col" className="govuk-table__header">Risk</th>
                      <th scope="col" className="govuk-table__header">Status</th>
                      <th scope="col" className="govuk-table__header">Exploitation</th>
                    </tr>
                  </thead>
                  <tbody className="govuk-table__body">
                    {connection.nodes.map((child) => (
                      <tr className="govuk-table__row" key={child.pseudonym}>
                        <th scope="row" className="govuk-table__header app-nowrap">
                          {child.pseudonym}
                        </th>
                        <td className="govuk-table__cell">{child.district.name}</td>
                        <td className="govuk-table__cell govuk-table__cell--numeric">{child.ageInYears}</td>
                        <td className="govuk-table__cell">{GENDER_LABELS[child.gender]}</td>
                        <td className="govuk-table__cell">{ETHNICITY_LABELS[child.ethnicitySelfDefined]}</td>
                        <td className="govuk-table__cell">
                          <RiskTag level={child.riskLevel} />
                        </td>
                        <td className="govuk-table__cell">{CHILD_STATUS_LABELS[child.status]}</td>
                        <td className="govuk-table__cell">
                          {child.exploitationTypes.map((type) => EXPLOITATION_TYPE_LABELS[type]).join(', ') || 'None recorded'}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p className="govuk-body">No children to show. {listFilters ? 'Try fewer filters.' : ''}</p>
              )}
              <Pagination label="Pseudonymised list pages" previous={paging.previous} next={paging.next(connection.pageInfo)} />
            </>
          )}
        </div>
      </div>
    </>
  );
}

interface DistrictChooserProps {
  districtId: string;
  districts: readonly { id: string; name: string }[];
  onChoose: (districtId: string) => void;
}

/** Chooses the district for the whole page; applied on submit, so the figures do not change while choosing. */
function DistrictChooser({ districtId, districts, onChoose }: DistrictChooserProps) {
  const [draft, setDraft] = useState(districtId);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onChoose(draft);
  }

  return (
    <form noValidate onSubmit={submit} aria-label="Choose a district">
      <div className="app-inline-form">
        <Select
          id="district"
          name="district"
          label="District"
          labelSize="s"
          value={draft}
          onChange={setDraft}
          options={[{ value: '', label: 'All your districts' }, ...districts.map((d) => ({ value: d.id, label: d.name }))]}
        />
        <Button variant="secondary">Show figures</Button>
      </div>
    </form>
  );
}
