import { useQuery } from '@apollo/client/react';
import { Permission } from '@mace/shared-domain';
import { Loading } from '@mace/web-children';
import { LinksOfDocument, type EntityRefFieldsFragment } from '@mace/web-data-access';
import { useHasPermission } from '@mace/web-shell';
import { BackLink, ButtonLink, usePageTitle } from '@mace/web-ui';
import { kindLabel } from '../common/intelligence-labels';
import { addLinkPath, graphPath, RECORD_SEARCH_PATH } from '../common/intelligence-paths';
import { LinksTable } from '../common/links-table.component';
import { RecordRefLoader } from './record-ref-loader.component';
import { RecordSummary } from './record-summary.component';

/** A person, location, vehicle, identifier or network: its details and its links. */
export function RecordPage() {
  return <RecordRefLoader>{(ref) => <RecordView entity={ref} />}</RecordRefLoader>;
}

function RecordView({ entity }: { entity: EntityRefFieldsFragment }) {
  const can = useHasPermission();
  usePageTitle(`${entity.label} – ${kindLabel(entity.kind)}`);
  const { data } = useQuery(LinksOfDocument, { variables: { subject: { kind: entity.kind, id: entity.id } }, fetchPolicy: 'cache-and-network' });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <BackLink to={RECORD_SEARCH_PATH}>Back to search</BackLink>
        <span className="govuk-caption-l">{kindLabel(entity.kind)}</span>
        <h1 className="govuk-heading-l">{entity.label}</h1>
        <RecordSummary entity={entity} />
        <div className="govuk-button-group">
          {can(Permission.LINKS_MANAGE) && <ButtonLink to={addLinkPath(entity)}>Add a link</ButtonLink>}
          <ButtonLink to={graphPath(entity)} variant="secondary">
            View the link graph
          </ButtonLink>
        </div>
        {data ? <LinksTable links={data.linksOf} caption="Links" /> : <Loading />}
      </div>
    </div>
  );
}
