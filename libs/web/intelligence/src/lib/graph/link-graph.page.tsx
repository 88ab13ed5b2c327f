import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { LINK_RELATION_LABELS, type EntityKind, type LinkRelation } from '@mace/shared-domain';
import { Loading, optionsFrom, QueryFailed } from '@mace/web-children';
import { LinkGraphDocument } from '@mace/web-data-access';
import { NotFoundPage } from '@mace/web-shell';
import { BackLink, Checkboxes, DateInput, FilterPanel, Select, usePageTitle, WarningText, type DateParts } from '@mace/web-ui';
import { kindFromSlug, recordPath } from '../common/intelligence-paths';
import { LinksTable } from '../common/links-table.component';
import { calendarDate } from '../submit/submit-form';
import { filterLinks, refKey } from './graph-layout';
import { GraphKey, LinkGraphSvg } from './link-graph-svg.component';

interface GraphFilter {
  relations: LinkRelation[];
  from: DateParts;
  to: DateParts;
  depth: string;
}

const NO_DATE: DateParts = { day: '', month: '', year: '' };

/** The records linked to one record, two steps out: a picture and the same links as a table. */
export function LinkGraphPage() {
  const params = useParams();
  const kind = kindFromSlug(params['kind']);
  if (!kind) return <NotFoundPage />;
  return <Graph kind={kind} id={params['id'] ?? ''} />;
}

function Graph({ kind, id }: { kind: EntityKind; id: string }) {
  const [filter, setFilter] = useState<GraphFilter>({ relations: [], from: NO_DATE, to: NO_DATE, depth: '2' });
  const from = calendarDate(filter.from) ?? undefined;
  const to = calendarDate(filter.to) ?? undefined;
  // The API narrows by dates and depth; relations are narrowed here so ticking them redraws at once.
  const { data, error } = useQuery(LinkGraphDocument, {
    variables: { subject: { kind, id }, depth: Number(filter.depth), filter: from || to ? { from, to } : undefined },
    fetchPolicy: 'cache-and-network',
  });
  const title = data ? `Link graph: ${data.linkGraph.centre.label}` : 'Link graph';
  usePageTitle(title);
  if (error && !data) return <QueryFailed error={error} what="Record" />;
  if (!data) return <Loading />;

  const graph = data.linkGraph;
  const links = filterLinks(graph.links, filter.relations, from, to);
  const touched = new Set(links.flatMap((l) => [refKey(l.from), refKey(l.to)]));
  const nodes = graph.nodes.filter((n) => n.depth > 0 && touched.has(refKey(n.ref)));

  return (
    <>
      <BackLink to={recordPath(graph.centre)}>{`Back to ${graph.centre.label}`}</BackLink>
      <h1 className="govuk-heading-l">{title}</h1>
      {graph.truncated && <WarningText>The graph is too large to show in full: only the closest records are shown. Narrow it with the filters.</WarningText>}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter">
          <FilterPanel value={filter} label="Filter the link graph" onApply={setFilter}>
            {(draft, setDraft) => (
              <>
                <Checkboxes
                  id="relations"
                  name="relations"
                  legend="Relations"
                  legendSize="s"
                  small
                  hint="None ticked shows all"
                  values={draft.relations}
                  onChange={(values) => setDraft({ ...draft, relations: values as LinkRelation[] })}
                  options={optionsFrom(LINK_RELATION_LABELS)}
                />
                <DateInput id="from" legend="Valid from" legendSize="s" value={draft.from} onChange={(value) => setDraft({ ...draft, from: value })} />
                <DateInput id="to" legend="Valid to" legendSize="s" value={draft.to} onChange={(value) => setDraft({ ...draft, to: value })} />
                <Select
                  id="depth"
                  name="depth"
                  label="Steps out"
                  // The filter column is narrow: a select sized to its longest option ran out of the panel.
                  fullWidth
                  value={draft.depth}
                  onChange={(depth) => setDraft({ ...draft, depth })}
                  options={[
                    { value: '1', label: '1: direct links' },
                    { value: '2', label: '2: links of links' },
                  ]}
                />
              </>
            )}
          </FilterPanel>
          <h2 className="govuk-heading-s govuk-!-margin-top-4">Key</h2>
          <GraphKey />
        </div>
        <div className="govuk-grid-column-three-quarters">
          <p className="govuk-body" aria-live="polite">
            {nodes.length + 1} records, {links.length} links
          </p>
          <LinkGraphSvg centre={graph.centre} nodes={nodes} links={links} />
          <LinksTable links={links} caption="The links in the graph" />
        </div>
      </div>
    </>
  );
}
