import { Link } from 'react-router';
import type { MeetingOverviewFragment } from '@mace/web-data-access';
import { AgendaReasons, AgendaSubject } from '../common/agenda-reasons.component';
import { durationLabel } from '../common/meeting-labels';
import { itemPath } from '../common/meeting-paths';
import { presenterLabel } from '../common/presenter';
import { inAgendaOrder, moveButtonId, type MoveDirection } from './agenda-moves';

export interface AgendaEditTableProps {
  meeting: MeetingOverviewFragment;
  moving: boolean;
  onMove: (itemId: string, direction: MoveDirection) => void;
}

/** The agenda with the chair's controls on each row: move, presenter and time, share, remove. */
export function AgendaEditTable({ meeting, moving, onMove }: AgendaEditTableProps) {
  const items = inAgendaOrder(meeting.agenda);
  return (
    <table className="govuk-table app-table--compact">
      <caption className="govuk-table__caption govuk-table__caption--m">Agenda items</caption>
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
            Presenter and time
          </th>
          <th scope="col" className="govuk-table__header">
            Order
          </th>
          <th scope="col" className="govuk-table__header">
            <span className="govuk-visually-hidden">Changes</span>
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {items.map((item, index) => (
          <tr className="govuk-table__row" key={item.id}>
            <td className="govuk-table__cell govuk-table__cell--numeric">{item.position}</td>
            <th scope="row" className="govuk-table__header">
              <AgendaSubject item={item} />
            </th>
            <td className="govuk-table__cell">
              <AgendaReasons reasons={item.reasons} />
            </td>
            <td className="govuk-table__cell">
              {presenterLabel(item)}
              <br />
              {durationLabel(item.timeboxMinutes)}
            </td>
            <td className="govuk-table__cell">
              <div className="app-agenda-moves">
                {index > 0 && <MoveButton id={item.id} position={item.position} direction="up" disabled={moving} onMove={onMove} />}
                {index < items.length - 1 && <MoveButton id={item.id} position={item.position} direction="down" disabled={moving} onMove={onMove} />}
              </div>
            </td>
            <td className="govuk-table__cell">
              <ul className="govuk-list govuk-!-margin-bottom-0">
                <li>
                  <Link to={itemPath(meeting.id, item.id, 'edit')} className="govuk-link">
                    Presenter and time<span className="govuk-visually-hidden"> of item {item.position}</span>
                  </Link>
                </li>
                {item.subjectType === 'CHILD' && !item.sharedAt && (
                  <li>
                    <Link to={itemPath(meeting.id, item.id, 'share')} className="govuk-link">
                      Share with attendees<span className="govuk-visually-hidden">: item {item.position}</span>
                    </Link>
                  </li>
                )}
                <li>
                  <Link to={itemPath(meeting.id, item.id, 'remove')} className="govuk-link">
                    Remove<span className="govuk-visually-hidden"> item {item.position}</span>
                  </Link>
                </li>
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface MoveButtonProps {
  id: string;
  position: number;
  direction: MoveDirection;
  disabled: boolean;
  onMove: (itemId: string, direction: MoveDirection) => void;
}

/** A real button, so Enter and Space work and it sits in the tab order; its name says which item. */
function MoveButton({ id, position, direction, disabled, onMove }: MoveButtonProps) {
  return (
    <button
      type="button"
      id={moveButtonId(id, direction)}
      className="govuk-button govuk-button--secondary govuk-!-font-size-16"
      data-module="govuk-button"
      // aria-disabled rather than disabled: a disabled button would lose focus while the move is saved.
      aria-disabled={disabled || undefined}
      onClick={() => !disabled && onMove(id, direction)}
    >
      {direction === 'up' ? 'Move up' : 'Move down'}
      <span className="govuk-visually-hidden"> item {position}</span>
    </button>
  );
}
