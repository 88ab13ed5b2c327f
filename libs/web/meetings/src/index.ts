// Meeting pages: each part of the meetings screens exports its pages here.
import './lib/common/meetings.css';
export { MeetingsPage } from './lib/list/meetings.page';
export { ScheduleMeetingPage } from './lib/schedule/schedule-meeting.page';
export { ScheduledPage } from './lib/schedule/scheduled.page';
