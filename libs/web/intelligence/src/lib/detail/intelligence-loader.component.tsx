import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { Loading, QueryFailed } from '@mace/web-children';
import { IntelligenceDocument, type IntelligenceDetailFragment } from '@mace/web-data-access';

/** Loads the intelligence named in the address; the page and its grading, status and link pages share the query. */
export function IntelligenceLoader({ children }: { children: (intelligence: IntelligenceDetailFragment) => ReactNode }) {
  const { id = '' } = useParams();
  const { data, error } = useQuery(IntelligenceDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (error && !data) return <QueryFailed error={error} what="Intelligence" />;
  if (!data) return <Loading />;
  return <>{children(data.intelligence)}</>;
}
