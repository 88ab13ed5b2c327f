import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import type { EntityKind } from '@mace/shared-domain';
import { Loading, QueryFailed } from '@mace/web-children';
import { LinkGraphDocument, type EntityRefFieldsFragment } from '@mace/web-data-access';
import { NotFoundPage } from '@mace/web-shell';
import { kindFromSlug } from '../common/intelligence-paths';

type Render = (ref: EntityRefFieldsFragment) => ReactNode;

/**
 * The record named in the address (/…/:kind/:id) as the caller may see it. Any kind, identifiers
 * included (the contract has no single-identifier query), read as the centre of its one-step graph.
 */
export function RecordRefLoader({ children }: { children: Render }) {
  const params = useParams();
  const kind = kindFromSlug(params['kind']);
  if (!kind) return <NotFoundPage />;
  return <Loaded kind={kind} id={params['id'] ?? ''} render={children} />;
}

function Loaded({ kind, id, render }: { kind: EntityKind; id: string; render: Render }) {
  const { data, error } = useQuery(LinkGraphDocument, { variables: { subject: { kind, id }, depth: 1 } });
  if (error && !data) return <QueryFailed error={error} what="Record" />;
  if (!data) return <Loading />;
  return <>{render(data.linkGraph.centre)}</>;
}
