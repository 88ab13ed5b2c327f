import { Link } from 'react-router';
import type { MeetingOverviewFragment } from '@mace/web-data-access';
import { Tag } from '@mace/web-ui';
import { AgendaReasons, AgendaSubject } from '../common/agenda-reasons.component';
import { AgendaItemStatusTag } from '../common/meeting-status-tag.component';
import { durationLabel } from '../common/meeting-labels';
import { updatePath } from '../common/meeting-paths';
import { presenterLabel } from '../common/presenter';
import { inAgendaOrder } from '../agenda/agenda-moves';
import { updateState } from './meeting-links';

type Item = MeetingOverviewFragment['agenda'][number];

/** The agenda as attendees read it, with whether the caller's agency has posted its update on each item. */
export function AgendaTable({ meeting, agencyId }: { meeting: MeetingOverviewFragment; agencyId: string }) {
  return (
    <table className="govuk-table app-table--compact">
      <caption className="govuk-table__caption govuk-table__caption--m">Agenda</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            <abbr title="Position">No.</abbr>
          </th>
          <th scope="col" className="govuk-table__header">
            Subject
          </th>
          <th scope="col" className="govuk-table__header">
            Why it is on the agenda
          </th>
          <th scope="col" className="govuk-table__header">
            Presenter
          </th>
          <th scope="col" className="govuk-table__header">
            Time
          </th>
          <th scope="col" className="govuk-table__header">
            Status
          </th>
          <th scope="col" className="govuk-table__header">
            Update from your agency
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {inAgendaOrder(meeting.agenda).map((item) => (
          <tr className="govuk-table__row" key={item.id}>
            <td className="govuk-table__cell govuk-table__cell--numeric">{item.position}</td>
            <th scope="row" className="govuk-table__header">
              <AgendaSubject item={item} />
            </th>
            <td className="govuk-table__cell">
              <AgendaReasons reasons={item.reasons} />
            </td>
            <td className="govuk-table__cell">{presenterLabel(item)}</td>
            <td className="govuk-table__cell">{durationLabel(item.timeboxMinutes)}</td>
            <td className="govuk-table__cell">
              <AgendaItemStatusTag status={item.status} />
            </td>
            <td className="govuk-table__cell">
              <UpdateCell meeting={meeting} item={item} agencyId={agencyId} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function UpdateCell({ meeting, item, agencyId }: { meeting: MeetingOverviewFragment; item: Item; agencyId: string }) {
  const state = updateState(meeting, item, agencyId);
  const link = (text: string) => (
    <Link to={updatePath(meeting.id, item.id)} className="govuk-link">
      {text}
      <span className="govuk-visually-hidden"> for item {item.position}</span>
    </Link>
  );
  switch (state) {
    case 'posted':
      return (
        <>
          <Tag colour="green">Posted</Tag> {link('View')}
        </>
      );
    case 'post':
      return link('Post an update');
    case 'closed':
      return item.updates.length > 0 ? link('Read updates') : <>None</>;
    default:
      return <>Not available</>;
  }
}
