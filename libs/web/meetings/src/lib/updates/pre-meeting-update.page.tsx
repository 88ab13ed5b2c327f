import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { Loading, QueryFailed, formatDateTime } from '@mace/web-children';
import { PreMeetingUpdatesDocument, type PreMeetingUpdatesQuery } from '@mace/web-data-access';
import { useCurrentUser } from '@mace/web-shell';
import { BackLink, SummaryList, usePageTitle } from '@mace/web-ui';
import { AgendaReasons } from '../common/agenda-reasons.component';
import { MeetingCaption } from '../common/meeting-caption.component';
import { meetingPath } from '../common/meeting-paths';
import { takesUpdates } from '../overview/meeting-links';
import { OtherUpdates } from './other-updates.component';
import { UPDATE_PART_LABELS, UPDATE_PARTS } from './update-form';
import { UpdateForm } from './update-form.component';

type Meeting = PreMeetingUpdatesQuery['meeting'];
type Item = Meeting['agenda'][number];

/** Post or change the caller's agency's pre-meeting update on an item, beside the other agencies'. */
export function PreMeetingUpdatePage() {
  const { id = '', itemId = '' } = useParams();
  const { data, error } = useQuery(PreMeetingUpdatesDocument, { variables: { meetingId: id }, fetchPolicy: 'cache-and-network' });
  if (error && !data) return <QueryFailed error={error} what="Meeting" />;
  if (!data) return <Loading />;
  const item = data.meeting.agenda.find((row) => row.id === itemId);
  if (!item) return <ItemNotFound meeting={data.meeting} />;
  return <PreMeetingUpdate meeting={data.meeting} item={item} />;
}

function PreMeetingUpdate({ meeting, item }: { meeting: Meeting; item: Item }) {
  const user = useCurrentUser();
  const title = `Pre-meeting update: item ${item.position}`;
  const mine = item.updates.find((update) => update.agency.id === user.agency.id);
  const others = item.updates.filter((update) => update !== mine);
  const editable = item.visibility === 'FULL' && meeting.canContribute && takesUpdates(meeting.status) && (!mine || mine.canEdit);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={meetingPath(meeting.id)}>Back to the meeting</BackLink>
        <MeetingCaption meeting={meeting} />
        {editable ? null : <PageTitle title={title} />}
        <h1 className="govuk-heading-l">{item.visibility === 'FULL' ? item.title : `Item ${item.position}`}</h1>
        {item.visibility !== 'FULL' ? (
          <Hidden meeting={meeting} item={item} />
        ) : (
          <>
            <AgendaReasons reasons={item.reasons} />
            <div className="govuk-!-margin-top-6">
              {editable ? (
                <UpdateForm key={mine?.version ?? 0} meetingId={meeting.id} itemId={item.id} agencyName={user.agency.name} saved={mine} title={title} />
              ) : (
                <ReadOnlyOwnUpdate mine={mine} agencyName={user.agency.name} />
              )}
            </div>
            <OtherUpdates updates={others} />
          </>
        )}
      </div>
    </div>
  );
}

function ItemNotFound({ meeting }: { meeting: Meeting }) {
  usePageTitle('Agenda item not found');
  return (
    <>
      <BackLink to={meetingPath(meeting.id)}>Back to the meeting</BackLink>
      <h1 className="govuk-heading-l">Agenda item not found</h1>
      <p className="govuk-body">It is not on the agenda of {meeting.title}, or it was removed.</p>
    </>
  );
}

/** The form sets the title itself (with the error prefix); without it, the page does. */
function PageTitle({ title }: { title: string }) {
  usePageTitle(title);
  return null;
}

function Hidden({ meeting, item }: { meeting: Meeting; item: Item }) {
  return item.visibility === 'RESTRICTED' ? (
    <p className="govuk-body">{item.restrictedNote ?? 'This item is restricted.'} Your agency cannot see it or post an update on it unless the chair shares it.</p>
  ) : (
    <p className="govuk-body">
      {item.title}.{' '}
      <Link to={meetingPath(meeting.id)} className="govuk-link">
        Read and accept the statement on the meeting page
      </Link>
      .
    </p>
  );
}

function ReadOnlyOwnUpdate({ mine, agencyName }: { mine: Item['updates'][number] | undefined; agencyName: string }) {
  return (
    <section aria-labelledby="own-update-heading">
      <h2 className="govuk-heading-m" id="own-update-heading">
        Update from {agencyName}
      </h2>
      {mine ? (
        <>
          <p className="govuk-body-s">
            {mine.author}, {formatDateTime(mine.updatedAt)}
          </p>
          <SummaryList
            rows={UPDATE_PARTS.map((part) => ({ key: UPDATE_PART_LABELS[part].label, value: mine[part] ? <span className="app-pre-line">{mine[part]}</span> : 'Nothing said' }))}
          />
        </>
      ) : (
        <p className="govuk-body">Your agency did not post an update.</p>
      )}
      <p className="govuk-body">Updates can no longer be posted or changed: the meeting has started, or your agency does not contribute to it.</p>
    </section>
  );
}
