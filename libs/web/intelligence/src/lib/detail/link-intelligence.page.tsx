import { EntityKind } from '@mace/shared-domain';
import { useNavigate } from 'react-router';
import type { EntityRefFieldsFragment } from '@mace/web-data-access';
import { BackLink } from '@mace/web-ui';
import { intelligencePath } from '../common/intelligence-paths';
import { LinkFormView } from '../records/link-form.component';
import { IntelligenceLoader } from './intelligence-loader.component';

/** "Link this intelligence": a link between two records that this intelligence supports. */
export function LinkIntelligencePage() {
  const navigate = useNavigate();
  return (
    <IntelligenceLoader>
      {(intel) => {
        // The children it is about, and the records it already links, are the likely first ends.
        const seen = new Map<string, EntityRefFieldsFragment>();
        for (const child of intel.children) seen.set(`CHILD:${child.id}`, { __typename: 'EntityRef', kind: EntityKind.CHILD, id: child.id, label: child.fullName, detail: null });
        for (const link of intel.links) for (const end of [link.from, link.to]) seen.set(`${end.kind}:${end.id}`, end);
        return (
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              <BackLink to={intelligencePath(intel.id)}>{`Back to ${intel.reference}`}</BackLink>
              <span className="govuk-caption-l">{intel.reference}</span>
              <LinkFormView title="Link this intelligence" intelligenceId={intel.id} suggestions={[...seen.values()]} onDone={() => navigate(intelligencePath(intel.id))} />
            </div>
          </div>
        );
      }}
    </IntelligenceLoader>
  );
}
