import { useQuery } from '@apollo/client/react';
import { Loading, QueryFailed } from '@mace/web-children';
import { SharedContextsDocument } from '@mace/web-data-access';
import { usePageTitle } from '@mace/web-ui';
import { kindLabel } from '../common/intelligence-labels';
import { PoliceSubNavigation } from '../common/police-sub-navigation.component';
import { RefLink, RefList } from '../common/ref-link.component';
import { DistrictChoice, useDistrictChoice } from './district-choice.component';

/** Children who share a place or an associate without being otherwise linked: possible hidden connections. */
export function SharedContextsPage() {
  const [districtId, setDistrictId] = useDistrictChoice();
  usePageTitle('Shared contexts');
  const { data, error } = useQuery(SharedContextsDocument, { variables: { districtId }, fetchPolicy: 'cache-and-network' });
  return (
    <>
      <PoliceSubNavigation />
      <h1 className="govuk-heading-l">Shared contexts</h1>
      <p className="govuk-body">Children linked to the same place or person without being linked to each other.</p>
      <DistrictChoice value={districtId} onChange={setDistrictId} />
      {error && !data ? (
        <QueryFailed error={error} what="Shared contexts" />
      ) : !data ? (
        <Loading />
      ) : data.sharedContexts.length === 0 ? (
        <p className="govuk-body">No shared contexts found.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">{data.sharedContexts.length} shared contexts</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Through</th>
              <th scope="col" className="govuk-table__header">Kind</th>
              <th scope="col" className="govuk-table__header">Children</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {data.sharedContexts.map((context) => (
              <tr className="govuk-table__row" key={`${context.through.kind}:${context.through.id}`}>
                <td className="govuk-table__cell">
                  <RefLink entity={context.through} />
                </td>
                <td className="govuk-table__cell">{kindLabel(context.through.kind)}</td>
                <td className="govuk-table__cell">
                  <RefList entities={context.children} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
