import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { EntityKind, NETWORK_STATUS_LABELS, OFFENDING_MODEL_LABELS } from '@mace/shared-domain';
import { Loading, QueryFailed } from '@mace/web-children';
import { GroupBasedNetworksDocument } from '@mace/web-data-access';
import { SummaryList, usePageTitle } from '@mace/web-ui';
import { graphPath, recordPath } from '../common/intelligence-paths';
import { PoliceSubNavigation } from '../common/police-sub-navigation.component';
import { RefList } from '../common/ref-link.component';
import { DistrictChoice, useDistrictChoice } from './district-choice.component';

/** Group-based CSE networks with the children and persons linked to them. */
export function NetworksPage() {
  const [districtId, setDistrictId] = useDistrictChoice();
  usePageTitle('Group-based networks');
  const { data, error } = useQuery(GroupBasedNetworksDocument, { variables: { districtId }, fetchPolicy: 'cache-and-network' });
  return (
    <>
      <PoliceSubNavigation />
      <h1 className="govuk-heading-l">Group-based networks</h1>
      <DistrictChoice value={districtId} onChange={setDistrictId} />
      {error && !data ? (
        <QueryFailed error={error} what="Networks" />
      ) : !data ? (
        <Loading />
      ) : data.groupBasedNetworks.length === 0 ? (
        <p className="govuk-body">No group-based networks are recorded.</p>
      ) : (
        data.groupBasedNetworks.map(({ network, children, persons }) => {
          const ref = { kind: EntityKind.NETWORK, id: network.id };
          return (
            <section key={network.id} className="govuk-!-margin-bottom-8" aria-labelledby={`network-${network.id}`}>
              <h2 className="govuk-heading-m" id={`network-${network.id}`}>
                <Link className="govuk-link" to={recordPath(ref)}>
                  {network.name}
                </Link>
              </h2>
              <SummaryList
                rows={[
                  { key: 'Offending model', value: OFFENDING_MODEL_LABELS[network.model] },
                  { key: 'Status', value: NETWORK_STATUS_LABELS[network.status] },
                  { key: 'Children', value: <RefList entities={children} /> },
                  { key: 'Persons of concern', value: <RefList entities={persons} /> },
                ]}
              />
              <Link className="govuk-link" to={graphPath(ref)}>
                View the link graph<span className="govuk-visually-hidden"> of {network.name}</span>
              </Link>
            </section>
          );
        })
      )}
    </>
  );
}
