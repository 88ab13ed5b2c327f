import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { requiredText, type FieldErrors } from '@mace/web-children';
import { MeetingOverviewDocument, RemoveAgendaItemDocument, type MeetingOverviewFragment, apiFormErrors } from '@mace/web-data-access';
import { Button, Textarea } from '@mace/web-ui';
import { REASON_MAX } from '../common/form-rules';
import { agendaPath } from '../common/meeting-paths';
import { AgendaFormLayout, AgendaItemLoader } from './agenda-form-layout.component';

type Item = MeetingOverviewFragment['agenda'][number];
const ORDER = [['reason', 'reason']] as const;

/** Take an item off the agenda, with a reason (kept with the item for the record). */
export function RemoveAgendaItemPage() {
  return <AgendaItemLoader>{(meeting, item) => <RemoveForm meeting={meeting} item={item} />}</AgendaItemLoader>;
}

function RemoveForm({ meeting, item }: { meeting: MeetingOverviewFragment; item: Item }) {
  const navigate = useNavigate();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [remove, { loading }] = useMutation(RemoveAgendaItemDocument, {
    // The agenda (without removed items) and positions change: read the meeting again.
    refetchQueries: [{ query: MeetingOverviewDocument, variables: { id: meeting.id } }],
    awaitRefetchQueries: true,
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const missing = requiredText(reason, 'Enter why you are removing the item', REASON_MAX, 'Reason');
    if (missing) {
      setErrors({ reason: missing });
      return;
    }
    try {
      await remove({ variables: { input: { itemId: item.id, reason: reason.trim(), version: item.version } } });
      navigate(agendaPath(meeting.id));
    } catch (caught) {
      setErrors(apiFormErrors(caught, ['reason'], 'You cannot change this agenda'));
    }
  }

  return (
    <AgendaFormLayout meeting={meeting} title={`Remove item ${item.position} from the agenda`} errors={errors} order={ORDER}>
      <p className="govuk-body">
        <strong>{item.title}</strong>
      </p>
      <form noValidate onSubmit={submit}>
        <Textarea
          id="reason"
          name="reason"
          label="Why are you removing it?"
          labelSize="m"
          hint="The reason stays with the item on the record. Do not write names or case details here."
          value={reason}
          error={errors['reason']}
          onChange={setReason}
          rows={3}
        />
        <Button variant="warning" disabled={loading}>
          Remove the item
        </Button>
      </form>
    </AgendaFormLayout>
  );
}
