import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ActionCategory, ActionSource, ActionStatus } from '@mace/shared-domain';
import '../graphql/action-enums';
import { ActionEntity } from '../entities/action.entity';

/** One entry of an action's update log. */
@ObjectType('ActionUpdate')
export class ActionUpdateModel {
  @Field(() => ID)
  id: string;

  @Field()
  at: Date;

  @Field(() => ActionStatus, { nullable: true, description: 'Null on the entry that set the action' })
  fromStatus: ActionStatus | null;

  @Field(() => ActionStatus)
  toStatus: ActionStatus;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field({ description: 'Display name of who logged it' })
  by: string;

  @Field()
  agencyName: string;
}

/**
 * An action as the caller may see it: only built after checking that its child is readable. The
 * child, agencies, people, the update log and what the caller may do are field resolvers.
 */
@ObjectType('Action')
export class ActionModel {
  @Field(() => ID)
  id: string;

  childId: string;
  districtId: string;
  ownerAgencyId: string;
  raisedByUserId: string;
  raisedByAgencyId: string;

  @Field()
  description: string;

  @Field(() => ActionCategory)
  category: ActionCategory;

  @Field(() => ID, { nullable: true })
  ownerUserId: string | null;

  @Field({ description: 'yyyy-mm-dd' })
  dueOn: string;

  @Field(() => ActionStatus)
  status: ActionStatus;

  @Field(() => String, { nullable: true, description: 'Why it was not possible, not done or cancelled' })
  statusReason: string | null;

  @Field(() => String, { nullable: true, description: 'What was done' })
  outcomeNote: string | null;

  @Field(() => ActionSource)
  source: ActionSource;

  @Field(() => ID, { nullable: true })
  meetingId: string | null;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Int, { description: 'Send back with an update; a stale one is refused with CONFLICT' })
  version: number;
}

export function toActionModel(entity: ActionEntity): ActionModel {
  if (!entity.childId) throw new Error(`action ${entity.id} has no child`);
  return {
    id: entity.id,
    childId: entity.childId,
    districtId: entity.districtId,
    ownerAgencyId: entity.ownerAgencyId,
    raisedByUserId: entity.raisedByUserId,
    raisedByAgencyId: entity.raisedByAgencyId,
    description: entity.description,
    category: entity.category,
    ownerUserId: entity.ownerUserId,
    dueOn: entity.dueOn,
    status: entity.status,
    statusReason: entity.statusReason,
    outcomeNote: entity.outcomeNote,
    source: entity.source,
    meetingId: entity.meetingId,
    completedAt: entity.completedAt,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    version: entity.version,
  };
}
