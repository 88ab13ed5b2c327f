import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { MeetingStatus } from '@mace/shared-domain';
import { requiredText, type FieldErrors } from '@mace/web-children';
import { CancelMeetingDocument, type MeetingOverviewFragment, apiFormErrors } from '@mace/web-data-access';
import { Button, Textarea } from '@mace/web-ui';
import { REASON_MAX } from '../common/form-rules';
import { formatMeetingDateTime } from '../common/london-time';
import { MeetingLoader } from '../common/meeting-loader.component';
import { meetingPath } from '../common/meeting-paths';
import { AgendaFormLayout } from '../agenda/agenda-form-layout.component';

const ORDER = [['reason', 'reason']] as const;

/** Cancel a meeting that has not started, with a reason everyone sees on it. */
export function CancelMeetingPage() {
  return <MeetingLoader>{(meeting) => <CancelForm meeting={meeting} />}</MeetingLoader>;
}

function CancelForm({ meeting }: { meeting: MeetingOverviewFragment }) {
  const navigate = useNavigate();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [cancel, { loading }] = useMutation(CancelMeetingDocument);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const missing = requiredText(reason, 'Enter why the meeting is cancelled', REASON_MAX, 'Reason');
    if (missing) {
      setErrors({ reason: missing });
      return;
    }
    try {
      await cancel({ variables: { input: { meetingId: meeting.id, reason: reason.trim(), version: meeting.version } } });
      navigate(meetingPath(meeting.id));
    } catch (caught) {
      setErrors(apiFormErrors(caught, ['reason'], 'Only the chair of the meeting’s district can cancel it'));
    }
  }

  const cancellable = meeting.status === MeetingStatus.SCHEDULED || meeting.status === MeetingStatus.AGENDA_LOCKED;
  return (
    <AgendaFormLayout meeting={meeting} title="Cancel the meeting" errors={errors} order={ORDER} back={meetingPath(meeting.id)}>
      <p className="govuk-body">{formatMeetingDateTime(meeting.startsAt)}</p>
      {cancellable ? (
        <form noValidate onSubmit={submit}>
          <Textarea
            id="reason"
            name="reason"
            label="Why is the meeting cancelled?"
            labelSize="m"
            hint="Everyone who can see the meeting reads this. Do not write names or case details here."
            value={reason}
            error={errors['reason']}
            onChange={setReason}
            rows={3}
          />
          <Button variant="warning" disabled={loading}>
            Cancel the meeting
          </Button>
        </form>
      ) : (
        <p className="govuk-body">The meeting has started or ended, so it cannot be cancelled.</p>
      )}
    </AgendaFormLayout>
  );
}
