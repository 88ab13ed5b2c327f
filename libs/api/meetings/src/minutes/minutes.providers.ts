import { MeetingMinutesResolver } from './meeting-minutes.resolver';
import { MinutesChangesService } from './minutes-changes.service';
import { MinutesDraftService } from './minutes-draft.service';
import { MinutesReadService } from './minutes-read.service';
import { MinutesResolver } from './minutes.resolver';

/** Minutes: drafting, reading with need-to-know, the chair's edits, approval and addenda. */
export const MINUTES_PROVIDERS = [MinutesDraftService, MinutesReadService, MinutesChangesService, MinutesResolver];

/**
 * The Meeting.minutes field. Only on a branch where an operation returns Meeting (the meeting
 * queries): until then the type is not in the schema and a field resolver on it fails the build.
 */
export const MEETING_MINUTES_FIELD = [MeetingMinutesResolver];
