import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ActionModel } from '@mace/api-actions';
import { ActionStatus, AttendanceStatus, MeetingDecision, MeetingEventKind, RiskLevel } from '@mace/shared-domain';
import '../graphql/meeting-enums';

/** An agency invited to a meeting, with its attendance. The agency is a field resolver. */
@ObjectType('MeetingMember')
export class MeetingMemberModel {
  meetingId: string;
  agencyId: string;

  @Field({ description: 'A core member of the meeting type (false: invited to this meeting only)' })
  core: boolean;

  @Field(() => AttendanceStatus)
  attendance: AttendanceStatus;

  @Field(() => String, { nullable: true, description: 'Who came for the agency, as the chair wrote it' })
  attendeeNames: string | null;

  @Field(() => Date, { nullable: true })
  attendanceRecordedAt: Date | null;
}

/** An earlier meeting's unfinished action listed when this meeting started, and its review. */
@ObjectType('ActionReview')
export class ActionReviewModel {
  meetingId: string;
  reviewedByUserId: string | null;

  @Field(() => ActionModel)
  action: ActionModel;

  @Field(() => ActionStatus, { description: 'The action’s status when the meeting started' })
  statusAtStart: ActionStatus;

  @Field(() => ActionStatus, { nullable: true, description: 'The status the meeting gave it; null until reviewed' })
  reviewedStatus: ActionStatus | null;

  @Field(() => Date, { nullable: true })
  reviewedAt: Date | null;
}

/** What the meeting recorded for one item; the discussion note may be saved before the outcome. */
@ObjectType('AgendaItemOutcome')
export class AgendaItemOutcomeModel {
  agendaItemId: string;

  @Field(() => String, { nullable: true })
  discussionSummary: string | null;

  @Field(() => RiskLevel, { nullable: true })
  agreedRiskLevel: RiskLevel | null;

  @Field(() => String, { nullable: true })
  riskRationale: string | null;

  @Field(() => [MeetingDecision])
  decisions: MeetingDecision[];

  @Field(() => String, { nullable: true })
  decisionNotes: string | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  nextReviewOn: string | null;

  @Field(() => Date, { nullable: true, description: 'Null while only the note is saved' })
  recordedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Display name of who recorded the outcome' })
  recordedBy: string | null;

  @Field(() => Int, { description: 'Send back with the next save; a stale one is refused with CONFLICT' })
  version: number;
}

/** Something that happened in a meeting: ids only, so each client refetches what it may see. */
@ObjectType('MeetingEvent')
export class MeetingEventModel {
  @Field(() => ID)
  meetingId: string;

  @Field(() => MeetingEventKind)
  kind: MeetingEventKind;

  @Field(() => ID, { nullable: true })
  itemId: string | null;

  @Field()
  at: Date;

  @Field(() => ID, { nullable: true })
  byUserId: string | null;
}
