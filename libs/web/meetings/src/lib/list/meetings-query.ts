import type { MeetingFilter } from '@mace/web-data-access';
import { isCalendarMonth, monthBounds, monthOf, type CalendarMonth } from '../calendar/month-grid';

/** Which view of the meetings: upcoming or past as a list, or a month calendar. */
export type MeetingsView = 'upcoming' | 'past' | 'calendar';

/** The meetings page's filters and view as they stand in the address, so a view can be bookmarked. */
export interface MeetingsQuery {
  view: MeetingsView;
  districtId: string;
  meetingTypeId: string;
  month: CalendarMonth;
}

const VIEWS: readonly MeetingsView[] = ['upcoming', 'past', 'calendar'];

export function readMeetingsQuery(params: URLSearchParams, today: string): MeetingsQuery {
  const view = params.get('view');
  const month = params.get('month');
  return {
    view: VIEWS.includes(view as MeetingsView) ? (view as MeetingsView) : 'upcoming',
    districtId: params.get('district') ?? '',
    meetingTypeId: params.get('type') ?? '',
    month: isCalendarMonth(month) ? month : monthOf(today),
  };
}

/** The address of a view; the month only for the calendar, and paging never carried over. */
export function writeMeetingsQuery(query: MeetingsQuery, today: string): URLSearchParams {
  const params = new URLSearchParams();
  if (query.view !== 'upcoming') params.set('view', query.view);
  if (query.districtId) params.set('district', query.districtId);
  if (query.meetingTypeId) params.set('type', query.meetingTypeId);
  if (query.view === 'calendar' && query.month !== monthOf(today)) params.set('month', query.month);
  return params;
}

export function toMeetingFilter(query: MeetingsQuery): MeetingFilter {
  const scope = { districtId: query.districtId || undefined, meetingTypeId: query.meetingTypeId || undefined };
  if (query.view === 'calendar') return { ...scope, when: 'ALL', ...monthBounds(query.month) };
  return { ...scope, when: query.view === 'past' ? 'PAST' : 'UPCOMING' };
}

export function hasMeetingFilters(query: MeetingsQuery): boolean {
  return Boolean(query.districtId || query.meetingTypeId);
}
