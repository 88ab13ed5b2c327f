import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { EntityKind } from '@mace/shared-domain';
import { IsEnum, IsUUID } from 'class-validator';
import '../graphql/intelligence-enums';

/** One end of a link or a node of the graph, as the caller may see it. */
@ObjectType('EntityRef')
export class EntityRefModel {
  @Field(() => EntityKind)
  kind: EntityKind;

  @Field(() => ID)
  id: string;

  @Field({ description: 'Child or person: full name; location: name and postcode; vehicle: registration; identifier: platform and value; network: name' })
  label: string;

  @Field(() => String, { nullable: true, description: 'A short second line: risk level, location type, network model…' })
  detail: string | null;
}

@InputType('EntityRefInput')
export class EntityRefInput {
  @Field(() => EntityKind)
  @IsEnum(EntityKind, { message: 'Choose what kind of record this is' })
  kind: EntityKind;

  @Field(() => ID)
  @IsUUID('all', { message: 'Enter a valid record id' })
  id: string;
}

/** A kind and id, the key of every ref. */
export interface RefKey {
  kind: EntityKind;
  id: string;
}

export function refKey(ref: RefKey): string {
  return `${ref.kind}:${ref.id}`;
}
