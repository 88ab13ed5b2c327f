import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, RequestId, RequirePermission } from '@mace/api-core';
import { Permission } from '@mace/shared-domain';
import { AgendaItemModel } from '../agenda/agenda-item.model';
import { MeetingModel } from '../meeting/meeting.model';
import { ActionReviewService } from './action-review.service';
import { CurrentItemService } from './current-item.service';
import { ItemOutcomeService } from './item-outcome.service';
import { RecordAttendanceInput, ReviewActionInput, SaveDiscussionNoteInput, SetCurrentItemInput } from './live.inputs';
import { ActionReviewModel, AgendaItemOutcomeModel, MeetingMemberModel } from './live.models';
import { MeetingCloseService } from './meeting-close.service';
import { MeetingIdArgs } from '../meeting/meeting-id.args';
import { MeetingOpeningService } from './meeting-opening.service';
import { RecordItemOutcomeInput } from './outcome.inputs';

/** Running a meeting: the chair of its district starts, steers, records and closes it. */
@Resolver()
export class LiveMeetingResolver {
  constructor(
    private readonly opening: MeetingOpeningService,
    private readonly reviews: ActionReviewService,
    private readonly current: CurrentItemService,
    private readonly outcomes: ItemOutcomeService,
    private readonly closing: MeetingCloseService,
  ) {}

  @RequirePermission(Permission.MEETING_MANAGE_DISTRICT)
  @Mutation(() => MeetingModel, { description: 'Start a meeting whose agenda is locked; lists earlier meetings’ unfinished actions for review' })
  startMeeting(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args() args: MeetingIdArgs): Promise<MeetingModel> {
    return this.opening.start(actor, args.meetingId, requestId);
  }

  @RequirePermission(Permission.MEETING_READ)
  @Mutation(() => MeetingModel, { description: 'Accept the meeting’s confidentiality statement (case details show after); asking again changes nothing' })
  acceptConfidentiality(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args() args: MeetingIdArgs): Promise<MeetingModel> {
    return this.opening.acceptConfidentiality(actor, args.meetingId, requestId);
  }

  @RequirePermission(Permission.MEETING_MANAGE_DISTRICT)
  @Mutation(() => MeetingMemberModel, { description: 'Record how an invited agency attended' })
  recordAttendance(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('input') input: RecordAttendanceInput): Promise<MeetingMemberModel> {
    return this.opening.recordAttendance(actor, input, requestId);
  }

  @RequirePermission(Permission.MEETING_MANAGE_DISTRICT)
  @Mutation(() => ActionReviewModel, { description: 'Give an earlier meeting’s unfinished action its current status (the rules of updateAction apply)' })
  reviewAction(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('input') input: ReviewActionInput): Promise<ActionReviewModel> {
    return this.reviews.review(actor, input, requestId);
  }

  @RequirePermission(Permission.MEETING_MANAGE_DISTRICT)
  @Mutation(() => MeetingModel, { description: 'Move everyone to an item (null: the overview); starts and stops the item timers' })
  setCurrentItem(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('input') input: SetCurrentItemInput): Promise<MeetingModel> {
    return this.current.set(actor, input, requestId);
  }

  @RequirePermission(Permission.MEETING_MANAGE_DISTRICT)
  @Mutation(() => AgendaItemOutcomeModel, { description: 'Save the discussion note from the version you read (0 for the first save)' })
  saveDiscussionNote(
    @CurrentActor() actor: Actor,
    @RequestId() requestId: string,
    @Args('input') input: SaveDiscussionNoteInput,
  ): Promise<AgendaItemOutcomeModel> {
    return this.outcomes.saveNote(actor, input, requestId);
  }

  @RequirePermission(Permission.MEETING_MANAGE_DISTRICT)
  @Mutation(() => AgendaItemModel, { description: 'Record the agreed risk, decisions and actions for an item; the item becomes discussed' })
  recordItemOutcome(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('input') input: RecordItemOutcomeInput): Promise<AgendaItemModel> {
    return this.outcomes.record(actor, input, requestId);
  }

  @RequirePermission(Permission.MEETING_MANAGE_DISTRICT)
  @Mutation(() => MeetingModel, { description: 'Close the meeting: refused while an earlier action is unreviewed; items not reached go to the next meeting' })
  closeMeeting(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args() args: MeetingIdArgs): Promise<MeetingModel> {
    return this.closing.close(actor, args.meetingId, requestId);
  }
}
