// Meeting pages: each part of the meetings screens exports its pages here.
import './lib/common/meetings.css';
export { MeetingsPage } from './lib/list/meetings.page';
export { ScheduleMeetingPage } from './lib/schedule/schedule-meeting.page';
export { ScheduledPage } from './lib/schedule/scheduled.page';
export { MeetingOverviewPage } from './lib/overview/meeting-overview.page';
export { CancelMeetingPage } from './lib/overview/cancel-meeting.page';
export { AgendaEditPage } from './lib/agenda/agenda-edit.page';
export { AddAgendaItemPage } from './lib/agenda/add-agenda-item.page';
export { AgendaItemEditPage } from './lib/agenda/agenda-item-edit.page';
export { RemoveAgendaItemPage } from './lib/agenda/remove-agenda-item.page';
export { ShareAgendaItemPage } from './lib/agenda/share-agenda-item.page';
export { LockAgendaPage } from './lib/agenda/lock-agenda.page';
export { PreMeetingUpdatePage } from './lib/updates/pre-meeting-update.page';
export { MeetingTypesPage } from './lib/meeting-types/meeting-types.page';
export { EditMeetingTypePage, NewMeetingTypePage } from './lib/meeting-types/meeting-type-form.page';
