import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Permission } from '@mace/shared-domain';
import type { FieldErrors } from '@mace/web-children';
import { AgenciesDocument, AgencyUsersDocument, UpdateAgendaItemDocument, type MeetingOverviewFragment, apiFormErrors } from '@mace/web-data-access';
import { useHasPermission } from '@mace/web-shell';
import { Button, Select, TextInput } from '@mace/web-ui';
import { numberError, TIMEBOX_RANGE, wholeNumber } from '../common/form-rules';
import { agendaPath } from '../common/meeting-paths';
import { AgendaFormLayout, AgendaItemLoader } from './agenda-form-layout.component';

type Item = MeetingOverviewFragment['agenda'][number];
const ORDER = [
  ['presenterAgencyId', 'presenterAgencyId'],
  ['presenterUserId', 'presenterUserId'],
  ['timeboxMinutes', 'timeboxMinutes'],
] as const;

/** Who presents the item and how long it has. */
export function AgendaItemEditPage() {
  return <AgendaItemLoader>{(meeting, item) => <PresenterForm key={item.version} meeting={meeting} item={item} />}</AgendaItemLoader>;
}

function PresenterForm({ meeting, item }: { meeting: MeetingOverviewFragment; item: Item }) {
  const navigate = useNavigate();
  const has = useHasPermission();
  const [agencyId, setAgencyId] = useState(item.presenterAgency?.id ?? '');
  const [userId, setUserId] = useState(item.presenterUser?.id ?? '');
  const [timebox, setTimebox] = useState(String(item.timeboxMinutes));
  const [errors, setErrors] = useState<FieldErrors>({});
  const agencies = useQuery(AgenciesDocument, { variables: {} });
  // Naming a person needs the agency's users, which only user:read may list.
  const canChoosePerson = has(Permission.USER_READ);
  const users = useQuery(AgencyUsersDocument, { variables: { agencyId }, skip: !canChoosePerson || !agencyId });
  const [update, { loading }] = useMutation(UpdateAgendaItemDocument);

  // Agencies of the meeting's district and those covering every district.
  const agencyOptions = (agencies.data?.agencies.nodes ?? []).filter((a) => a.active && (!a.district || a.district.id === meeting.district.id));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const found: FieldErrors = { timeboxMinutes: numberError(timebox, TIMEBOX_RANGE, 'Time for the item', 'Enter the time for the item, in minutes') };
    if (found['timeboxMinutes']) {
      setErrors(found);
      return;
    }
    try {
      await update({
        variables: {
          input: {
            itemId: item.id,
            version: item.version,
            presenterAgencyId: agencyId || undefined,
            presenterUserId: agencyId && userId ? userId : undefined,
            timeboxMinutes: wholeNumber(timebox),
          },
        },
      });
      navigate(agendaPath(meeting.id));
    } catch (caught) {
      setErrors(apiFormErrors(caught, ORDER.map(([field]) => field), 'You cannot change this agenda'));
    }
  }

  return (
    <AgendaFormLayout meeting={meeting} title={`Presenter and time of item ${item.position}`} errors={errors} order={ORDER}>
      <p className="govuk-body">
        <strong>{item.title}</strong>
      </p>
      <form noValidate onSubmit={submit}>
        <Select
          id="presenterAgencyId"
          name="presenterAgencyId"
          label="Presenting agency"
          labelSize="m"
          value={agencyId}
          error={errors['presenterAgencyId']}
          onChange={(value) => {
            setAgencyId(value);
            setUserId('');
          }}
          options={[
            ...(item.presenterAgency ? [] : [{ value: '', label: 'Not set' }]),
            ...(item.presenterAgency && !agencyOptions.some((a) => a.id === item.presenterAgency?.id) ? [{ value: item.presenterAgency.id, label: item.presenterAgency.name }] : []),
            ...agencyOptions.map((a) => ({ value: a.id, label: a.name })),
          ]}
        />
        {canChoosePerson && agencyId && (
          <Select
            id="presenterUserId"
            name="presenterUserId"
            label="Presenter (optional)"
            labelSize="s"
            value={userId}
            error={errors['presenterUserId']}
            onChange={setUserId}
            options={[
              { value: '', label: 'Anyone from the agency' },
              ...(item.presenterUser && item.presenterAgency?.id === agencyId && !users.data?.users.nodes.some((u) => u.id === item.presenterUser?.id)
                ? [{ value: item.presenterUser.id, label: item.presenterUser.displayName }]
                : []),
              ...(users.data?.users.nodes ?? []).map((u) => ({ value: u.id, label: u.displayName })),
            ]}
          />
        )}
        <TextInput
          id="timeboxMinutes"
          name="timeboxMinutes"
          label="Time for the item, in minutes"
          labelSize="s"
          hint={`Between ${TIMEBOX_RANGE.min} and ${TIMEBOX_RANGE.max}. The meeting type’s default is ${meeting.type.defaultTimeboxMinutes}.`}
          inputMode="numeric"
          inputClassName="govuk-input--width-3"
          value={timebox}
          error={errors['timeboxMinutes']}
          onChange={(event) => setTimebox(event.target.value)}
        />
        <Button disabled={loading}>Save</Button>
      </form>
    </AgendaFormLayout>
  );
}
