// The meetings screens' addresses, in one place so links and routes agree.
export const MEETINGS_PATH = '/meetings';
export const SCHEDULE_PATH = '/meetings/schedule';
export const SCHEDULED_PATH = '/meetings/schedule/done';
export const MEETING_TYPES_PATH = '/meeting-types';

export const meetingPath = (id: string) => `/meetings/${id}`;
export const agendaPath = (id: string) => `/meetings/${id}/agenda`;
export const addItemPath = (id: string) => `/meetings/${id}/agenda/add`;
export const lockAgendaPath = (id: string) => `/meetings/${id}/agenda/lock`;
export const cancelMeetingPath = (id: string) => `/meetings/${id}/cancel`;
export const itemPath = (id: string, itemId: string, what: 'edit' | 'remove' | 'share') => `/meetings/${id}/agenda/${itemId}/${what}`;
export const updatePath = (id: string, itemId: string) => `/meetings/${id}/items/${itemId}/update`;
/** Built by the live-meeting screens. */
export const livePath = (id: string) => `/meetings/${id}/live`;
/** Built by the minutes screens. */
export const minutesPath = (id: string) => `/meetings/${id}/minutes`;
export const editMeetingTypePath = (id: string) => `/meeting-types/${id}/edit`;
export const NEW_MEETING_TYPE_PATH = '/meeting-types/new';
