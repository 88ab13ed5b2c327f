// Meeting pages: each part of the meetings screens exports its pages here.
export { ActionReviewPage } from './lib/live/action-review.page';
export { AttendancePage } from './lib/live/attendance.page';
export { ClosePage as CloseMeetingPage } from './lib/live/close.page';
export { ItemPage as LiveItemPage } from './lib/live/item.page';
export { LiveMeetingPage } from './lib/live/live-meeting.page';
export { ApproveMinutesPage } from './lib/minutes/approve-minutes.page';
export { MinutesPage } from './lib/minutes/minutes.page';
export { PacksPage } from './lib/packs/packs.page';
