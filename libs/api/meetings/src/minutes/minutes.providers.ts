import { MeetingMinutesResolver } from './meeting-minutes.resolver';
import { MinutesChangesService } from './minutes-changes.service';
import { MinutesDraftService } from './minutes-draft.service';
import { MinutesReadService } from './minutes-read.service';
import { MinutesResolver } from './minutes.resolver';

/** Minutes: drafting, reading with need-to-know (Meeting.minutes), the chair's edits, approval and addenda. */
export const MINUTES_PROVIDERS = [MinutesDraftService, MinutesReadService, MinutesChangesService, MinutesResolver, MeetingMinutesResolver];
