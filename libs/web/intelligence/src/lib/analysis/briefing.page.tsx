import { useQuery } from '@apollo/client/react';
import { EXPLOITATION_TYPE_LABELS, RISK_LEVEL_LABELS, type ExploitationType } from '@mace/shared-domain';
import { Loading, QueryFailed } from '@mace/web-children';
import { DistrictBriefingDocument } from '@mace/web-data-access';
import { SummaryList, usePageTitle } from '@mace/web-ui';
import { formatInstant } from '../common/london-time';
import { PoliceSubNavigation } from '../common/police-sub-navigation.component';
import { RefLink, RefList } from '../common/ref-link.component';
import { DistrictChoice, useDistrictChoice } from './district-choice.component';

const MARKING = 'OFFICIAL-SENSITIVE';

/** The district briefing for officers: one block per child, printable without the service's navigation. */
export function BriefingPage() {
  const [districtId, setDistrictId] = useDistrictChoice();
  usePageTitle('District briefing');
  const { data, error } = useQuery(DistrictBriefingDocument, { variables: { districtId }, fetchPolicy: 'cache-and-network' });
  return (
    <>
      <PoliceSubNavigation />
      <p className="govuk-body app-intel-marking">{MARKING}</p>
      <h1 className="govuk-heading-l">District briefing{data ? `: ${data.districtBriefing.district.name}` : ''}</h1>
      <DistrictChoice value={districtId} onChange={setDistrictId} />
      {error && !data ? (
        <QueryFailed error={error} what="Briefing" />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <p className="govuk-body">Produced {formatInstant(data.districtBriefing.producedAt)}.</p>
          <button type="button" className="govuk-button govuk-button--secondary app-intel-no-print" onClick={() => window.print()}>
            Print the briefing
          </button>
          {data.districtBriefing.children.length === 0 && <p className="govuk-body">No children to brief on.</p>}
          {data.districtBriefing.children.map((entry) => (
            <section className="app-intel-briefing-child" key={entry.child.id} aria-labelledby={`briefing-${entry.child.id}`}>
              <h2 className="govuk-heading-m" id={`briefing-${entry.child.id}`}>
                <RefLink entity={entry.child} />
              </h2>
              <SummaryList
                rows={[
                  { key: 'Risk level', value: RISK_LEVEL_LABELS[entry.riskLevel] },
                  { key: 'Exploitation', value: entry.exploitationTypes.map((t) => EXPLOITATION_TYPE_LABELS[t as ExploitationType] ?? t).join(', ') || 'None recorded' },
                  { key: 'Associates', value: <RefList entities={entry.associates} /> },
                  { key: 'Places', value: <RefList entities={entry.places} /> },
                  { key: 'Vehicles', value: <RefList entities={entry.vehicles} /> },
                  { key: 'Collection plan', value: <span className="app-intel-pre">{entry.collectionPlan}</span> },
                ]}
              />
            </section>
          ))}
          <p className="govuk-body app-intel-marking">{MARKING}</p>
        </>
      )}
    </>
  );
}
