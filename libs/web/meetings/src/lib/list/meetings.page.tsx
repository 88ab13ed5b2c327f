import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Permission } from '@mace/shared-domain';
import { MeetingsDocument, MeetingTypesDocument } from '@mace/web-data-access';
import { Loading, QueryFailed, useCursorPaging } from '@mace/web-children';
import { useCurrentUser, useHasPermission } from '@mace/web-shell';
import { ButtonLink, Pagination, usePageTitle } from '@mace/web-ui';
import { MeetingsCalendar } from '../calendar/meetings-calendar.component';
import { londonToday } from '../common/london-time';
import { countLabel } from '../common/meeting-labels';
import { MEETING_TYPES_PATH, SCHEDULE_PATH } from '../common/meeting-paths';
import { MeetingsFilter } from './meetings-filter.component';
import { hasMeetingFilters, readMeetingsQuery, toMeetingFilter, writeMeetingsQuery, type MeetingsQuery } from './meetings-query';
import { MeetingsSubNavigation } from './meetings-sub-navigation.component';
import { MeetingsTable } from './meetings-table.component';
import { NextMeeting } from './next-meeting.component';

const PAGE_SIZE = 25;
/** A month holds at most a daily meeting per type; more than this would be a configuration mistake. */
const CALENDAR_LIMIT = 100;

/** Upcoming and past meetings of the caller's districts, as a list or a month calendar. */
export function MeetingsPage() {
  usePageTitle('Meetings');
  const today = londonToday();
  const user = useCurrentUser();
  const has = useHasPermission();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const query = readMeetingsQuery(params, today);
  const paging = useCursorPaging();
  const calendar = query.view === 'calendar';

  const types = useQuery(MeetingTypesDocument, { variables: {} });
  const next = useQuery(MeetingsDocument, {
    variables: { filter: toMeetingFilter({ ...query, view: 'upcoming' }), first: 1 },
    fetchPolicy: 'cache-and-network',
  });
  const { data, error, loading } = useQuery(MeetingsDocument, {
    variables: { filter: toMeetingFilter(query), first: calendar ? CALENDAR_LIMIT : PAGE_SIZE, after: calendar ? undefined : paging.after },
    fetchPolicy: 'cache-and-network',
  });
  const searchFor = (next: MeetingsQuery) => writeMeetingsQuery(next, today).toString();

  if (error) return <QueryFailed error={error} what="Meetings" />;
  const connection = data?.meetings;
  const nextMeeting = next.data?.meetings.nodes[0];

  return (
    <>
      <h1 className="govuk-heading-l">Meetings</h1>
      {nextMeeting && <NextMeeting meeting={nextMeeting} />}
      {(has(Permission.MEETING_MANAGE_DISTRICT) || has(Permission.MEETING_CONFIGURE)) && (
        <div className="govuk-button-group">
          {has(Permission.MEETING_MANAGE_DISTRICT) && <ButtonLink to={SCHEDULE_PATH}>Schedule a meeting</ButtonLink>}
          {has(Permission.MEETING_CONFIGURE) && (
            <Link to={MEETING_TYPES_PATH} className="govuk-link">
              Meeting types
            </Link>
          )}
        </div>
      )}
      <MeetingsSubNavigation query={query} searchFor={searchFor} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter-from-desktop">
          <MeetingsFilter
            key={params.toString()}
            query={query}
            districts={user.districts}
            types={types.data?.meetingTypes ?? []}
            onApply={(applied) => navigate({ search: searchFor(applied) })}
          />
        </div>
        <div className="govuk-grid-column-three-quarters-from-desktop">
          {loading && !connection ? (
            <Loading />
          ) : (
            <>
              <p className="govuk-body govuk-!-font-weight-bold" role="status">
                {countLabel(connection?.totalCount ?? 0, 'meeting', 'meetings')}
                {hasMeetingFilters(query) ? ' match the filters' : ''}
              </p>
              {hasMeetingFilters(query) && (
                <p className="govuk-body">
                  <Link to={{ search: searchFor({ ...query, districtId: '', meetingTypeId: '' }) }} className="govuk-link">
                    Clear filters
                  </Link>
                </p>
              )}
              {calendar ? (
                <MeetingsCalendar month={query.month} today={today} meetings={connection?.nodes ?? []} monthSearch={(month) => searchFor({ ...query, month })} />
              ) : connection && connection.nodes.length > 0 ? (
                <>
                  <MeetingsTable meetings={connection.nodes} caption={query.view === 'past' ? 'Past meetings, latest first' : 'Upcoming meetings, soonest first'} />
                  <Pagination label="Meetings pages" previous={paging.previous} next={paging.next(connection.pageInfo)} />
                </>
              ) : (
                <p className="govuk-body">{query.view === 'past' ? 'No past meetings to show.' : 'No upcoming meetings to show.'}</p>
              )}
            </>
          )}
        </div>
      </div>
    </>
  );
}
