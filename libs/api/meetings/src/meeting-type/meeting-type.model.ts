import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AgendaRule, MeetingKind } from '@mace/shared-domain';
import '../graphql/meeting-enums';
import { MeetingTypeEntity } from '../entities/meeting-type.entity';

/** A district's configured kind of meeting. District and core agencies are field resolvers. */
@ObjectType('MeetingType')
export class MeetingTypeModel {
  @Field(() => ID)
  id: string;

  districtId: string;

  @Field(() => MeetingKind)
  kind: MeetingKind;

  @Field()
  name: string;

  @Field(() => Int, { description: 'Days between meetings of this type (7: weekly)' })
  cadenceDays: number;

  @Field({ description: 'hh:mm, Europe/London' })
  defaultStartTime: string;

  @Field(() => Int)
  defaultDurationMinutes: number;

  @Field(() => Int)
  defaultTimeboxMinutes: number;

  @Field(() => [AgendaRule], { description: 'The rules that build this type’s agendas' })
  agendaRules: AgendaRule[];

  @Field()
  confidentialityStatement: string;

  @Field()
  active: boolean;

  @Field(() => Int)
  version: number;
}

export function toMeetingTypeModel(entity: MeetingTypeEntity): MeetingTypeModel {
  const model = new MeetingTypeModel();
  Object.assign(model, {
    id: entity.id,
    districtId: entity.districtId,
    kind: entity.kind,
    name: entity.name,
    cadenceDays: entity.cadenceDays,
    defaultStartTime: entity.defaultStartTime.slice(0, 5),
    defaultDurationMinutes: entity.defaultDurationMinutes,
    defaultTimeboxMinutes: entity.defaultTimeboxMinutes,
    agendaRules: entity.agendaRules,
    confidentialityStatement: entity.confidentialityStatement,
    active: entity.active,
    version: entity.version,
  });
  return model;
}
