import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AgendaItemStatus, AgendaRule, AgendaSubjectType } from '@mace/shared-domain';
import '../graphql/meeting-enums';
import { ItemVisibility } from '../access/meeting-access.service';
import { AgendaItemEntity } from '../entities/agenda-item.entity';

@ObjectType('AgendaItemReason')
export class AgendaItemReasonModel {
  @Field(() => AgendaRule)
  rule: AgendaRule;

  @Field({ description: 'The rule in words' })
  label: string;

  @Field({ description: 'e.g. "Review due 2 December", "2 overdue actions" (no personal data)' })
  detail: string;
}

/**
 * One agenda item as the caller may see it. Case details (child, updates, outcome, actions) are
 * field resolvers that answer only when `visibility` is FULL; otherwise the item shows as a
 * placeholder: restricted, known to its lead agency, or waiting for the confidentiality statement.
 */
@ObjectType('AgendaItem')
export class AgendaItemModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  meetingId: string;

  childId: string | null;
  themeTitle: string | null;
  /** The record of a PERSON / LOCATION / NETWORK item. */
  recordId: string | null;
  presenterAgencyId: string | null;
  presenterUserId: string | null;

  @Field(() => Int, { description: '1 for the first item' })
  position: number;

  @Field(() => AgendaSubjectType)
  subjectType: AgendaSubjectType;

  @Field(() => ItemVisibility)
  visibility: ItemVisibility;

  @Field(() => [AgendaItemReasonModel], { description: 'Why the item is on the agenda' })
  reasons: AgendaItemReasonModel[];

  @Field(() => Int)
  timeboxMinutes: number;

  @Field(() => AgendaItemStatus)
  status: AgendaItemStatus;

  @Field(() => String, { nullable: true })
  removedReason: string | null;

  @Field(() => ID, { nullable: true, description: 'The item of an earlier meeting this one continues' })
  carriedFromItemId: string | null;

  @Field(() => Date, { nullable: true, description: 'When the chair shared it with this meeting’s attendees' })
  sharedAt: Date | null;

  @Field(() => Date, { nullable: true })
  discussionStartedAt: Date | null;

  @Field(() => Date, { nullable: true })
  discussionEndedAt: Date | null;

  @Field(() => Int)
  version: number;
}

export function toAgendaItemModel(
  entity: AgendaItemEntity,
  visibility: ItemVisibility,
  reasonLabel: (rule: AgendaRule) => string,
): AgendaItemModel {
  const model = new AgendaItemModel();
  Object.assign(model, {
    id: entity.id,
    meetingId: entity.meetingId,
    childId: entity.childId,
    themeTitle: entity.themeTitle,
    recordId: entity.personId ?? entity.locationId ?? entity.networkId ?? null,
    presenterAgencyId: entity.presenterAgencyId,
    presenterUserId: entity.presenterUserId,
    position: entity.position,
    subjectType: entity.subjectType,
    visibility,
    reasons: entity.reasons.map((reason) => ({ rule: reason.rule, label: reasonLabel(reason.rule), detail: reason.detail })),
    timeboxMinutes: entity.timeboxMinutes,
    status: entity.status,
    removedReason: entity.removedReason,
    carriedFromItemId: entity.carriedFromItemId,
    sharedAt: entity.sharedAt,
    discussionStartedAt: entity.discussionStartedAt,
    discussionEndedAt: entity.discussionEndedAt,
    version: entity.version,
  });
  return model;
}
