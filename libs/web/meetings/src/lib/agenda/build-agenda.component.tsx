import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { BuildAgendaDocument, type MeetingOverviewFragment, apiFormErrors } from '@mace/web-data-access';
import { Button, ErrorSummary, NotificationBanner } from '@mace/web-ui';
import { countLabel } from '../common/meeting-labels';
import { addedItems } from './agenda-diff';

/** (Re)build by the type's rules: adds what the rules find and is not there yet, keeps the chair's edits. */
export function BuildAgenda({ meeting }: { meeting: MeetingOverviewFragment }) {
  const [build, { loading }] = useMutation(BuildAgendaDocument);
  const [added, setAdded] = useState<{ id: string; title: string; reasons: { label: string }[] }[] | null>(null);
  const [error, setError] = useState<string | undefined>();
  const built = Boolean(meeting.agendaBuiltAt);

  async function onBuild() {
    if (loading) return;
    setError(undefined);
    const before = meeting.agenda;
    try {
      const result = await build({ variables: { meetingId: meeting.id } });
      setAdded(addedItems(before, result.data?.buildAgenda.agenda ?? []));
    } catch (caught) {
      setAdded(null);
      setError(apiFormErrors(caught, [], 'You cannot build the agenda of this meeting')['form']);
    }
  }

  return (
    <>
      {error && <ErrorSummary errors={[{ text: error }]} />}
      {added && (
        <NotificationBanner
          type="success"
          heading={added.length === 0 ? 'Agenda rebuilt: the rules found nothing new' : `Agenda built: ${countLabel(added.length, 'item', 'items')} added`}
        >
          {added.length > 0 && (
            <ul className="govuk-list govuk-list--bullet">
              {added.map((item) => (
                <li key={item.id}>
                  {item.title}
                  {item.reasons.length > 0 ? ` (${item.reasons.map((reason) => reason.label.toLowerCase()).join('; ')})` : ''}
                </li>
              ))}
            </ul>
          )}
        </NotificationBanner>
      )}
      <p className="govuk-body">
        {built
          ? 'Rebuilding adds children the rules find now and are not on the agenda yet. Your changes (order, removals, presenters, added items) are kept.'
          : 'Building adds the children the meeting type’s rules find: new referrals, reviews due, risk increased, overdue actions and items not reached last time.'}
      </p>
      <Button type="button" variant={built ? 'secondary' : 'primary'} onClick={() => void onBuild()} disabled={loading}>
        {built ? 'Rebuild the agenda' : 'Build the agenda'}
      </Button>
    </>
  );
}
