import { ActionReviewService } from './action-review.service';
import { CurrentItemService } from './current-item.service';
import { ItemOutcomeService } from './item-outcome.service';
import { LiveAccess } from './live-access';
import { ActionReviewFieldsResolver, LiveItemFieldsResolver, LiveMeetingFieldsResolver, MeetingMemberFieldsResolver } from './live-fields.resolver';
import { LiveLoaders } from './live.loaders';
import { LiveMeetingResolver } from './live.resolver';
import { MeetingCloseService } from './meeting-close.service';
import { MeetingEventsResolver } from './meeting-events.resolver';
import { MeetingOpeningService } from './meeting-opening.service';

/** Running a meeting live: its services, loaders and resolvers, registered by MeetingsModule. */
export const LIVE_PROVIDERS = [
  LiveAccess,
  LiveLoaders,
  MeetingOpeningService,
  ActionReviewService,
  CurrentItemService,
  ItemOutcomeService,
  MeetingCloseService,
  LiveMeetingResolver,
  LiveMeetingFieldsResolver,
  LiveItemFieldsResolver,
  MeetingMemberFieldsResolver,
  ActionReviewFieldsResolver,
  MeetingEventsResolver,
];
