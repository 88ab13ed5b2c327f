import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { MeetingStatus } from '@mace/shared-domain';
import type { FieldErrors } from '@mace/web-children';
import { LockAgendaDocument, type MeetingOverviewFragment, apiFormErrors } from '@mace/web-data-access';
import { Button, WarningText } from '@mace/web-ui';
import { countLabel } from '../common/meeting-labels';
import { MeetingLoader } from '../common/meeting-loader.component';
import { meetingPath } from '../common/meeting-paths';
import { AgendaFormLayout } from './agenda-form-layout.component';

/** Lock the agenda: agencies are told it is final, and it stops changing. */
export function LockAgendaPage() {
  return <MeetingLoader>{(meeting) => <LockConfirmation meeting={meeting} />}</MeetingLoader>;
}

function LockConfirmation({ meeting }: { meeting: MeetingOverviewFragment }) {
  const navigate = useNavigate();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [lock, { loading }] = useMutation(LockAgendaDocument);

  async function confirm() {
    if (loading) return;
    try {
      await lock({ variables: { meetingId: meeting.id } });
      navigate(meetingPath(meeting.id));
    } catch (caught) {
      setErrors(apiFormErrors(caught, [], 'Only the chair of the meeting’s district can lock its agenda'));
    }
  }

  const lockable = meeting.status === MeetingStatus.SCHEDULED;
  return (
    <AgendaFormLayout meeting={meeting} title="Lock the agenda" errors={errors} order={[]}>
      {lockable ? (
        <>
          <p className="govuk-body">The agenda has {countLabel(meeting.agenda.length, 'item', 'items')}.</p>
          <p className="govuk-body">Locking it:</p>
          <ul className="govuk-list govuk-list--bullet">
            <li>tells the member agencies the agenda is final, so they can post their updates</li>
            <li>stops any more changes to the items, their order, presenters and times</li>
          </ul>
          <WarningText>You cannot unlock the agenda afterwards.</WarningText>
          <Button type="button" onClick={() => void confirm()} disabled={loading}>
            Lock the agenda
          </Button>
        </>
      ) : (
        <p className="govuk-body">The agenda is already locked.</p>
      )}
    </AgendaFormLayout>
  );
}
