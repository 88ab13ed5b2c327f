import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ErrorCode, MinutesStatus } from '@mace/shared-domain';
import { ApproveMinutesDocument, MeetingMinutesPageDocument, readApiError } from '@mace/web-data-access';
import { Loading, QueryFailed } from '@mace/web-children';
import { BackLink, Button, ErrorSummary, usePageTitle, WarningText } from '@mace/web-ui';
import type { MinutesPageState } from './minutes.page';

/** `/meetings/:id/minutes/approve`: the chair confirms; approved minutes are frozen. */
export function ApproveMinutesPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(MeetingMinutesPageDocument, { variables: { id }, fetchPolicy: 'network-only' });
  // Minutes have no id, so the mutation's answer does not reach the meeting's cached minutes: read them again
  // before going back, or the minutes page shows the draft form under "Minutes approved".
  const [approve, { loading: approving }] = useMutation(ApproveMinutesDocument, { refetchQueries: [MeetingMinutesPageDocument], awaitRefetchQueries: true });
  const [problem, setProblem] = useState<string | null>(null);
  usePageTitle('Approve the minutes', Boolean(problem));
  if (error && !data) return <QueryFailed error={error} what="Meeting" />;
  if (!data) return <Loading />;
  const { meeting } = data;
  const minutes = meeting.minutes;
  const back = `/meetings/${id}/minutes`;

  async function confirm() {
    if (!minutes) return;
    setProblem(null);
    try {
      await approve({ variables: { meetingId: id, version: minutes.version } });
      const state: MinutesPageState = { done: 'Minutes approved' };
      navigate(back, { state });
    } catch (caught) {
      const api = readApiError(caught);
      if (api.code === ErrorCode.CONFLICT) {
        await refetch();
        setProblem('Someone saved the draft since you opened this page. Check the latest draft, then approve it.');
      } else if (api.code === ErrorCode.FORBIDDEN) setProblem('Only the chair can approve the minutes');
      else setProblem(api.message ?? 'Sorry, there is a problem with the service. Try again later.');
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={back}>Back to the minutes</BackLink>
        {problem && <ErrorSummary errors={[{ text: problem, to: back }]} />}
        <span className="govuk-caption-l">{meeting.title}</span>
        <h1 className="govuk-heading-l">Approve the minutes</h1>
        {!minutes || !meeting.canManage ? (
          <p className="govuk-body">{!minutes ? 'The minutes are drafted when the meeting closes.' : 'Only the chair can approve the minutes.'}</p>
        ) : minutes.status === MinutesStatus.APPROVED ? (
          <p className="govuk-body">These minutes are already approved.</p>
        ) : (
          <>
            <p className="govuk-body">You are approving the last saved draft{minutes.version === 0 ? ', as drafted from the meeting' : ''}.</p>
            <WarningText>Approved minutes cannot be changed; corrections are added as addenda.</WarningText>
            <Button type="button" onClick={() => void confirm()} disabled={approving}>
              Approve minutes
            </Button>
          </>
        )}
      </div>
    </div>
  );
}
