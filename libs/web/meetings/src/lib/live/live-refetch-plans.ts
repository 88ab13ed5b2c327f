import { MeetingEventKind } from '@mace/shared-domain';
import {
  LiveActionReviewsDocument,
  LiveMeetingDocument,
  LiveMeetingItemsDocument,
  MeetingMinutesPageDocument,
  type MeetingRefetchPlan,
} from '@mace/web-data-access';

// What each live page reads again on a meeting event (useMeetingEvents). The meeting itself is small
// and shows everyone's progress, so it is read on every event; the heavier reads only when they changed.

/** The chair's step list, the follow view, attendance and closing. */
export const MEETING_PLAN: MeetingRefetchPlan = { ALL: [LiveMeetingDocument] };

/**
 * The chair's item screen. Summary cards change when an outcome is recorded or an item is shared;
 * a note saved elsewhere is picked up then too (a save from a stale version is refused, not lost).
 */
export const ITEM_PLAN: MeetingRefetchPlan = {
  ALL: [LiveMeetingDocument],
  [MeetingEventKind.OUTCOME_RECORDED]: [LiveMeetingItemsDocument],
  [MeetingEventKind.ITEM_SHARED]: [LiveMeetingItemsDocument],
  [MeetingEventKind.AGENDA_CHANGED]: [LiveMeetingItemsDocument],
};

export const ACTION_REVIEW_PLAN: MeetingRefetchPlan = {
  [MeetingEventKind.MEETING_STARTED]: [LiveActionReviewsDocument],
  [MeetingEventKind.ACTION_REVIEWED]: [LiveActionReviewsDocument],
};

export const MINUTES_PLAN: MeetingRefetchPlan = {
  [MeetingEventKind.MEETING_CLOSED]: [MeetingMinutesPageDocument],
  [MeetingEventKind.MINUTES_CHANGED]: [MeetingMinutesPageDocument],
};
