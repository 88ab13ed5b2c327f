import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { FieldErrors } from '@mace/web-children';
import { ShareAgendaItemDocument, type MeetingOverviewFragment, apiFormErrors } from '@mace/web-data-access';
import { Button, WarningText } from '@mace/web-ui';
import { agendaPath } from '../common/meeting-paths';
import { AgendaFormLayout, AgendaItemLoader } from './agenda-form-layout.component';

type Item = MeetingOverviewFragment['agenda'][number];

/** Share an item with every attendee of this meeting: a disclosure, so the chair confirms it first. */
export function ShareAgendaItemPage() {
  return <AgendaItemLoader>{(meeting, item) => <ShareConfirmation meeting={meeting} item={item} />}</AgendaItemLoader>;
}

function ShareConfirmation({ meeting, item }: { meeting: MeetingOverviewFragment; item: Item }) {
  const navigate = useNavigate();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [share, { loading }] = useMutation(ShareAgendaItemDocument);

  async function confirm() {
    if (loading) return;
    try {
      await share({ variables: { itemId: item.id } });
      navigate(agendaPath(meeting.id));
    } catch (caught) {
      setErrors(apiFormErrors(caught, [], 'You cannot share items of this meeting'));
    }
  }

  return (
    <AgendaFormLayout meeting={meeting} title={`Share item ${item.position} with the attendees`} errors={errors} order={[]}>
      <p className="govuk-body">
        <strong>{item.title}</strong>
      </p>
      <p className="govuk-body">
        Agencies at this meeting that are not involved with this child see the item as restricted. Sharing it shows them the child’s details and the
        agency updates on it, for this meeting only.
      </p>
      <WarningText>Sharing is a disclosure. It is recorded in the audit trail with you as the person who shared it and the agencies it was shared with.</WarningText>
      <p className="govuk-body">Share only what the attendees need to know to keep the child safe.</p>
      <div className="govuk-button-group">
        <Button type="button" onClick={() => void confirm()} disabled={loading}>
          Share with the attendees
        </Button>
      </div>
    </AgendaFormLayout>
  );
}
