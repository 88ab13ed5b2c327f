import { Link } from 'react-router';
import type { MeetingSummaryFragment } from '@mace/web-data-access';
import { londonParts } from '../common/london-time';
import { MEETING_STATUS_LABELS, MeetingStatus } from '@mace/shared-domain';
import { meetingPath } from '../common/meeting-paths';
import { byLondonDate, monthGrid, monthLabel, shiftMonth, type CalendarMonth } from './month-grid';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DAY_LABEL = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

export interface MeetingsCalendarProps {
  month: CalendarMonth;
  today: string;
  meetings: readonly MeetingSummaryFragment[];
  /** The address of another month, keeping the filters. */
  monthSearch: (month: CalendarMonth) => string;
}

/**
 * A month as a table: a row per week, a cell per day listing its meetings as links. A table keeps
 * the grid readable by screen readers (day headers announce with each cell), with no script.
 */
export function MeetingsCalendar({ month, today, meetings, monthSearch }: MeetingsCalendarProps) {
  const days = byLondonDate(meetings);
  const previous = shiftMonth(month, -1);
  const next = shiftMonth(month, 1);
  return (
    <>
      <nav className="govuk-pagination govuk-pagination--block" aria-label="Months">
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" to={{ search: monthSearch(previous) }} rel="prev">
            <span className="govuk-pagination__link-title">
              Previous<span className="govuk-visually-hidden"> month</span>
            </span>
            <span className="govuk-visually-hidden">:</span>
            <span className="govuk-pagination__link-label">{monthLabel(previous)}</span>
          </Link>
        </div>
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" to={{ search: monthSearch(next) }} rel="next">
            <span className="govuk-pagination__link-title">
              Next<span className="govuk-visually-hidden"> month</span>
            </span>
            <span className="govuk-visually-hidden">:</span>
            <span className="govuk-pagination__link-label">{monthLabel(next)}</span>
          </Link>
        </div>
      </nav>
      <table className="govuk-table app-meetings-calendar">
        <caption className="govuk-table__caption govuk-table__caption--m">{monthLabel(month)}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {WEEKDAYS.map((day) => (
              <th scope="col" className="govuk-table__header" key={day}>
                <abbr title={day}>{day.slice(0, 3)}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {monthGrid(month).map((week) => (
            <tr className="govuk-table__row" key={week[0].date}>
              {week.map((day) => {
                const dayMeetings = days.get(day.date) ?? [];
                const classes = ['govuk-table__cell', 'app-meetings-calendar__day', !day.inMonth && 'app-meetings-calendar__day--other-month', day.date === today && 'app-meetings-calendar__day--today'];
                return (
                  <td className={classes.filter(Boolean).join(' ')} key={day.date} aria-current={day.date === today ? 'date' : undefined}>
                    <span className="app-meetings-calendar__date">
                      <span aria-hidden="true">{Number(day.date.slice(8))}</span>
                      <span className="govuk-visually-hidden">{DAY_LABEL.format(new Date(`${day.date}T00:00:00Z`))}</span>
                      {day.date === today && <span className="govuk-visually-hidden"> (today)</span>}
                    </span>
                    {dayMeetings.length > 0 && (
                      <ul className="govuk-list govuk-!-font-size-16 govuk-!-margin-bottom-0">
                        {dayMeetings.map((meeting) => (
                          <li key={meeting.id}>
                            <Link to={meetingPath(meeting.id)} className="govuk-link">
                              {londonParts(meeting.startsAt).time} {meeting.type.name}
                            </Link>
                            {meeting.status === MeetingStatus.CANCELLED && <> ({MEETING_STATUS_LABELS[meeting.status].toLowerCase()})</>}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
