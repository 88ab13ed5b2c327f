import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { LiveMeetingDocument } from '@mace/web-data-access';
import { Loading, QueryFailed } from '@mace/web-children';
import { FollowView } from '../follow/follow-view.component';
import { ChairOverview } from './chair-overview.component';

/** `/meetings/:id/live`: the chair runs the meeting from here; everyone else follows it. */
export function LiveMeetingPage() {
  const { id = '' } = useParams();
  const { data, error } = useQuery(LiveMeetingDocument, { variables: { id } });
  if (error && !data) return <QueryFailed error={error} what="Meeting" />;
  if (!data) return <Loading />;
  return data.meeting.canManage ? <ChairOverview meeting={data.meeting} /> : <FollowView meeting={data.meeting} />;
}
