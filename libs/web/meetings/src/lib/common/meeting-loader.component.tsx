import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { MeetingOverviewDocument, type MeetingOverviewFragment } from '@mace/web-data-access';
import { Loading, QueryFailed } from '@mace/web-children';

/**
 * Loads the meeting named in the address (with its agenda) and renders the page with it. The
 * overview and every agenda editing page share this one query, so moving between them reads the cache.
 */
export function MeetingLoader({ children }: { children: (meeting: MeetingOverviewFragment, refetch: () => void) => ReactNode }) {
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(MeetingOverviewDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (error && !data) return <QueryFailed error={error} what="Meeting" />;
  if (loading && !data) return <Loading />;
  if (!data) return <Loading />;
  return <>{children(data.meeting, () => void refetch())}</>;
}

/** The item named in the address, among the meeting's agenda. */
export function useItemId(): string {
  return useParams()['itemId'] ?? '';
}
